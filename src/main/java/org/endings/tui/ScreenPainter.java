package org.endings.tui;

import java.util.ArrayList;
import java.util.List;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;

import org.endings.core.Page;
import org.endings.core.Page.Block;
import org.endings.core.Page.Cell;
import org.endings.core.Page.Grid;
import org.endings.core.Page.Items;
import org.endings.core.Page.Text;
import org.endings.core.Status;
import org.endings.core.Standing;
import org.endings.core.Subject;
import org.endings.core.View;
import org.endings.core.Words;
import org.endings.terminal.DisplayWidth;
import org.endings.terminal.Wrap;
import org.endings.tui.terminal.Display;

/**
 * Draws a {@link Page} on a {@link Display}: a one-line header that starts with what the
 * reader moved to, on the beat page the beats in film order, the body, the status, and the footer
 * of keys that work here. Keeps what only a screen has, the scroll offsets, and puts the real
 * cursor on the first character of the focused item so that screen readers follow it.
 *
 * <p>Work per frame is proportional to what is drawn: lists are read only for the rows on screen.
 */
public final class ScreenPainter {
    /** The smallest screen the explorer draws on. */
    public static final int MIN_COLUMNS = 40;
    public static final int MIN_ROWS = 12;

    /**
     * A frame to draw: the page, where keys go, an open prompt or null, the message to show, whether
     * it is the first frame, and whether a search is on (its keys join the footer).
     */
    public record Frame(Page page, Where where, Prompt prompt, Status status, boolean first, boolean searching) {
        public Frame(Page page, Where where, Prompt prompt, Status status) {
            this(page, where, prompt, status, false, false);
        }
    }

    /** Puts two columns side by side, or back one above the other. */
    void toggleSideBySide() {
        sideBySide = !sideBySide;
        pageKey = null;   // laid out anew, from the top
    }

    /** A scroll the reader asked for, done at the next frame, when the layout is known. */
    enum Scroll { PAGE_DOWN, PAGE_UP, LINE_DOWN, LINE_UP, TOP, BOTTOM }

    private final Glyphs glyphs;
    private final KeyMap keys;
    private final boolean ascii;
    private final String dot;
    private final String more;

    private PageId pageKey;
    private Body.Pos top;
    private Body.Unit lastFocus;
    private int lastWidth = -1;
    private int lastViewport = -1;
    private Scroll pending;
    private int indexTop;
    private int matrixTop;
    private int matrixLeft;
    /** The widest a matrix column grows to show its reading's name. */
    private static final int MATRIX_NAME = 12;
    /** Two readings compared side by side, as the reader asked (v); one above the other by default. */
    private boolean sideBySide;

    public ScreenPainter(Theme theme, boolean ascii, KeyMap keys) {
        this.glyphs = new Glyphs(theme, ascii);
        this.keys = keys;
        this.ascii = ascii;
        this.dot = ascii ? " - " : " \u00B7 ";
        this.more = ascii ? "..." : "\u2026";
    }

    void scroll(Scroll scroll) {
        pending = scroll;
    }

    /** Draws a frame into the screen's back buffer and places the cursor; the caller refreshes. */
    public void paint(Display screen, Frame frame) {
        TerminalSize size = screen.size();
        int cols = size.getColumns();
        int rows = size.getRows();
        Canvas c = new Canvas(screen, glyphs, cols, rows);
        c.clear();
        if (cols < MIN_COLUMNS || rows < MIN_ROWS) {
            tooSmall(c);
            screen.cursor(0, 0);
            return;
        }
        Page page = frame.page();
        Grid grid = grid(page);
        // Over a body with no beat list above it, the header's last column is kept for the mark of more
        // above the body, so that it comes and goes without the header changing.
        boolean beatList = page.view() == View.BEAT && index(page) != null;
        c.put(0, 0, header(page, grid, frame.first(), beatList || grid != null ? cols : cols - 1), Role.HEADER, false);

        int footerTop = footer(c, frame);
        int statusTop = status(c, frame, footerTop);
        TerminalPosition cursor = null;
        int bodyTop = 1;
        if (page.view() == View.BEAT) {
            Items index = index(page);
            if (index != null) {
                int shown = Math.max(1, Math.min(index.items().size(), (rows - 4) / 4));
                TerminalPosition at = beats(c, index, 1, shown, frame.where() == Where.BEATS);
                if (frame.where() == Where.BEATS) {
                    cursor = at;
                }
                bodyTop = 2 + shown;
            }
        }
        if (grid != null) {
            TerminalPosition at = matrix(c, page, grid, bodyTop, statusTop);
            cursor = at;
        } else {
            TerminalPosition at = body(c, frame, bodyTop, statusTop);
            if (cursor == null) {
                cursor = at;
            }
        }
        if (frame.prompt() != null) {
            cursor = promptCursor(c, frame.prompt());
        }
        if (cursor == null) {
            screen.cursor(0, bodyTop);
        } else {
            screen.cursor(cursor.getColumn(), cursor.getRow());
        }
    }

