package org.endings.tui.terminal;

import java.io.IOException;
import java.util.Arrays;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.Terminal;

import org.endings.terminal.Hyperlinks;

/**
 * The explorer's screen: the cells the terminal shows, the cells the next frame will show, and
 * the least output that turns the one into the other, sent through a Lanterna {@link Terminal}
 * (the real one, or a virtual one in tests).
 *
 * <p>It takes the place of Lanterna's TerminalScreen, which compared every cell of every frame
 * with {@code equals} and kept the changed ones in a TreeMap of new positions: at 120×50 that was
 * half of a key's time and most of its garbage. Here a cell is one of the {@link Glyphs} made once
 * and kept, so a cell unchanged since the last frame is the same object and costs one {@code ==};
 * changed cells go out in row order, the cursor moved only where a run of them breaks, colours
 * and attributes sent only where they change.
 *
 * <p>Not thread-safe: the explorer draws from one thread at a time (FullScreen holds a lock).
 */
public final class Display {
    /**
     * A terminal that blanks the rest of the cursor's row itself (ANSI EL, {@code ESC [ K}), with the
     * pen's background: a row whose end goes blank is sent as one short code, not a space per cell.
     */
    public interface RowEraser {
        /** The code itself, for terminals that write raw bytes. */
        byte[] ERASE_REST_OF_ROW = {27, '[', 'K'};

        void eraseRestOfRow() throws IOException;
    }

    /**
     * The longest gap of unchanged cells written over again rather than skipped with a cursor move,
     * in bytes: a move ({@code ESC [ row ; column H}) takes 6 to 9.
     */
    private static final int MOVE_BYTES_MIN = 4;

    /** What a cleared terminal shows in every cell. */
    private static final MeasuredCharacter CLEARED = MeasuredCharacter.alone();
    /** The right half of a two-column character: never sent, the character covers it. */
    private static final MeasuredCharacter COVERED = MeasuredCharacter.of(" ", TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT);
    private static final SGR[] ATTRIBUTES = SGR.values();

    private final Terminal terminal;
    private TerminalSize size;
    private volatile TerminalSize resized;
    /** The next frame, row by row. */
    private MeasuredCharacter[] back;
    /** What the terminal shows, as far as this display knows. */
    private MeasuredCharacter[] front;
    private int cursorColumn;
    private int cursorRow;
    private boolean started;
    /** The next refresh clears the terminal and sends every cell. */
    private boolean wholeNext = true;

    // What the terminal's pen is set to while a frame is sent.
    private TextColor foreground;
    private TextColor background;
    private int attributes;
    /** The link the pen is writing (OSC 8), or null. */
    private MeasuredCharacter link;
    /** Where links are written: the terminal shows them and takes bytes outside its cells. */
    private final Clipboard.Raw links;
    /**
     * Where a run of cells' text goes in one write, on a terminal that takes it (the real one): a call
     * per character through Lanterna was a third of a frame's time. Null: a character at a time.
     */
    private final Clipboard.Raw runs;
    /** Blanks the rest of a row in one code, or null: then blank cells are sent one by one. */
    private final RowEraser eraser;
    /** The text of the cells being sent since the cursor or the pen last changed (with {@link #runs}). */
    private final StringBuilder run = new StringBuilder(256);
    /**
     * The same as bytes, each cell's own, where the terminal takes UTF-8 ({@link #runBytes} non-null):
     * a frame's text then costs a copy of bytes made once a cell, not a string built and encoded a
     * character at a time (a quarter of a frame's time).
     */
    private byte[] runBytes;
    private int runLength;

    /** A display the size the terminal says it is; it follows the terminal's resizes. */
    public Display(Terminal terminal) throws IOException {
        this(terminal, false);
    }

    /** As {@link #Display(Terminal)}; with {@code hyperlinks}, linked cells are sent as OSC 8 links. */
    public Display(Terminal terminal, boolean hyperlinks) throws IOException {
        this.terminal = terminal;
        this.links = hyperlinks && terminal instanceof Clipboard.Raw raw ? raw : null;
        this.runs = terminal instanceof Clipboard.Raw raw ? raw : null;
        this.runBytes = runs != null && runs.utf8() ? new byte[1024] : null;
        this.eraser = terminal instanceof RowEraser e ? e : null;
        this.size = terminal.getTerminalSize();
        allocate();
        terminal.addResizeListener((t, newSize) -> resized = newSize);
    }

