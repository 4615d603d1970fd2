package org.endings.bench;

import java.io.IOException;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

import org.endings.core.Navigator;
import org.endings.tui.BytesTerminal;
import org.endings.tui.terminal.Display;
import org.endings.tui.ExplorerApp;
import org.endings.tui.TuiOptions;
import org.endings.tui.terminal.Display;

/**
 * The full-screen explorer driven through its single-threaded {@link ExplorerApp#step}: one key, the
 * core's update, the page painted and the changed cells encoded to the ANSI bytes a terminal gets,
 * buffered as the real explorer buffers a frame, and dropped — what a key press costs the program,
 * without the terminal emulator's own time (Lanterna's virtual terminal, which the tests read
 * screens from, is an emulator and would add its own).
 */
final class TuiDriver {
    /**
     * A walk through every view with the keys the explorer binds: move, change beat and reading, open a
     * quote and come back, the matrix, the walk, compare, sources, help, and the matches of a search
     * (typed once, before the loop: running a search is timed on its own).
     */
    static final String[] SCRIPT = {
        "j", "j", "k", "l", "l", "j", "Enter", "j", "Escape", "2", "l", "h", "3", "Tab", "j", "j", "Tab",
        "m", "j", "j", "l", "Enter", "w", "j", "j", "j", "G", "g", "Escape", "c", "j", "j", "Escape",
        "s", "j", "j", "Escape", "?", "Escape", "n", "n", "N", "Escape", "1", "End", "Home", "l", "h",
        " ", "b",
    };

    /** The same tour, marking and taking back stances on the way, so that the notebook changes too. */
    static final String[] SAVING_SCRIPT = saving();

    private static String[] saving() {
        java.util.List<String> keys = new java.util.ArrayList<>(java.util.List.of(SCRIPT));
        keys.addAll(java.util.List.of("+", "j", "+", "~", "l", "-", "-"));
        return keys.toArray(String[]::new);
    }

    private final ExplorerApp app;

    TuiDriver(Navigator explorer, int columns, int rows) throws IOException {
        this(explorer, columns, rows, null);
    }

    /** With {@code save}, every notebook the explorer keeps goes there, as to the saver of a real session. */
    TuiDriver(Navigator explorer, int columns, int rows, java.util.function.Consumer<org.endings.core.Notebook> save)
            throws IOException {
        Display screen = new Display(BytesTerminal.discarding(new TerminalSize(columns, rows)));
        screen.start();
        app = new ExplorerApp(explorer, screen, TuiOptions.DEFAULT);
        if (save != null) {
            app.keep(explorer.start(), save, null);
        }
        app.draw(true);
        for (String key : new String[] {"/", "s", "n", "o", "w", "Enter", "Escape"}) {
            key(key);
        }
    }

    /** Presses a key named as in {@link #SCRIPT} and draws the frame that follows. */
    void key(String key) {
        if (!app.step(stroke(key))) {
            throw new IllegalStateException("the explorer quit on " + key);
        }
    }

    static KeyStroke stroke(String key) {
        return switch (key) {
            case "Enter" -> new KeyStroke(KeyType.Enter);
            case "Escape" -> new KeyStroke(KeyType.Escape);
            case "Tab" -> new KeyStroke(KeyType.Tab);
            case "Home" -> new KeyStroke(KeyType.Home);
            case "End" -> new KeyStroke(KeyType.End);
            default -> new KeyStroke(key.charAt(0), false, false);
        };
    }

    static String describe() {
        return "ExplorerApp.step to ANSI bytes, dropped";
    }
}
