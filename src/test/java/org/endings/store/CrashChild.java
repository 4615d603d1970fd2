package org.endings.store;

import java.nio.file.Path;

/**
 * The child {@link NotebookCrashIT} kills: opens the notebook, says "ready N" (the state it found),
 * then saves state after state, saying "saved N" after each, until it is killed.
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        NotebookStore store = NotebookStore.open(Path.of(args[0]), Notebooks.KEY);
        if (!store.writable()) {
            System.out.println("read-only " + store.messages());
            System.exit(3);
        }
        int n = store.notebook().isEmpty() ? 0 : Notebooks.counter(store.notebook());
        System.out.println("ready " + n);
        while (true) {
            n++;
            store.save(Notebooks.numbered(n));
            System.out.println("saved " + n);
        }
    }
}
