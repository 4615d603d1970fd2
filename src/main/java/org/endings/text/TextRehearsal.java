package org.endings.text;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.endings.core.Navigator;

/**
 * The text mode's common commands said once, off the record, while the reader types their first
 * one, so that their first answers come from compiled code.
 *
 * <p>The JVM interprets a method until it has run a few hundred times, and an answer's methods run a
 * few times each: a fresh session took 25 ms to answer its first {@code next} and 4-9 ms the first
 * time of each other command; rehearsed, 1-2.5 ms each, the first search (16 ms, its index) aside.
 *
 * <p>Only when a person types at a terminal (never for a pipe, which has its commands ready), on a
 * daemon thread of its own, at the lowest priority, on a session of its own: the core is immutable
 * and shared, this session's state and notebook are its own, and none of its commands saves,
 * exports, copies or edits. It searches only where the search's index is small
 * ({@link Navigator#searchIndexIsSmall}). It stops as soon as the reader's first line comes.
 */
final class TextRehearsal implements Runnable {
    /** Every view's command, each once a round; nothing that writes or edits. */
    private static final List<String> COMMANDS = List.of("next", "quotes", "quote 1", "look", "again", "where",
            "reading 2", "compare 1 2", "matrix", "down", "walk", "back", "beats", "readings", "sources",
            "scene", "help", "previous", "beat 1", "reading 1");
    /** A search, through its matches and cleared: where the index is small, it is made for the reader's first. */
    private static final List<String> SEARCH = List.of("search snow", "n", "p", "clear");
    private static final int ROUNDS = 3;

    private final Navigator navigator;
    private final TextOptions options;
    private final BooleanSupplier stop;

    TextRehearsal(Navigator navigator, TextOptions options, BooleanSupplier stop) {
        this.navigator = navigator;
        this.options = options;
        this.stop = stop;
    }

    /** Starts a rehearsal on a daemon thread; it ends by itself, or when {@code stop} says so. */
    static void start(Navigator navigator, TextOptions options, BooleanSupplier stop) {
        Thread thread = new Thread(new TextRehearsal(navigator, options, stop), "endings-text-rehearsal");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** The commands of a round, with the search or without. */
    static List<String> commands(boolean search) {
        if (!search) {
            return COMMANDS;
        }
        List<String> all = new java.util.ArrayList<>(COMMANDS);
        all.addAll(SEARCH);
        return all;
    }

    @Override
    public void run() {
        TextSession session = new TextSession(navigator, options);
        List<String> commands = commands(navigator.searchIndexIsSmall());
        for (int round = 0; round < ROUNDS; round++) {
            for (String command : commands) {
                if (stop.getAsBoolean()) {
                    return;
                }
                session.handle(command);
            }
        }
    }
}
