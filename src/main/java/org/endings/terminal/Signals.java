package org.endings.terminal;

/**
 * Unix signal handlers through {@code sun.misc.Signal} (module jdk.unsupported, kept for exactly
 * this use until Java has a standard API; javac warns that it is internal). It is called directly:
 * through reflection and a dynamic proxy, as Lanterna does it, the first handler cost ~15 ms of the
 * explorer's start. Where it is missing or the signal is taken, nothing is installed.
 */
public final class Signals {
    private Signals() {}

    /** Runs {@code handler} on signal {@code name} ("WINCH", "TSTP", "CONT"); false where that cannot be done. */
    public static boolean on(String name, Runnable handler) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(name), new Handler(handler));
            return true;
        } catch (IllegalArgumentException | LinkageError e) {
            return false;
        }
    }

    private static final class Handler implements sun.misc.SignalHandler {
        private final Runnable handler;

        Handler(Runnable handler) {
            this.handler = handler;
        }

        @Override
        public void handle(sun.misc.Signal signal) {
            handler.run();
        }
    }
}