    // ---- too small

    private void tooSmall(Canvas c) {
        String message = "Terminal too small: needs " + MIN_COLUMNS + (ascii ? "x" : "\u00D7") + MIN_ROWS;
        List<String> lines = Wrap.lines(message, c.columns());
        for (int r = 0; r < Math.min(lines.size(), c.rows()); r++) {
            c.put(r, 0, lines.get(r), Role.TEXT, false);
        }
    }

    // ---- header

    /** The header cut to the screen's width after a whole word, never inside one. */
    String cutBetweenWords(String text, int cols) {
        // cleaned first, as the cut is: a control shown as a placeholder is longer than the character
        String header = org.endings.terminal.Sanitizer.clean(text);
        String cut = Wrap.truncate(header, cols, more);
        if (!cut.endsWith(more) || header.endsWith(more)) {
            return cut;
        }
        String kept = cut.substring(0, cut.length() - more.length());
        int space = kept.lastIndexOf(' ');
        if (space <= 0 || header.charAt(kept.length()) == ' ') {
            return cut;
        }
        kept = kept.substring(0, space).stripTrailing();
        if (kept.endsWith(dot.strip())) {
            kept = kept.substring(0, kept.length() - dot.strip().length()).stripTrailing();
        }
        return kept + more;
    }

    String headline(Page page, Grid grid) {
        return headline(page, grid, false, false);
    }

    /**
     * The header as drawn, cut to the width; where the cut would take the lens ("Reading: Consent")
     * off it, the lens comes second, so that a digit never changes the lens without the header
     * saying so at once (a quote's long attribution, a long beat title).
     */
    private String header(Page page, Grid grid, boolean first, int cols) {
        String walk = page.view() == View.WALK ? walkBeat(page) : null;
        HeaderId last = lastHeader;
        if (grid == null && last != null && last.is(page, walk, first, cols)) {
            return last.text;   // the same words at the same width as the frame before: j in a list
        }
        String cut = madeHeader(page, grid, first, cols);
        lastHeader = grid == null ? new HeaderId(page, walk, first, cols, cut) : null;
        return cut;
    }

    /** The last header drawn outside the matrix, and all it was made from. */
    private HeaderId lastHeader;

    private static final class HeaderId {
        final View view;
        final String title;
        final String position;
        final String lens;
        final String work;
        final String walk;
        final boolean first;
        final int cols;
        final String text;

        HeaderId(Page page, String walk, boolean first, int cols, String text) {
            this.view = page.view();
            this.title = page.title();
            this.position = page.position();
            this.lens = page.lens();
            this.work = page.work();
            this.walk = walk;
            this.first = first;
            this.cols = cols;
            this.text = text;
        }

        boolean is(Page page, String walk, boolean first, int cols) {
            return view == page.view() && first == this.first && cols == this.cols
                    && java.util.Objects.equals(title, page.title()) && java.util.Objects.equals(position, page.position())
                    && java.util.Objects.equals(lens, page.lens()) && java.util.Objects.equals(work, page.work())
                    && java.util.Objects.equals(walk, this.walk);
        }
    }

    private String madeHeader(Page page, Grid grid, boolean first, int cols) {
        String cut = cutBetweenWords(Glyphs.heard(headline(page, grid, first, false)), cols);
        // the lens is said when its first word is: "Reading: Reclaimed…"
        String lens = Glyphs.heard(page.lens());
        int word = lens.indexOf(' ', "Reading: ".length());
        String said = word < 0 ? lens : lens.substring(0, word);
        // (not on the first frame, which names the help key there instead; a walk and compare name the lens first)
        if (!first && grid == null && page.view() != View.WALK && page.view() != View.COMPARE && !cut.contains(said)) {
            cut = cutBetweenWords(Glyphs.heard(headline(page, grid, first, true)), cols);
        }
        return cut;
    }

