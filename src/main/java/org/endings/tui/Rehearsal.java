package org.endings.tui;

import java.nio.charset.StandardCharsets;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

import org.endings.core.Navigator;
import org.endings.tui.terminal.Display;
import org.endings.tui.terminal.OffScreen;

/**
 * The explorer's keys played once through every view, off screen, while the reader takes in the
 * first frame, so that the reader's own first keys find the drawing code compiled.
 *
 * <p>The JVM runs a method in its interpreter until it has been called a few hundred times (the
 * quick compiler's thresholds; the start-up archive keeps classes, not code), and most of a frame's
 * methods are called a few times a key: a fresh explorer answered its first hundred keys in 3-4 ms
 * from key to screen where a warm one takes under 1 ms, and the first use of a view in 10-40 ms.
 * Lowering the thresholds for the whole program made every start slower (the first frame by 15% at
 * a fifth of them, 45% at a twentieth), and raising them made it quicker (run.sh doubles them for
 * the explorer: 5 ms sooner); this compiles what the keys need, after the first frame.
 *
 * <p>It runs once, on a thread of its own (asked for the lowest priority, which Linux leaves to
 * root), on an explorer of its own (the core is immutable and shared; the rehearsal's state,
 * notebook and screen are its own, nothing is saved, exported or copied), and stops at the reader's
 * first key: measured on 2 cores, the whole start (the JVM, the first frame, then this) takes 0.35-0.57 s
 * of CPU, against 0.29-0.37 s with half the rounds at the JVM's own thresholds. It searches
 * only where the search's index is small ({@link Navigator#searchIndexIsSmall}): the
 * first search makes it (7-14 ms on the bundled model, the slowest first key there was); a bigger
 * model's index, megabytes, is not made for a reader who may never search.
 */
final class Rehearsal implements Runnable {
    /** Whether to stop: the reader pressed a key, or the explorer is ending. */
    interface Stop {
        boolean now();
    }

    /**
     * How many times the keys are played: each method of a frame then reaches the compiler's
     * threshold (three rounds at the JVM's own thresholds; run.sh doubles them for the explorer).
     */
    static final int ROUNDS = 6;

    /**
     * The keys, as the reader would press them: every view, in and out; none that saves, exports or
     * copies. A search is typed in the middle, then searched, gone through and ended ({@link #SEARCHED}),
     * or, in a big model, left unsearched ({@link #NOT_SEARCHED}).
     */
    private static final String KEYS_BEFORE_SEARCH = "jjk\tjj\njS\bjjp\b\bwjjlhcjkvvmjjllhk\n\brjj\n\bsjj\njojj\n?j bGg?M\u001b/snow";
    private static final String SEARCHED = "\njnN\nC";
    private static final String NOT_SEARCHED = "\u001b";
    private static final String KEYS_AFTER_SEARCH = "231][t\u001baj\n\b\u001bmw\u001b";

    private final Navigator navigator;
    private final TuiOptions options;
    private final KeyMap keys;
    private final TerminalSize size;
    private final Stop stop;

    Rehearsal(Navigator navigator, TuiOptions options, KeyMap keys, TerminalSize size, Stop stop) {
        this.navigator = navigator;
        this.options = options;
        this.keys = keys;
        this.size = size;
        this.stop = stop;
    }

    /** The keys as key strokes, with or without the search. */
    static KeyStroke[] strokes(boolean search) {
        String keys = KEYS_BEFORE_SEARCH + (search ? SEARCHED : NOT_SEARCHED) + KEYS_AFTER_SEARCH;
        KeyStroke[] out = new KeyStroke[keys.length()];
        for (int i = 0; i < out.length; i++) {
            char c = keys.charAt(i);
            out[i] = switch (c) {
                case '\n' -> new KeyStroke(KeyType.Enter);
                case '\t' -> new KeyStroke(KeyType.Tab);
                case '\b' -> new KeyStroke(KeyType.Backspace);
                case '\u001b' -> new KeyStroke(KeyType.Escape);
                default -> new KeyStroke(c, false, false);
            };
        }
        return out;
    }

    /**
     * What a keyboard sends for the keys a reader presses most, decoded by a terminal of its own: the
     * explorer's decoding of each key (Lanterna's patterns) is compiled too.
     */
    static final byte[] TYPED = ("jjkkjj\t\nhlhl?q/abc\n\u001b[A\u001b[B\u001b[C\u001b[D\u001b[5~\u001b[6~"
            + "jkjkjkjkjkjkjkjk").repeat(20).getBytes(StandardCharsets.US_ASCII);

    /** Decodes {@link #TYPED} as the real terminal decodes keys; false when the rehearsal was told to stop meanwhile. */
    private boolean decode() throws java.io.IOException {
        OffScreen keyboard = new OffScreen(size, StandardCharsets.UTF_8, TYPED);
        while (true) {
            if (stop.now()) {
                return false;
            }
            if (keyboard.pollInput() == null) {   // each key decoded is dropped: only the decoding is rehearsed
                return true;
            }
        }
    }

    @Override
    public void run() {
        try {
            if (!decode()) {
                return;
            }
            Display screen = new Display(new OffScreen(size, options.ascii() ? StandardCharsets.US_ASCII
                    : StandardCharsets.UTF_8), options.links());
            screen.start();
            ExplorerApp app = new ExplorerApp(navigator, screen, options, keys);
            KeyStroke[] strokes = strokes(navigator.searchIndexIsSmall());
            for (int round = 0; round < ROUNDS; round++) {
                app.draw(true);
                for (KeyStroke key : strokes) {
                    if (stop.now() || !app.step(key)) {
                        return;
                    }
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // a rehearsal that fails leaves the explorer as it was: nothing of it is shown or kept
        }
    }
}
