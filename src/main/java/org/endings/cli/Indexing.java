package org.endings.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.endings.core.Queries;
import org.endings.model.Loaded;

/**
 * The explorer's indexes of a big model built on a second thread while the model is validated on
 * this one: the two only read the immutable model, and on two cores the first page no longer waits
 * for one after the other (the generated 7 MB model: indexes ~45 ms, validation ~100 ms; its first
 * frame 433 → 402 ms). A model that loads in a blink (the bundled one) gains nothing from a thread.
 * A model with errors ends the command as before, its indexes left unused; indexes that failed on
 * it (a model the validator passes never makes them fail) are built again here, so that any failure
 * surfaces where it would have.
 */
final class Indexing {
    private Indexing() {
    }

    /** The indexes of {@code loaded} once it is found valid; its errors, reported on {@code err}, end the command. */
    static Queries whileValidating(Path file, Loaded loaded, PrintStream err) {
        return whileValidating(file, loaded, err, null);
    }

    /**
     * The same, and as soon as the model is found valid, before the indexes are done, {@code screen}
     * (when there is one) takes the terminal: the explorer will start.
     */
    static Queries whileValidating(Path file, Loaded loaded, PrintStream err, FullScreenLauncher screen) {
        Build build = new Build(loaded);
        Thread indexing = new Thread(build, "endings-indexes");
        indexing.setDaemon(true);
        indexing.start();
        Models.valid(file, loaded, err);
        if (screen != null) {
            screen.take();
        }
        try {
            indexing.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Queries queries = build.built.get();
        return queries != null ? queries : new Queries(loaded.model());
    }

    /** The indexes' thread (a class, not a lambda: no invokedynamic to link on the way to the first frame). */
    private static final class Build implements Runnable {
        private final Loaded loaded;
        final AtomicReference<Queries> built = new AtomicReference<>();

        Build(Loaded loaded) {
            this.loaded = loaded;
        }

        @Override
        public void run() {
            try {
                built.set(new Queries(loaded.model()));
            } catch (RuntimeException | Error e) {
                // left to the caller, which builds them again after validation
            }
        }
    }
}
