package org.endings.edge;

import java.util.Objects;
import java.util.function.Consumer;

import org.endings.core.Notebook;
import org.endings.core.State;

/**
 * How a front end keeps the reader's own reading: the state it starts in (their notebook, where
 * they left off), where each notebook to keep goes (a saver off the drawing thread; nowhere with
 * --no-notebook), and the editor notes are written in (null when VISUAL and EDITOR are unset).
 */
public record Keeping(State start, Consumer<Notebook> save, Editor editor) {
    public Keeping {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(save, "save");
    }

    /** Where a notebook goes that nobody keeps. */
    public static final Consumer<Notebook> NOWHERE = new Consumer<Notebook>() {
        @Override
        public void accept(Notebook notebook) {
            // nothing kept
        }
    };

    /** Nothing kept: a session that starts at the beginning and forgets. */
    public static Keeping nothing(State start) {
        return new Keeping(start, NOWHERE, null);
    }
}