    public TerminalSize size() {
        return size;
    }

    /** Puts {@code text} on the reader's clipboard where the terminal takes OSC 52; false where it cannot. */
    public boolean copy(String text) throws IOException {
        return Clipboard.copy(terminal, text);
    }

    /** Takes the terminal: the alternate screen, cleared. */
    public void start() throws IOException {
        if (started) {
            return;
        }
        started = true;
        terminal.enterPrivateMode();
        terminal.clearScreen();
        wholeNext = true;
    }

    /** Gives the screen back: leaves the alternate screen, a link a failed frame left open ended first. */
    public void stop() throws IOException {
        if (!started) {
            return;
        }
        linkTo(null);
        terminal.exitPrivateMode();
        started = false;
    }

    /** Takes up a resize the terminal reported since the last frame; the next refresh is whole. */
    public void resizeIfNeeded() {
        TerminalSize now = resized;
        if (now == null) {
            return;
        }
        resized = null;
        if (!now.equals(size)) {
            size = now;
            allocate();
        }
    }

    /** Blanks the next frame with {@code blank}. */
    public void clear(MeasuredCharacter blank) {
        Arrays.fill(back, blank);
    }

    /** Puts a cell in the next frame; a two-column cell covers the cell to its right too. */
    public void set(int column, int row, MeasuredCharacter cell) {
        int columns = size.getColumns();
        if (column < 0 || row < 0 || column >= columns || row >= size.getRows()) {
            return;
        }
        int i = row * columns + column;
        if (column > 0 && back[i - 1].isDoubleWidth()) {
            back[i - 1] = back[i - 1].withCharacter(' ');   // its right half is taken: only a space is left
        }
        MeasuredCharacter old = back[i];
        back[i] = cell;
        if (cell.isDoubleWidth()) {
            if (column + 1 < columns) {
                freeRightHalf(i + 1, columns);   // a wide character starting there loses its left half
                back[i + 1] = COVERED;
            }
        } else if (old.isDoubleWidth() && column + 1 < columns && back[i + 1] == COVERED) {
            back[i + 1] = old.withCharacter(' ');
        }
    }

    /**
     * Puts a run of one-column cells in the next frame, from column {@code column} of row {@code row}:
     * for each of {@code chars[from]} up to (not including) {@code chars[to]}, {@code cells[char]}, as
     * {@link #set} would one by one, cut at the right edge. A frame's text is mostly such runs, and a
     * cell at a time, with its checks for wide neighbours, was most of a frame's time.
     */
    public void setRun(int column, int row, MeasuredCharacter[] cells, char[] chars, int from, int to) {
        int columns = size.getColumns();
        if (row < 0 || row >= size.getRows() || column < 0 || from >= to) {
            for (int k = from; k < to; k++) {
                set(column + k - from, row, cells[chars[k]]);
            }
            return;
        }
        int count = Math.min(to - from, columns - column);
        if (count <= 0) {
            return;
        }
        int base = row * columns + column;
        if (column > 0 && back[base - 1].isDoubleWidth()) {
            back[base - 1] = back[base - 1].withCharacter(' ');   // its right half is taken: only a space is left
        }
        // Only the last cell overwritten can leave the right half of a wide character behind it.
        MeasuredCharacter lastOld = back[base + count - 1];
        for (int k = 0; k < count; k++) {
            back[base + k] = cells[chars[from + k]];
        }
        if (lastOld.isDoubleWidth() && column + count < columns && back[base + count] == COVERED) {
            back[base + count] = lastOld.withCharacter(' ');
        }
    }

    /** When the cell at {@code i} is a wide character about to be overwritten, its right half becomes a space. */
    private void freeRightHalf(int i, int columns) {
        MeasuredCharacter there = back[i];
        if (there.isDoubleWidth() && i % columns + 1 < columns && back[i + 1] == COVERED) {
            back[i + 1] = there.withCharacter(' ');
        }
    }

