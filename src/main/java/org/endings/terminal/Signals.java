package org.endings.terminal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /**
     * Runs {@code body} with the signals named ignored (an editor handed the terminal takes Ctrl-C
     * for itself, as git lets it), then puts their handlers back.
     */
    public static <T> T ignoring(java.util.concurrent.Callable<T> body, String... names) throws Exception {
        sun.misc.SignalHandler[] before = new sun.misc.SignalHandler[names.length];
        for (int i = 0; i < names.length; i++) {
            try {
                // a handler that does nothing, not SIG_IGN: an ignored signal stays ignored across exec, and the
                // editor (and a shell script wrapping it) must still hear its own Ctrl-C
                before[i] = sun.misc.Signal.handle(new sun.misc.Signal(names[i]), signal -> { });
            } catch (IllegalArgumentException | LinkageError e) {
                before[i] = null;
            }
        }
        try {
            return body.call();
        } finally {
            for (int i = 0; i < names.length; i++) {
                if (before[i] != null) {
                    sun.misc.Signal.handle(new sun.misc.Signal(names[i]), before[i]);
                }
            }
        }
    }

    /**
     * Whether this process is in its terminal's foreground job; true when there is no terminal or
     * it cannot be told. A job in the background that sets the terminal's modes (stty) is stopped by
     * SIGTTOU, and writing to it may be; after Ctrl-Z the terminal belongs to the shell.
     */
    public static boolean foreground() {
        try {
            // pid (name) state ppid pgrp session tty_nr tpgid …; the name may hold spaces and parentheses
            String stat = new String(Files.readAllBytes(Path.of("/proc/self/stat")), StandardCharsets.US_ASCII);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long group = Long.parseLong(fields[2]);
            long foreground = Long.parseLong(fields[5]);
            return foreground == -1 || foreground == group;
        } catch (IOException | RuntimeException e) {
            return true;
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
