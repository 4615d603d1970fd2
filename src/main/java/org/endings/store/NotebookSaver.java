package org.endings.store;

import java.io.IOException;
import java.util.Objects;
import java.util.function.Consumer;

import org.endings.core.Notebook;

/**
 * Saves notebooks on a thread of its own, so that a save never delays a frame. The latest offer
 * wins: offers made while a save runs collapse into one save of the last of them. Failures are
 * told to a callback in one line (not sanitised: it may carry a path); nothing is written for a
 * store that only reads.
 */
public final class NotebookSaver implements AutoCloseable {
    /** Where a notebook goes; the store, or a stand-in in tests. */
    interface Target {
        void save(Notebook notebook) throws IOException;
    }

    /** Where a store that only reads sends its notebooks. */
    private static final Target NOWHERE = new Target() {
        @Override
        public void save(Notebook notebook) {
            // read only: nothing is written
        }
    };

    private final Target target;
    private final Consumer<String> errors;
    private final Thread thread;
    private final Object lock = new Object();
    private Notebook pending;
    private long offered;
    private long done;
    private boolean stopping;

    /** A saver for the store; {@code errors} is called on the saver's thread. */
    public NotebookSaver(NotebookStore store, Consumer<String> errors) {
        this(store.writable() ? new Target() {
            @Override
            public void save(Notebook notebook) throws IOException {
                store.save(notebook);
            }
        } : NOWHERE, errors);
    }

    NotebookSaver(Target target, Consumer<String> errors) {
        this.target = Objects.requireNonNull(target, "target");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.thread = new Thread("endings-notebook-saver") {
            @Override
            public void run() {
                NotebookSaver.this.run();
            }
        };
        thread.setDaemon(true);
        thread.start();
    }

    /** Hands over the latest notebook; returns at once. */
    public void offer(Notebook notebook) {
        Objects.requireNonNull(notebook, "notebook");
        synchronized (lock) {
            if (stopping) {
                throw new IllegalStateException("the saver is closed");
            }
            pending = notebook;
            offered++;
            lock.notifyAll();
        }
    }

    /** Waits until the last notebook offered before this call is saved, or its save has failed. */
    public void flush() throws InterruptedException {
        synchronized (lock) {
            long wanted = offered;
            while (done < wanted) {
                lock.wait();
            }
        }
    }

    /** Saves what is left to save, then stops the thread. */
    @Override
    public void close() throws InterruptedException {
        synchronized (lock) {
            stopping = true;
            lock.notifyAll();
        }
        thread.join();
    }

    private void run() {
        while (true) {
            Notebook next;
            long upTo;
            synchronized (lock) {
                while (pending == null && !stopping) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (pending == null) {
                    return;
                }
                next = pending;
                pending = null;
                upTo = offered;
            }
            save(next);
            synchronized (lock) {
                done = upTo;
                lock.notifyAll();
            }
        }
    }

    private void save(Notebook notebook) {
        try {
            target.save(notebook);
        } catch (IOException e) {
            errors.accept(e.getMessage());
        } catch (RuntimeException e) {
            errors.accept("Your notebook could not be saved (" + e + ").");
        }
    }
}
