package org.endings.tui;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;

import org.endings.core.Navigator;
import org.endings.core.Queries;
import org.endings.model.Model;
import org.endings.tui.terminal.Display;

/** The explorer on Lanterna's virtual terminal, driven a key at a time, read back as text. */
final class VirtualScreen {
    final DefaultVirtualTerminal terminal;
    final Display screen;
    final ExplorerApp app;

    VirtualScreen(Model model, int columns, int rows) {
        this(model, columns, rows, new TuiOptions(true, TuiOptions.DEFAULT_THEME, false));
    }

    VirtualScreen(Model model, int columns, int rows, TuiOptions options) {
        try {
            terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
            screen = new Display(terminal);
            screen.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        app = new ExplorerApp(new Navigator(new Queries(model)), screen, options);
        app.draw(true);
    }

    /** Presses keys: single characters as typed, names in angle brackets ("<Tab>", "<Enter>", "<C-c>"). */
    VirtualScreen press(String keys) {
        press(app, keys);
        return this;
    }

    /** Presses keys on any explorer, written as {@link #press(String)} takes them. */
    static void press(ExplorerApp app, String keys) {
        int i = 0;
        while (i < keys.length()) {
            if (keys.charAt(i) == '<' && keys.indexOf('>', i) > i + 1) {
                int end = keys.indexOf('>', i);
                app.step(named(keys.substring(i + 1, end)));
                i = end + 1;
            } else {
                app.step(new KeyStroke(keys.charAt(i), false, false));
                i++;
            }
        }
    }

    static KeyStroke named(String name) {
        if (name.startsWith("C-")) {
            return new KeyStroke(name.charAt(2), true, false);
        }
        if (name.equals("lt")) {
            return new KeyStroke('<', false, false);
        }
        return new KeyStroke(switch (name) {
            case "Tab" -> KeyType.Tab;
            case "S-Tab" -> KeyType.ReverseTab;
            case "Enter" -> KeyType.Enter;
            case "Esc" -> KeyType.Escape;
            case "BS" -> KeyType.Backspace;
            case "Down" -> KeyType.ArrowDown;
            case "Up" -> KeyType.ArrowUp;
            case "Left" -> KeyType.ArrowLeft;
            case "Right" -> KeyType.ArrowRight;
            case "PgDn" -> KeyType.PageDown;
            case "PgUp" -> KeyType.PageUp;
            case "Home" -> KeyType.Home;
            case "End" -> KeyType.End;
            case "F1" -> KeyType.F1;
            default -> throw new IllegalArgumentException("no key named " + name);
        });
    }

    VirtualScreen resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        app.draw(true);
        return this;
    }

    /** Row {@code row} as text, the second column of a wide character left out, trailing spaces cut. */
    String row(int row) {
        return rowOf(terminal.getTerminalSize().getColumns(), col -> terminal.getCharacter(col, row).getCharacterString(),
                col -> terminal.getCharacter(col, row).isDoubleWidth());
    }

    /** A row of cells as text, the second column of a wide character left out, trailing spaces cut. */
    private static String rowOf(int columns, java.util.function.IntFunction<String> text,
            java.util.function.IntPredicate wide) {
        StringBuilder out = new StringBuilder();
        for (int col = 0; col < columns; col++) {
            out.append(text.apply(col));
            if (wide.test(col)) {
                col++;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    /** The whole screen as text, one row a line. */
    String text() {
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < terminal.getTerminalSize().getRows(); r++) {
            out.append(row(r)).append('\n');
        }
        return out.toString();
    }

    TerminalPosition cursor() {
        return terminal.getCursorPosition();
    }

    /** Where reverse video is, row by row: "1: 0-79". */
    String reverse() {
        StringBuilder out = new StringBuilder();
        TerminalSize size = terminal.getTerminalSize();
        for (int r = 0; r < size.getRows(); r++) {
            int start = -1;
            StringBuilder row = new StringBuilder();
            for (int c = 0; c <= size.getColumns(); c++) {
                boolean rev = c < size.getColumns() && terminal.getCharacter(c, r).getModifiers().contains(SGR.REVERSE);
                if (rev && start < 0) {
                    start = c;
                } else if (!rev && start >= 0) {
                    row.append(row.length() == 0 ? "" : ", ").append(start).append('-').append(c - 1);
                    start = -1;
                }
            }
            if (row.length() > 0) {
                out.append(r).append(": ").append(row).append('\n');
            }
        }
        return out.toString();
    }

    /** Text and cursor: what a reader sees whatever the theme. */
    String words() {
        TerminalPosition c = cursor();
        return text() + "-- cursor " + c.getColumn() + "," + c.getRow()
                + (terminal.isCursorVisible() ? " visible" : " hidden") + "\n";
    }

    /** Text, cursor, colours and attributes: what a golden file holds. */
    /**
     * The screen as the explorer drew it, one row a line: each cell's whole cluster as sent to the
     * terminal (Lanterna's virtual terminal would split a ZWJ sequence again when it reads it), the
     * column a wide cell covers left out, trailing spaces cut.
     */
    String cells() {
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < screen.size().getRows(); r++) {
            int row = r;
            out.append(rowOf(screen.size().getColumns(), c -> screen.cell(c, row).getCharacterString(),
                    c -> screen.cell(c, row).isDoubleWidth())).append('\n');
        }
        return out.toString();
    }

    String snapshot() {
        return words() + ScreenStyles.of(terminal);
    }
}