    /** Where the terminal's cursor goes after the next refresh. */
    public void cursor(int column, int row) {
        cursorColumn = column;
        cursorRow = row;
    }

    /** The cell of the next frame at a place, for tests: the cluster as drawn, before any terminal splits it. */
    public MeasuredCharacter cell(int column, int row) {
        return back[row * size.getColumns() + column];
    }

    /**
     * Whether the next frame changes the text the terminal shows, not only colours or the cursor:
     * what a screen reader reads as new text.
     */
    public boolean changesText() {
        if (wholeNext) {
            return true;
        }
        for (int i = 0; i < back.length; i++) {
            MeasuredCharacter next = back[i];
            MeasuredCharacter shown = front[i];
            if (next != shown && !next.getCharacterString().equals(shown.getCharacterString())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sends the next frame: only the cells that differ from what the terminal shows, or with
     * {@code whole} (a redraw, a resume, after a resize) a cleared terminal and every cell.
     */
    public void refresh(boolean whole) throws IOException {
        if (!started) {
            return;
        }
        int columns = size.getColumns();
        int rows = size.getRows();
        foreground = TextColor.ANSI.DEFAULT;
        background = TextColor.ANSI.DEFAULT;
        attributes = 0;
        run.setLength(0);   // what a failed frame gathered and did not send
        runLength = 0;
        linkTo(null);   // a link a failed frame left open is ended
        if (whole || wholeNext) {
            terminal.setForegroundColor(TextColor.ANSI.DEFAULT);
            terminal.setBackgroundColor(TextColor.ANSI.DEFAULT);
            terminal.clearScreen();
            terminal.resetColorAndSGR();
            Arrays.fill(front, CLEARED);
            wholeNext = false;
        }
        boolean penReset = false;
        int blankRow = -1;
        int blankFrom = columns;
        int atColumn = -1;
        int atRow = -1;
        for (int row = 0; row < rows; row++) {
            int base = row * columns;
            for (int column = 0; column < columns; column++) {
                MeasuredCharacter next = back[base + column];
                MeasuredCharacter shown = front[base + column];
                if (next == shown || next == COVERED || (shown != COVERED
                        && !MeasuredCharacter.distinctCanonical(next, shown) && next.equals(shown))) {
                    continue;   // (the right half of a wide character after it is COVERED: skipped in turn)
                }
                if (!penReset) {
                    terminal.resetColorAndSGR();
                    penReset = true;
                }
                if (blankRow != row) {
                    blankRow = row;
                    blankFrom = eraser == null ? columns : blankFrom(base, columns);
                }
                if (column >= blankFrom) {
                    // The rest of the row goes blank: one erase instead of a space a cell.
                    moveTo(column, row, atColumn, atRow);
                    linkTo(null);
                    pen(CLEARED);
                    sendRun();
                    eraser.eraseRestOfRow();
                    atRow = -1;
                    break;
                }
                if (atRow == row && atColumn < column && rewrites(base + atColumn, base + column, row, column)) {
                    // A few unchanged cells between two changes: written again, in fewer bytes than a move.
                    for (int i = base + atColumn; i < base + column; i++) {
                        put(back[i]);
                    }
                    atColumn = column;
                }
                moveTo(column, row, atColumn, atRow);
                pen(next);
                linkTo(next);
                put(next);
                atRow = row;
                atColumn = column + (next.isDoubleWidth() ? 2 : 1);
                if (next.isDoubleWidth()) {
                    column++;
                }
            }
        }
        linkTo(null);
        sendRun();
        System.arraycopy(back, 0, front, 0, back.length);
        int column = Math.max(0, Math.min(cursorColumn, columns - 1));
        int row = Math.max(0, Math.min(cursorRow, rows - 1));
        if (column > 0 && front[row * columns + column - 1].isDoubleWidth()) {
            column--;   // on the right half of a wide character: the character itself
        }
        terminal.setCursorVisible(true);
        cursorTo(column, row);
        terminal.flush();
    }

    /** Sends a cell's text, at the cursor. */
    private void put(MeasuredCharacter cell) throws IOException {
        byte[] into = runBytes;
        if (into != null) {
            byte[] bytes = cell.utf8();
            int n = bytes.length;
            if (runLength + n > into.length) {
                into = Arrays.copyOf(into, Math.max(into.length * 2, runLength + n));
                runBytes = into;
            }
            if (n == 1) {
                into[runLength++] = bytes[0];
            } else {
                System.arraycopy(bytes, 0, into, runLength, n);
                runLength += n;
            }
            return;
        }
        String s = cell.getCharacterString();
        if (runs != null) {
            run.append(s);
        } else if (s.length() == 1) {
            terminal.putCharacter(s.charAt(0));
        } else {
            terminal.putString(s);
        }
    }

    /** Moves the cursor to a cell unless it is there already. */
    private void moveTo(int column, int row, int atColumn, int atRow) throws IOException {
        if (atRow != row || atColumn != column) {
            linkTo(null);   // a link is written in one run: a cursor move inside it would stretch it
            sendRun();
            cursorTo(column, row);
        }
    }

    /**
     * The column from which the row of the next frame is blank to its end: a space in the default
     * colours, with no attribute and no link, what an erase leaves.
     */
    private int blankFrom(int base, int columns) {
        int c = columns;
        while (c > 0 && isBlank(back[base + c - 1])) {
            c--;
        }
        return c;
    }

    private static boolean isBlank(MeasuredCharacter cell) {
        return cell != COVERED && cell.blank();   // (what a cleared terminal shows is blank too)
    }


    /** The cell, when it is written inside a link; null otherwise (and for no cell). */
    private static MeasuredCharacter linked(MeasuredCharacter cell) {
        return cell != null && cell.link() != null ? cell : null;
    }

    /**
     * Whether the unchanged cells {@code from} to {@code to} (before the change at row, column, on
     * the cursor's row) are better written again than skipped: each a narrow character of one code
     * unit in the pen as it is, outside any link, in fewer bytes than the move to the change.
     */
    private boolean rewrites(int from, int to, int row, int column) {
        int budget = MOVE_BYTES_MIN + digits(row + 1) + digits(column + 1);
        if (link != null) {
            return false;
        }
        for (int i = from; i < to; i++) {
            MeasuredCharacter c = back[i];
            if (c == COVERED || c.isDoubleWidth()) {
                return false;
            }
            String s = c.getCharacterString();
            if (s.length() != 1) {
                return false;
            }
            char ch = s.charAt(0);
            budget -= ch < 0x80 ? 1 : ch < 0x800 ? 2 : 3;
            if (budget < 0 || c.attributes() != attributes || !foreground.equals(c.getForegroundColor())
                    || !background.equals(c.getBackgroundColor()) || (links != null && linked(c) != null)) {
                return false;
            }
        }
        return true;
    }

    /** How many digits a positive number is written with (the columns it takes). */
    public static int digits(int n) {
        int d = 1;
        while (n >= 10) {
            n /= 10;
            d++;
        }
        return d;
    }

    /** Opens, ends or changes the link being written to the cell's own, when links are shown; null ends it. */
    private void linkTo(MeasuredCharacter cell) throws IOException {
        if (links == null) {
            return;
        }
        MeasuredCharacter wanted = linked(cell);
        if (wanted == link || (wanted != null && link != null && wanted.linkId() == link.linkId()
                && wanted.link().equals(link.link()))) {
            return;
        }
        sendRun();
        if (link != null) {
            links.escape(Hyperlinks.close());
        }
        if (wanted != null) {
            links.escape(Hyperlinks.open(wanted.link(), wanted.linkId()));
        }
        link = wanted;
    }

    /** Writes the text of the cells gathered so far, before the cursor or the pen changes. */
    private void sendRun() throws IOException {
        if (runLength > 0) {
            runs.escape(Arrays.copyOf(runBytes, runLength));
            runLength = 0;
        }
        if (run.length() > 0) {
            runs.characters(run);
            run.setLength(0);
        }
    }

    /** Sets the terminal's colours and attributes to a cell's, sending only what changes. */
    private void pen(MeasuredCharacter cell) throws IOException {
        if (!foreground.equals(cell.getForegroundColor())) {
            sendRun();
            foreground = cell.getForegroundColor();
            color(foreground, true);
        }
        if (!background.equals(cell.getBackgroundColor())) {
            sendRun();
            background = cell.getBackgroundColor();
            color(background, false);
        }
        int wanted = cell.attributes();
        int change = wanted ^ attributes;
        if (change == 0) {
            return;
        }
        sendRun();
        for (SGR sgr : ATTRIBUTES) {
            int bit = 1 << sgr.ordinal();
            if ((change & bit) != 0) {
                if ((wanted & bit) != 0) {
                    terminal.enableSGR(sgr);
                } else {
                    terminal.disableSGR(sgr);
                }
            }
        }
        attributes = wanted;
    }

    /**
     * Moves the terminal's cursor: the bytes Lanterna's setCursorPosition sends, made here without
     * its string building and charset encoding, where the terminal takes raw bytes.
     */
    private void cursorTo(int column, int row) throws IOException {
        if (runs == null) {
            terminal.setCursorPosition(column, row);
            return;
        }
        runs.escape(position(column, row));
    }

    /** ESC [ row ; column H, both from 1: what Lanterna sends to move the cursor to a cell (from 0). */
    static byte[] position(int column, int row) {
        int r = row + 1;
        int c = column + 1;
        byte[] bytes = new byte[4 + digits(r) + digits(c)];
        bytes[0] = 0x1B;
        bytes[1] = '[';
        int at = decimal(bytes, 2, r);
        bytes[at++] = ';';
        at = decimal(bytes, at, c);
        bytes[at] = 'H';
        return bytes;
    }

    /** Writes {@code n} in decimal at {@code at}; returns the index after it. */
    private static int decimal(byte[] into, int at, int n) {
        int end = at + digits(n);
        for (int i = end - 1; i >= at; i--) {
            into[i] = (byte) ('0' + n % 10);
            n /= 10;
        }
        return end;
    }

    /** The SGR sequences that set each colour, made once per colour (Lanterna makes them for every change). */
    private final java.util.HashMap<TextColor, byte[]> foregrounds = new java.util.HashMap<>();
    private final java.util.HashMap<TextColor, byte[]> backgrounds = new java.util.HashMap<>();

    /** Sets the foreground or background colour: the bytes Lanterna's own setter sends. */
    private void color(TextColor color, boolean fore) throws IOException {
        if (runs == null) {
            if (fore) {
                terminal.setForegroundColor(color);
            } else {
                terminal.setBackgroundColor(color);
            }
            return;
        }
        java.util.HashMap<TextColor, byte[]> made = fore ? foregrounds : backgrounds;
        byte[] bytes = made.get(color);
        if (bytes == null) {
            bytes = sgr(fore ? color.getForegroundSGRSequence() : color.getBackgroundSGRSequence());
            made.put(color, bytes);
        }
        runs.escape(bytes);
    }

    /**
     * ESC [ sequence m, its digits in ASCII: Lanterna formats a colour's numbers in the default
     * locale, which may write them in its own digits (٣١ for 31 under Arabic), bytes no terminal
     * reads as a colour (see {@link Colours}).
     */
    static byte[] sgr(byte[] sequence) {
        byte[] ascii = sequence;
        for (byte b : sequence) {
            if (b < 0) {   // a byte of a character beyond ASCII: a digit of another script
                ascii = asciiDigits(sequence);
                break;
            }
        }
        byte[] bytes = new byte[ascii.length + 3];
        bytes[0] = 0x1B;
        bytes[1] = '[';
        System.arraycopy(ascii, 0, bytes, 2, ascii.length);
        bytes[bytes.length - 1] = 'm';
        return bytes;
    }

    /** The UTF-8 text {@code sequence} with each decimal digit of any script written as its ASCII digit. */
    static byte[] asciiDigits(byte[] sequence) {
        String text = new String(sequence, java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder ascii = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int digit = Character.digit(c, 10);
            if (digit >= 0) {
                ascii.append((char) ('0' + digit));
            } else {
                ascii.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return ascii.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private void allocate() {
        int cells = size.getColumns() * size.getRows();
        back = new MeasuredCharacter[cells];
        front = new MeasuredCharacter[cells];
        Arrays.fill(back, CLEARED);
        Arrays.fill(front, CLEARED);
        wholeNext = true;
    }
}