    /**
     * The header line, starting with what the reader moved to: the beat's name, the matrix cell;
     * on the first frame, the help key right after where the reader is, so that it is heard early.
     */
    String headline(Page page, Grid grid, boolean first, boolean lensEarly) {
        List<String> parts = new ArrayList<>();
        if (grid != null && grid.row() >= 0 && grid.row() < grid.rows().size()
                && grid.column() >= 0 && grid.column() < grid.columns().size()) {
            // The cell's counts are said once, in the sentence under the grid, not here as well.
            parts.add(grid.rows().get(grid.row()) + (ascii ? " x " : " \u00D7 ") + grid.columns().get(grid.column()));
            parts.add(page.title());
            parts.add(page.position());
        } else if (page.view() == View.QUOTE) {
            // "Quote 2 of 8" first: j and k go from quote to quote, and the long attribution would
            // push the position off a narrow header.
            parts.add(page.position());
            parts.add(page.title());
            parts.add(page.lens());
        } else {
            if (page.view() == View.WALK) {
                parts.add(walkBeat(page));
            }
            parts.add(page.title());
            if (page.view() == View.WALK) {
                parts.add(page.view().label());
            }
            // Search results leave out "Match 2 of 14": a header that changes with every j is read
            // out by a screen reader instead of the match the cursor moved to.
            if (page.view() != View.SEARCH) {
                parts.add(page.position());
            }
            // a round of blind reading, and the quotes against a reading, name no lens: none is in use
            if (page.view() != View.WALK && page.view() != View.TEST && page.view() != View.AGAINST) {
                parts.add(page.lens());
            }
        }
        if (lensEarly && parts.remove(page.lens())) {
            parts.add(Math.min(parts.size(), 1), page.lens());
        }
        if (first) {
            parts.add(Math.min(parts.size(), 2), Key.spoken('?') + " help");
            // The film, once: a header that changes with every key does not say it again each time
            // (the scene's page, o, names it).
            parts.add(page.work());
        }
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (p == null || p.isBlank()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(dot);
            }
            out.append(p);
        }
        return out.toString();
    }

    /** In the reading walk, the heading of the beat the focused quote is under ("Beat 2 of 4: The intimacy"). */
    private static String walkBeat(Page page) {
        for (int b = page.focus() - 1; b >= 0; b--) {
            if (page.blocks().get(b) instanceof Page.Heading h) {
                return h.text();
            }
        }
        return null;
    }

    // ---- footer, prompt and status

    /** Draws the footer (or the prompt) at the bottom; returns its first row. */
    private int footer(Canvas c, Frame frame) {
        int rows = c.rows();
        int cols = c.columns();
        int footerRows = rows >= 20 ? 2 : 1;
        int first = rows - footerRows;
        List<KeyMap.FooterEntry> entries = keys.footer(frame.where(),
                new KeyMap.Context(frame.page().place().readings(), frame.searching()));
        if (frame.prompt() == null && entries == footerEntries && cols == footerColumns && footerRows == footerRowCount) {
            // the same keys at the same width as the frame before: the rows as they were fitted then
            for (int i = 0; i < footerLines.size(); i++) {
                footerRow(c, first + i, footerLines.get(i));
            }
            return first;
        }
        List<List<KeyMap.FooterEntry>> fitted = fitFooter(c, frame, entries, rows, cols, footerRows, first);
        if (fitted != null) {   // (fitFooter gives rows only for a frame with no prompt)
            footerEntries = entries;
            footerColumns = cols;
            footerRowCount = footerRows;
            footerLines = fitted;
        }
        return first;
    }

    /** The footer's entries the last footer was fitted from (the key map keeps them), its width, and its rows. */
    private List<KeyMap.FooterEntry> footerEntries;
    private int footerColumns = -1;
    private int footerRowCount;
    private List<List<KeyMap.FooterEntry>> footerLines = List.of();

    /** Fits and draws the footer; returns its rows as drawn, or null when a prompt took one. */
    private List<List<KeyMap.FooterEntry>> fitFooter(Canvas c, Frame frame, List<KeyMap.FooterEntry> entries, int rows,
            int cols, int footerRows, int first) {
        if (frame.prompt() != null) {
            String label = frame.prompt().kind().label();
            int col = c.put(rows - 1, 0, label, Role.KEY, false);
            String text = org.endings.terminal.Sanitizer.cleanLine(frame.prompt().text());
            int room = cols - col - 1;
            while (DisplayWidth.of(text) > room && !text.isEmpty()) {
                text = text.substring(text.offsetByCodePoints(0, 1));
            }
            c.put(rows - 1, col, text, Role.TEXT, false);
            if (footerRows == 1) {
                return null;
            }
        }
        if (footerRows == 2 && frame.prompt() == null && anyAway(entries)) {
            // The keys for here on the first row, those leading away on the second, the page one is on
            // among them marked as its tab: that row stays as it was from page to page, and a screen
            // reader, which reads the rows that changed, passes over it.
            List<KeyMap.FooterEntry> here = new ArrayList<>();
            List<KeyMap.FooterEntry> away = new ArrayList<>();
            List<KeyMap.FooterEntry> always = new ArrayList<>();
            for (KeyMap.FooterEntry e : keys.footer(frame.where(),
                    new KeyMap.Context(frame.page().place().readings(), frame.searching()), true)) {
                (e.always() ? always : e.away() ? away : here).add(e);
            }
            List<KeyMap.FooterEntry> top = fitting(here, List.of(), cols);
            List<KeyMap.FooterEntry> bottom = fitting(away, always, cols);
            footerRow(c, first, top);
            footerRow(c, first + 1, bottom);
            return List.of(top, bottom);
        }
        // Help and quit (in help: close) always show, last; the others in order, each where room allows.
        int available = footerRows - (frame.prompt() != null ? 1 : 0);
        int tailCount = frame.prompt() == null ? (int) entries.stream().filter(KeyMap.FooterEntry::always).count() : 0;
        List<KeyMap.FooterEntry> head = entries.subList(0, entries.size() - tailCount);
        List<KeyMap.FooterEntry> tail = entries.subList(entries.size() - tailCount, entries.size());
        List<List<KeyMap.FooterEntry>> lines = new ArrayList<>();
        lines.add(new ArrayList<>());
        for (KeyMap.FooterEntry e : head) {
            List<KeyMap.FooterEntry> line = lines.get(lines.size() - 1);
            if (width(line) + (line.isEmpty() ? 0 : 2) + width(e) <= cols) {
                line.add(e);
            } else if (lines.size() < available) {
                lines.add(new ArrayList<>(List.of(e)));
            }
            // else left out: a shorter entry further on may still fit
        }
        int tailWidth = width(tail);
        while (!tail.isEmpty()) {
            List<KeyMap.FooterEntry> line = lines.get(lines.size() - 1);
            if (width(line) + (line.isEmpty() ? 0 : 2) + tailWidth <= cols || line.isEmpty()) {
                line.addAll(tail);
                break;
            }
            if (lines.size() < available) {
                lines.add(new ArrayList<>(tail));
                break;
            }
            line.remove(line.size() - 1);
        }
        for (int i = 0; i < lines.size(); i++) {
            footerRow(c, first + i, lines.get(i));
        }
        return frame.prompt() == null ? lines : null;
    }

    private static boolean anyAway(List<KeyMap.FooterEntry> entries) {
        for (KeyMap.FooterEntry e : entries) {
            if (e.away()) {
                return true;
            }
        }
        return false;
    }

    /** The entries, in order, each where room is left for it and for {@code last}, which follow them. */
    private static List<KeyMap.FooterEntry> fitting(List<KeyMap.FooterEntry> entries, List<KeyMap.FooterEntry> last,
            int cols) {
        List<KeyMap.FooterEntry> line = new ArrayList<>();
        int room = cols - (last.isEmpty() ? 0 : width(last) + 2);
        for (KeyMap.FooterEntry e : entries) {
            if (width(line) + (line.isEmpty() ? 0 : 2) + width(e) <= room) {
                line.add(e);
            }
        }
        line.addAll(last);
        return line;
    }

    private static void footerRow(Canvas c, int row, List<KeyMap.FooterEntry> entries) {
        int col = 0;
        for (KeyMap.FooterEntry e : entries) {
            col = entry(c, row, col == 0 ? 0 : col + 2, e);
        }
    }

    private static int width(List<KeyMap.FooterEntry> entries) {
        int w = 0;
        for (KeyMap.FooterEntry e : entries) {
            w += (w == 0 ? 0 : 2) + width(e);
        }
        return w;
    }

    private static int width(KeyMap.FooterEntry e) {
        return DisplayWidth.of(e.keys()) + 1 + DisplayWidth.of(e.words());
    }

    private static int entry(Canvas c, int row, int col, KeyMap.FooterEntry e) {
        int at = c.put(row, col, e.keys(), Role.KEY, false);
        return c.put(row, at + 1, e.words(), e.current() ? Role.CURRENT : Role.FOOTER, false);
    }

    private TerminalPosition promptCursor(Canvas c, Prompt prompt) {
        int rows = c.rows();
        int col = DisplayWidth.of(prompt.kind().label());
        String text = org.endings.terminal.Sanitizer.cleanLine(prompt.text());
        int room = c.columns() - col - 1;
        int w = DisplayWidth.of(text);
        return new TerminalPosition(Math.min(c.columns() - 1, col + Math.min(w, room)), rows - 1);
    }

    /** Draws the status message above the footer; returns its first row (the body ends there). */
    private int status(Canvas c, Frame frame, int footerTop) {
        String text = frame.status().text();
        boolean error = frame.status().error();
        int max = 3;
        // two columns short, the last kept for the mark of more below the body
        List<String> lines = text == null || text.isBlank() ? List.of() : Wrap.lines(text, c.columns() - 2);
        int shown = Math.max(1, Math.min(max, lines.size()));
        int first = footerTop - shown;
        for (int i = 0; i < Math.min(shown, lines.size()); i++) {
            String line = lines.get(i);
            if (i == shown - 1 && lines.size() > shown) {
                line = Wrap.truncate(line + " " + more, c.columns() - 2, more);
            }
            c.put(first + i, 0, line, error ? Role.ERROR : Role.STATUS, false);
        }
        return first;
    }

    // ---- the beats on the beat page

    private static Items index(Page page) {
        return !page.blocks().isEmpty() && page.blocks().get(0) instanceof Items items && items.index() ? items : null;
    }

    /** The beats in film order, a window of them around the current one; returns the cursor's place on it. */
    private TerminalPosition beats(Canvas c, Items index, int top, int shown, boolean cursorHere) {
        int n = index.items().size();
        int sel = Math.max(0, Math.min(n - 1, index.selected()));
        if (sel < indexTop) {
            indexTop = sel;
        } else if (sel >= indexTop + shown) {
            indexTop = sel - shown + 1;
        }
        indexTop = Math.max(0, Math.min(indexTop, n - shown));
        int numberWidth = Display.digits(index.firstNumber() + n - 1);
        TerminalPosition cursor = null;
        for (int i = 0; i < shown && indexTop + i < n; i++) {
            int k = indexTop + i;
            int row = top + i;
            String number = String.valueOf(index.firstNumber() + k);
            int numberCol = 1 + numberWidth - number.length();
            boolean selected = k == sel;
            boolean reverse = selected && cursorHere;
            if (reverse) {
                c.fill(row, 0, c.columns(), Role.TEXT, true);
            }
            c.put(row, numberCol, number, Role.TEXT, reverse);
            Page.Item beat = index.items().get(k);
            String yours = beat.subject() instanceof Subject.OfBeat b && b.yours() != null ? mark(b.yours()) : "";
            String title = Wrap.truncate(beat.text(), c.columns() - numberWidth - 3 - yours.length(), more) + yours;
            c.put(row, numberWidth + 2, title, selected && !cursorHere ? Role.CURRENT : Role.TEXT, reverse);
            if (selected) {
                cursor = new TerminalPosition(numberCol, row);
            }
        }
        int ruleRow = top + shown;
        String rule = ascii ? "-" : "\u2500";
        c.put(ruleRow, 0, rule.repeat(c.columns()), Role.RULE, false);
        if (shown < n) {
            String label = " " + index.plural().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + index.plural().substring(1) + " "
                    + (indexTop + 1) + (ascii ? "-" : "\u2013") + (indexTop + shown) + " of " + n + " ";
            c.put(ruleRow, 2, label, Role.RULE, false);
        }
        return cursor;
    }

    // ---- the body

    /**
     * What makes a page another one, whose body starts again from its top: its view, title, lens and
     * position (but in the lists where the position is the cursor's). Compared field by field, not
     * joined into a string on every frame.
     */
    private static final class PageId {
        final View view;
        final String title;
        final String position;
        final String lens;

        PageId(Page page) {
            this.view = page.view();
            this.title = page.title();
            this.position = positionOf(page);
            this.lens = page.lens();
        }

        boolean is(Page page) {
            return view == page.view() && java.util.Objects.equals(title, page.title())
                    && java.util.Objects.equals(position, positionOf(page)) && java.util.Objects.equals(lens, page.lens());
        }

        private static String positionOf(Page page) {
            return page.view() == View.SEARCH || page.view() == View.READINGS || page.view() == View.SOURCES
                    ? "" : page.position();
        }
    }

    /** The marker after a beat the reader has marked under the lens: the key that marks it. */
    private static String mark(Standing standing) {
        return switch (standing) {
            case CONVINCED -> "  +";
            case UNSURE -> "  ~";
            case UNCONVINCED -> "  -";
        };
    }

    /** How many index lists lead the page (they are drawn apart, above the body). */
    private static int indexBlocks(Page page) {
        List<Block> blocks = page.blocks();
        int n = 0;
        while (n < blocks.size() && blocks.get(n) instanceof Items items && items.index()) {
            n++;
        }
        return n;
    }

    /** The page's blocks without its leading index lists: a view, so a page of thousands of blocks costs only those drawn. */
    private List<Block> bodyBlocks(Page page, int skipped) {
        List<Block> blocks = page.blocks().subList(skipped, page.blocks().size());
        if (page.view() == View.HELP) {
            // what the program is, then the keys, then the page's words (a glossary) last
            List<Block> with = new ArrayList<>(blocks.subList(0, Math.min(1, blocks.size())));
            with.addAll(keys.help());
            with.addAll(blocks.subList(Math.min(1, blocks.size()), blocks.size()));
            blocks = with;
        }
        return blocks;
    }

    /** Draws the scrolled body between rows {@code from} and {@code to}; returns the cursor's place. */
    private TerminalPosition body(Canvas c, Frame frame, int from, int to) {
        int viewport = Math.max(1, to - from);
        int width = c.columns() - 2;
        int skipped = indexBlocks(frame.page());
        Body body = new Body(bodyBlocks(frame.page(), skipped), frame.page().focus() - skipped, width, ascii, sideBySide,
                frame.page().view() != View.HELP);
        if (body.isEmpty()) {
            return new TerminalPosition(0, from);
        }
        boolean newPage = pageKey == null || !pageKey.is(frame.page());
        boolean resized = width != lastWidth || viewport != lastViewport;
        if (newPage) {
            top = body.start();
            lastFocus = null;
            pending = null;
        }
        top = valid(body, top);   // a resize can leave it past the end of its unit
        Body.Pos end = body.end();
        boolean paged = pending != null;
        if (pending != null) {
            int page = Math.max(1, viewport - 1);
            top = switch (pending) {
                case PAGE_DOWN -> min(body.forward(top, page), max(body.backward(end, viewport - 1), top));
                case PAGE_UP -> body.backward(top, page);
                case LINE_DOWN -> body.forward(top, 1);
                case LINE_UP -> body.backward(top, 1);
                case TOP -> body.start();
                case BOTTOM -> body.backward(end, viewport - 1);
            };
            pending = null;
        }
        if (newPage && frame.where() == Where.BEATS) {
            top = wordsInSight(body, top, viewport);
        }
        boolean listHere = Where.LISTS.contains(frame.where());
        Body.Unit focus = listHere ? body.focus() : null;
        if (focus != null && (newPage || resized || !focus.equals(lastFocus))) {
            top = reveal(body, focus, top, viewport);
        }
        // Never past the last full page: a list fills the screen and scrolls only as far as it must,
        // leaving no blank rows under its end (the lens on reading 7 of 9 in the readings).
        // (The last full page's top, a viewport above the end, is looked for only when fewer rows than a
        // viewport are left below the top: the rows at the end of a long page are not laid out for nothing.)
        if (!paged && body.rowsBetween(top, end, viewport) < viewport) {
            Body.Pos lastTop = body.backward(end, viewport - 1);
            if (top.compareTo(lastTop) > 0) {
                top = lastTop;
            }
        }
        lastFocus = focus;
        lastWidth = width;
        lastViewport = viewport;
        if (newPage) {
            pageKey = new PageId(frame.page());
        }

        TerminalPosition cursor = null;
        TerminalPosition anchor = null;
        Body.Unit u = top.unit();
        int line = top.line();
        int row = from;
        while (u != null && row < to) {
            List<Line> ls = body.lines(u);
            boolean selected = u.equals(focus);
            for (; line < ls.size() && row < to; line++, row++) {
                Line l = ls.get(line);
                if (selected && l.itemFrom() >= 0) {
                    c.fill(row, l.itemFrom(), width, Role.TEXT, true);
                }
                for (Line.Span s : l.spans()) {
                    if (s.link() == null) {
                        c.put(row, s.col(), s.text(), s.role(), selected && l.itemFrom() >= 0, width);
                    } else {
                        c.put(row, s.col(), s.text(), s.role(), selected && l.itemFrom() >= 0, width,
                                s.link(), s.link().hashCode() & 0x7fffffff);
                    }
                }
                if (l.cursor() >= 0) {
                    if (selected && cursor == null) {
                        cursor = new TerminalPosition(l.cursor(), row);
                    } else if (l.itemFrom() < 0 && anchor == null && frame.where() == Where.COMPARE) {
                        anchor = new TerminalPosition(l.cursor(), row);
                    }
                }
            }
            line = 0;
            u = body.next(u);
        }
        // The marks of more above and below on the rows that frame the body (the header or the beat list's
        // rule, the status), not on a row of text: a screen reader reads again a row whose text changed.
        boolean above = top.compareTo(body.start()) > 0;
        boolean below = body.rowsBetween(top, end, viewport) > viewport;
        if (above) {
            c.put(from - 1, c.columns() - 1, ascii ? "^" : "\u25B2", Role.MARKER, false);
        }
        if (below) {
            c.put(to, c.columns() - 1, ascii ? "v" : "\u25BC", Role.MARKER, false);
        }
        if (cursor != null) {
            return cursor;
        }
        return anchor != null ? anchor : new TerminalPosition(0, from);
    }

    /** Whether a row holds a list item's detail (a quote's words). */
    private static boolean hasDetail(Line line) {
        for (Line.Span span : line.spans()) {
            if (span.role() == Role.DETAIL) {
                return true;
            }
        }
        return false;
    }

    /**
     * On a beat page with the cursor in the beat list, the top that shows the first line of the
     * focused quote's words: the body scrolls down by as many rows as that takes, when they are at most a
     * quarter of it (at 80×24, the heading over what happens), so that a quote is seen, not only who
     * said it; else it stays at {@code top}.
     */
    private static Body.Pos wordsInSight(Body body, Body.Pos top, int viewport) {
        Body.Unit quote = body.focus();
        if (quote == null) {
            return top;
        }
        List<Line> lines = body.lines(quote);
        int words = 0;
        while (words < lines.size() && !hasDetail(lines.get(words))) {
            words++;
        }
        if (words == lines.size()) {
            return top;
        }
        int rows = body.rowsBetween(top, new Body.Pos(quote, words), viewport * 2);
        int missing = rows - viewport;
        if (missing <= 0 || missing > viewport / 4) {
            return top;
        }
        // Never into the middle of a paragraph: past the whole of each that would be cut, or not at all.
        Body.Pos at = body.forward(top, missing);
        while (at.line() > 0 && at.unit().compareTo(quote) < 0) {
            Body.Unit next = body.next(at.unit());
            at = new Body.Pos(next, 0);
            missing = body.rowsBetween(top, at, viewport) - 1;
            if (missing > viewport / 4) {
                return top;
            }
        }
        return at;
    }

    private static Body.Pos min(Body.Pos a, Body.Pos b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Body.Pos max(Body.Pos a, Body.Pos b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Body.Pos valid(Body body, Body.Pos p) {
        if (p == null) {
            return body.start();
        }
        Body.Unit last = body.last();
        if (p.unit().compareTo(last) > 0) {
            return new Body.Pos(last, 0);
        }
        Block b;
        try {
            b = body.block(p.unit());
        } catch (IndexOutOfBoundsException e) {
            return body.start();
        }
        if (b instanceof Items items ? p.unit().item() >= items.items().size() : p.unit().item() != -1) {
            return body.start();
        }
        int size = body.lines(p.unit()).size();
        return p.line() < size ? p : new Body.Pos(p.unit(), size - 1);
    }

    /**
     * The top row that shows the focused unit. While it is wholly on screen nothing moves; when it
     * is not, it goes to the top, so that a screen reader, which reads the changed rows from the
     * top down, reads it first. The first item of a list comes with the heading and text before
     * it when they fit (a beat in the reading walk).
     */
    private static Body.Pos reveal(Body body, Body.Unit focus, Body.Pos top, int viewport) {
        Body.Pos start = new Body.Pos(focus, 0);
        Body.Pos end = new Body.Pos(focus, body.lines(focus).size() - 1);
        if (start.compareTo(top) >= 0 && body.rowsBetween(top, end, viewport) <= viewport) {
            return top;
        }
        return withContext(body, focus, start, end, viewport);
    }

    private static Body.Pos withContext(Body body, Body.Unit focus, Body.Pos start, Body.Pos end, int viewport) {
        if (focus.item() != 0) {
            return start;
        }
        Body.Pos best = start;
        Body.Unit u = body.prev(focus);
        for (int steps = 0; u != null && steps < 3; steps++) {
            Body.Pos candidate = new Body.Pos(u, 0);
            if (body.rowsBetween(candidate, end, viewport) > viewport) {
                break;
            }
            best = candidate;
            if (body.block(u) instanceof Page.Heading) {
                break;
            }
            u = body.prev(u);
        }
        return best;
    }

    // ---- the matrix

    private static Grid grid(Page page) {
        return page.focused() instanceof Grid g ? g : null;
    }

    private TerminalPosition matrix(Canvas c, Page page, Grid grid, int from, int to) {
        int cols = c.columns();
        int nb = grid.rows().size();
        int nr = grid.columns().size();
        int selRow = Math.max(0, Math.min(nb - 1, grid.row()));
        int sel = Math.max(0, Math.min(nr - 1, grid.column()));
        String introText = null;
        for (Block b : page.blocks()) {
            if (b instanceof Text t) {
                introText = t.text();
                break;
            }
        }
        List<String> intro = introText == null ? List.of() : Wrap.lines(introText, cols);
        List<String> words = Wrap.lines(Words.cellSentence(grid) + " Enter opens it.", cols);
        StringBuilder legendText = new StringBuilder("Readings: ");
        for (int r = 0; r < nr; r++) {
            legendText.append(r == 0 ? "" : dot).append(r + 1).append(' ').append(grid.columns().get(r));
        }
        List<String> legend = Wrap.lines(legendText.toString(), cols);

        // Room: the column headings and up to half the rows for the grid; above it the words for
        // the cell under the cursor, then the explanation and the legend, which a screen reader
        // reads before the grid's numbers; the rest to the grid again.
        int avail = to - from;
        int gridRows = Math.min(nb, Math.max(Math.min(nb, Math.max(1, (avail - 1) / 2)),
                avail - 1 - intro.size() - words.size() - legend.size()));
        int left = avail - 1 - gridRows;
        int wordsShown = Math.min(words.size(), left);
        left -= wordsShown;
        int introShown = Math.min(intro.size(), left);
        left -= introShown;

        if (selRow < matrixTop) {
            matrixTop = selRow;
        } else if (selRow >= matrixTop + gridRows) {
            matrixTop = selRow - gridRows + 1;
        }
        matrixTop = Math.max(0, Math.min(matrixTop, nb - gridRows));
        // Cells as wide as the widest count on screen, so that every reading fits where it can.
        int widest = 5;
        for (int i = 0; i < gridRows && matrixTop + i < nb; i++) {
            List<Cell> cells = grid.cells().get(matrixTop + i);
            for (int r = 0; r < nr; r++) {
                widest = Math.max(widest, cellText(cells.get(r)).length());
            }
        }
        // All readings side by side if they fit with two spaces between cells, or one; else a window.
        // Columns are headed by the readings' names where the screen has room for them.
        int named = 0;
        for (int r = 0; r < nr; r++) {
            named = Math.max(named, Math.min(MATRIX_NAME, DisplayWidth.of(grid.columns().get(r))));
        }
        int cellWidth = widest + 2;
        int labelWidth;
        int visible;
        boolean names = cols - 2 - nr * Math.max(cellWidth, named + 2) >= 20;
        if (names) {
            cellWidth = Math.max(cellWidth, named + 2);
            visible = nr;
            labelWidth = Math.min(40, cols - 2 - nr * cellWidth);
        } else if (cols - 2 - nr * cellWidth >= 16) {
            visible = nr;
            labelWidth = Math.min(40, cols - 2 - nr * cellWidth);
        } else if (cols - 2 - nr * (widest + 1) >= 16) {
            cellWidth = widest + 1;
            visible = nr;
            labelWidth = Math.min(40, cols - 2 - nr * cellWidth);
        } else {
            labelWidth = Math.max(12, Math.min(30, cols * 3 / 10));
            visible = Math.max(1, Math.min(nr, (cols - labelWidth - 2) / cellWidth));
        }
        boolean cutNames = false;
        for (int r = 0; names && r < nr; r++) {
            cutNames |= DisplayWidth.of(grid.columns().get(r)) > cellWidth - 1;
        }
        // The legend of numbers only where the columns are numbered, or their names cut.
        int legendShown = names && !cutNames ? 0 : Math.min(legend.size(), left);
        if (sel < matrixLeft) {
            matrixLeft = sel;
        } else if (sel >= matrixLeft + visible) {
            matrixLeft = sel - visible + 1;
        }
        matrixLeft = Math.max(0, Math.min(matrixLeft, nr - visible));

        int row = from;
        row = lines(c, row, words, wordsShown, Role.STATUS);
        row = lines(c, row, intro, introShown, Role.TEXT);
        row = lines(c, row, legend, legendShown, Role.COUNT);
        int headerRow = row++;
        if (matrixLeft > 0) {
            c.put(headerRow, labelWidth - 2, ascii ? "<" : "\u25C0", Role.MARKER, false);
        }
        for (int i = 0; i < visible; i++) {
            int r = matrixLeft + i;
            String number = names ? Wrap.truncate(grid.columns().get(r), cellWidth - 1, more) : String.valueOf(r + 1);
            int x = labelWidth + i * cellWidth + (cellWidth - 1 - DisplayWidth.of(number));
            c.put(headerRow, x, number, r == sel ? Role.CURRENT : Role.HEADING, false);
        }
        if (matrixLeft + visible < nr) {
            c.put(headerRow, labelWidth + visible * cellWidth, ascii ? ">" : "\u25B6", Role.MARKER, false);
        }
        int numberWidth = Display.digits(nb);
        TerminalPosition cursor = null;
        for (int i = 0; i < gridRows && matrixTop + i < nb; i++) {
            int b = matrixTop + i;
            int y = row + i;
            String number = String.valueOf(b + 1);
            c.put(y, numberWidth - number.length(), number, Role.TEXT, false);
            String title = Wrap.truncate(grid.rows().get(b), labelWidth - numberWidth - 2, more);
            c.put(y, numberWidth + 1, title, b == selRow ? Role.CURRENT : Role.TEXT, false);
            List<Cell> cells = grid.cells().get(b);
            for (int k = 0; k < visible; k++) {
                int r = matrixLeft + k;
                String text = cellText(cells.get(r));
                int x = labelWidth + k * cellWidth;
                int tx = x + (cellWidth - 1 - text.length());
                boolean here = b == selRow && r == sel;
                if (here) {
                    c.fill(y, x, x + cellWidth - 1, Role.TEXT, true);
                    cursor = new TerminalPosition(tx, y);
                }
                c.put(y, tx, text, Role.TEXT, here);
            }
        }
        if (matrixTop > 0) {
            c.put(row, cols - 1, ascii ? "^" : "\u25B2", Role.MARKER, false);
        }
        if (matrixTop + gridRows < nb) {
            c.put(row + gridRows - 1, cols - 1, ascii ? "v" : "\u25BC", Role.MARKER, false);
        }
        return cursor;
    }

    /**
     * "3·1·0", which a screen reader reads as three numbers ("3/1/0" is "3 slash 1 slash 0");
     * a cell no quote bears on is a lone dot. Plain ASCII keeps the slashes and a dash.
     */
    private String cellText(Cell cell) {
        String apart = ascii ? "/" : "\u00B7";
        return cell.total() == 0 ? (ascii ? "-" : apart)
                : cell.supports() + apart + cell.complicates() + apart + cell.challenges();
    }

    /** The first {@code shown} of some lines, the last one marked when some are left out; returns the next row. */
    private int lines(Canvas c, int row, List<String> lines, int shown, Role role) {
        for (int i = 0; i < shown; i++) {
            String s = lines.get(i);
            if (i == shown - 1 && shown < lines.size()) {
                s = Wrap.truncate(s + " " + more, c.columns(), more);
            }
            c.put(row++, 0, s, role, false);
        }
        return row;
    }
}
