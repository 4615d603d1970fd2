package org.endings.tui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.endings.core.Mark;
import org.endings.core.Page.Block;
import org.endings.core.Page.Heading;
import org.endings.core.Page.Item;
import org.endings.core.Page.Items;
import org.endings.core.Page.Split;
import org.endings.core.Page.Text;
import org.endings.core.Phrase;
import org.endings.core.Subject;
import org.endings.terminal.DisplayWidth;
import org.endings.terminal.Sanitizer;
import org.endings.terminal.Wrap;

/**
 * A page's body laid out at a width, one unit at a time: a heading, a paragraph, a list's count
 * line, one list item, a split. Units are laid out only when asked for, so a list of two thousand
 * items costs the items on the screen, not the list.
 */
final class Body {
    /** A unit: block {@code block}; for a list, item {@code item} or -1 for its count line. */
    record Unit(int block, int item) implements Comparable<Unit> {
        @Override
        public int compareTo(Unit o) {
            return block != o.block ? Integer.compare(block, o.block) : Integer.compare(item, o.item);
        }

        // equals and hashCode by hand, here and in Pos: a record's own are made at first use through
        // ObjectMethods' method handles, ~15 ms of the explorer's first frame.
        @Override
        public boolean equals(Object o) {
            return o instanceof Unit u && u.block == block && u.item == item;
        }

        @Override
        public int hashCode() {
            return block * 31 + item;
        }
    }

    /** A row of the body: line {@code line} of a unit. */
    record Pos(Unit unit, int line) implements Comparable<Pos> {
        @Override
        public int compareTo(Pos o) {
            int c = unit.compareTo(o.unit);
            return c != 0 ? c : Integer.compare(line, o.line);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Pos p && p.line == line && p.unit.equals(unit);
        }

        @Override
        public int hashCode() {
            return unit.hashCode() * 31 + line;
        }
    }


    private final List<Block> blocks;
    /** The paragraphs that start with the label of the heading they were under: block index, label's length. */
    private final Map<Integer, Integer> labels = new HashMap<>();
    private final int focus;
    private final int width;
    private final boolean ascii;
    private final boolean sideBySide;
    private final Map<Unit, List<Line>> laidOut = new HashMap<>();

    /** {@code focus}: the index of the block the reader moves through, or -1 (see {@link org.endings.core.Page#focus}). */
    Body(List<Block> blocks, int focus, int width, boolean ascii) {
        this(blocks, focus, width, ascii, false);
    }

    /**
     * {@code sideBySide}: a split's two columns side by side where each is at least 36 wide, as the
     * reader asked; otherwise, and by default, one above the other, since a screen reader reads a
     * row straight across both columns.
     */
    Body(List<Block> blocks, int focus, int width, boolean ascii, boolean sideBySide) {
        this(blocks, focus, width, ascii, sideBySide, false);
    }

    /**
     * {@code labelsInline}: a short heading over one paragraph ("What happens", "Read as Consent", "Who")
     * starts the paragraph as its label ("What happens: Igor has driven…"), so that a screen reader,
     * which reads only the rows that changed, says the label with the words it labels; a heading
     * that is a sentence or a title of its own (it holds a colon) stays on its own row.
     */
    Body(List<Block> blocks, int focus, int width, boolean ascii, boolean sideBySide, boolean labelsInline) {
        if (labelsInline) {
            List<Block> merged = new ArrayList<>(blocks.size());
            int shift = 0;
            for (int i = 0; i < blocks.size(); i++) {
                if (i + 1 < blocks.size() && blocks.get(i) instanceof Heading h && blocks.get(i + 1) instanceof Text t
                        && t.link() == null && isLabel(h.text())) {
                    labels.put(merged.size(), h.text().length());
                    merged.add(new Text(h.text() + ": " + t.text()));
                    if (i < focus) {
                        shift++;
                    }
                    i++;
                } else {
                    merged.add(blocks.get(i));
                }
            }
            blocks = merged;
            focus -= shift;
        }
        this.blocks = blocks;
        this.focus = focus;
        this.width = Math.max(1, width);
        this.ascii = ascii;
        this.sideBySide = sideBySide;
    }

    /** A heading short enough to be a label, and not a sentence or title of its own. */
    private static boolean isLabel(String heading) {
        return heading.length() <= 40 && heading.indexOf(':') < 0 && !heading.endsWith(".");
    }

    boolean isEmpty() {
        return blocks.isEmpty();
    }

    Unit first() {
        return blocks.isEmpty() ? null : firstOf(0);
    }

    Unit last() {
        if (blocks.isEmpty()) {
            return null;
        }
        int b = blocks.size() - 1;
        if (blocks.get(b) instanceof Items items && !items.items().isEmpty()) {
            return new Unit(b, items.items().size() - 1);
        }
        return new Unit(b, -1);
    }

    Unit next(Unit u) {
        if (blocks.get(u.block()) instanceof Items items && u.item() + 1 < items.items().size()) {
            return new Unit(u.block(), u.item() + 1);
        }
        return u.block() + 1 < blocks.size() ? firstOf(u.block() + 1) : null;
    }

    Unit prev(Unit u) {
        if (u.item() >= 0 && blocks.get(u.block()) instanceof Items) {
            return new Unit(u.block(), u.item() - 1);
        }
        if (u.block() == 0) {
            return null;
        }
        int b = u.block() - 1;
        if (blocks.get(b) instanceof Items items && !items.items().isEmpty()) {
            return new Unit(b, items.items().size() - 1);
        }
        return new Unit(b, -1);
    }

    private Unit firstOf(int block) {
        return new Unit(block, -1);
    }

    Block block(Unit u) {
        return blocks.get(u.block());
    }

    /** The unit the reader's focus is on: the selected item of a list that has the focus, or null. */
    Unit focus() {
        if (focus >= 0 && focus < blocks.size() && blocks.get(focus) instanceof Items items && items.focus()
                && items.selected() >= 0 && items.selected() < items.items().size()) {
            return new Unit(focus, items.selected());
        }
        return null;
    }

    Pos start() {
        return blocks.isEmpty() ? null : new Pos(first(), 0);
    }

    Pos end() {
        if (blocks.isEmpty()) {
            return null;
        }
        Unit u = last();
        return new Pos(u, lines(u).size() - 1);
    }

    /** The rows of a unit, laid out once per body. */
    List<Line> lines(Unit u) {
        List<Line> out = laidOut.get(u);
        if (out == null) {
            out = layOut(u);
            if (out.isEmpty()) {
                out = List.of(Line.BLANK);
            }
            laidOut.put(u, out);
        }
        return out;
    }

    /** The position {@code n} rows after {@code p}, or the last row. */
    Pos forward(Pos p, int n) {
        Unit u = p.unit();
        int line = p.line() + n;
        while (true) {
            int size = lines(u).size();
            if (line < size) {
                return new Pos(u, line);
            }
            Unit next = next(u);
            if (next == null) {
                return new Pos(u, size - 1);
            }
            line -= size;
            u = next;
        }
    }

    /** The position {@code n} rows before {@code p}, or the first row. */
    Pos backward(Pos p, int n) {
        Unit u = p.unit();
        int line = p.line() - n;
        while (line < 0) {
            Unit prev = prev(u);
            if (prev == null) {
                return new Pos(u, 0);
            }
            u = prev;
            line += lines(u).size();
        }
        return new Pos(u, line);
    }

    /** How many rows from {@code from} to {@code to}, both included; stops counting past {@code limit}. */
    int rowsBetween(Pos from, Pos to, int limit) {
        if (to.compareTo(from) < 0) {
            return 0;
        }
        int count = 0;
        Unit u = from.unit();
        int line = from.line();
        while (u != null) {
            List<Line> ls = lines(u);
            if (u.equals(to.unit())) {
                return count + (to.line() - line + 1);
            }
            count += ls.size() - line;
            if (count > limit) {
                return count;
            }
            line = 0;
            u = next(u);
        }
        return count;
    }

    // ---- laying out

    private List<Line> layOut(Unit u) {
        Block b = blocks.get(u.block());
        boolean first = u.block() == 0;
        if (b instanceof Heading h) {
            List<Line> out = new ArrayList<>();
            if (!first) {
                out.add(Line.BLANK);
            }
            for (String s : Wrap.lines(Glyphs.heard(h.text()), width)) {
                out.add(Line.of(0, s, Role.HEADING));
            }
            return out;
        }
        if (b instanceof Text t) {
            List<Line> out = new ArrayList<>();
            if (t.link() != null) {
                // an address as written, to be copied or opened: no hyphen made unbreakable for the ear
                for (String s : Wrap.lines(t.text(), width)) {
                    out.add(new Line(List.of(new Line.Span(0, s, Role.TEXT, t.link())), -1, -1));
                }
                return out;
            }
            Integer label = labels.get(u.block());
            if (label != null) {
                return labelled(t.text(), label, first);
            }
            for (String s : Wrap.lines(Glyphs.heard(t.text()), width)) {
                out.add(Line.of(0, s, Role.TEXT));
            }
            return out;
        }
        if (b instanceof Items items) {
            if (u.item() < 0) {
                List<Line> out = new ArrayList<>();
                if (!first && !(blocks.get(u.block() - 1) instanceof Heading)) {
                    out.add(Line.BLANK);
                }
                String count = items.items().isEmpty() ? "No " + items.plural() + "." : items.count() + ":";
                out.add(Line.of(0, Wrap.truncate(count, width, marker()), Role.COUNT));
                return out;
            }
            return item(items, u.item(), 0, width);
        }
        if (b instanceof Split split) {
            List<Line> out = split(split);
            return first ? out.subList(1, out.size()) : out;
        }
        return List.of(Line.of(0, Wrap.truncate(b.toString(), width, marker()), Role.TEXT));
    }

    /** A paragraph that starts with its heading's label: a blank row before it, the label drawn as a heading. */
    private List<Line> labelled(String text, int label, boolean first) {
        List<Line> out = new ArrayList<>();
        if (!first) {
            out.add(Line.BLANK);
        }
        String heard = Glyphs.heard(text);
        // the label's end in the text as heard (a hyphen made unbreakable keeps the length)
        int end = Math.min(heard.length(), label + 1);
        List<String> lines = Wrap.lines(heard, width);
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i);
            if (i == 0 && s.length() >= end) {
                out.add(new Line(List.of(new Line.Span(0, s.substring(0, end), Role.HEADING),
                        new Line.Span(DisplayWidth.of(s, 0, end), s.substring(end), Role.TEXT)), -1, -1));
            } else {
                out.add(Line.of(0, s, Role.TEXT));
            }
        }
        return out;
    }

    private String marker() {
        return ascii ? "..." : "\u2026";
    }

    /**
     * One list item: its number, its label wrapped beside it, its detail below the label. A quote's
     * bearing on the reading in use ("Supports Consent. Contested.") comes first, on its own rows,
     * then who said it and where: a change of lens changes those rows only, and the attribution
     * stays as it was, which a screen reader then does not read again.
     */
    static List<Line> item(Items items, int k, int col, int width) {
        int last = items.firstNumber() + items.items().size() - 1;
        int numberWidth = org.endings.tui.terminal.Display.digits(Math.max(1, last));
        Item item = items.items().get(k);
        int n = items.firstNumber() + k;
        int slot = (item.label().isEmpty() ? 0 : item.label().get(0).text().hashCode()) * 31 + n * 17 + width * 7 + col;
        slot = (slot ^ (slot >>> 16)) & (LAID_OUT_ITEMS.length - 1);
        LaidOutItem kept = LAID_OUT_ITEMS[slot];
        if (kept != null && kept.isFor(item, n, numberWidth, col, width)) {
            return kept.lines;
        }
        List<Line> lines = List.copyOf(layOutItem(items, k, col, width, numberWidth));
        LAID_OUT_ITEMS[slot] = new LaidOutItem(item, n, numberWidth, col, width, lines);
        return lines;
    }


    /**
     * The items laid out last, a slot each by their first words, number and width: a key mostly moves
     * the selection among items drawn the frame before, on a page made again, whose items are equal
     * to those before but not the same objects. Shared by the explorer's thread and its rehearsal's
     * without a lock: an entry is immutable and replaced whole.
     */
    private static final LaidOutItem[] LAID_OUT_ITEMS = new LaidOutItem[256];

    /** An item's rows, and what they were made from: all the layout depends on. */
    private static final class LaidOutItem {
        final Item item;
        final int number;
        final int numberWidth;
        final int col;
        final int width;
        final List<Line> lines;

        LaidOutItem(Item item, int number, int numberWidth, int col, int width, List<Line> lines) {
            this.item = item;
            this.number = number;
            this.numberWidth = numberWidth;
            this.col = col;
            this.width = width;
            this.lines = lines;
        }

        /**
         * Whether these rows are those of {@code other} at this place: the same words in the same
         * marks, the same detail, the same kind of subject and, for a match, the same words found.
         * Compared field by field: a record's own equals is made at its first use, through method handles.
         */
        boolean isFor(Item other, int number, int numberWidth, int col, int width) {
            if (number != this.number || numberWidth != this.numberWidth || col != this.col || width != this.width) {
                return false;
            }
            if (other == item) {
                return true;
            }
            List<Phrase> a = item.label();
            List<Phrase> b = other.label();
            if (a.size() != b.size() || !java.util.Objects.equals(item.detail(), other.detail())) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i).mark() != b.get(i).mark() || !a.get(i).text().equals(b.get(i).text())) {
                    return false;
                }
            }
            Subject s = item.subject();
            Subject t = other.subject();
            if (s instanceof Subject.OfMatch m) {
                return t instanceof Subject.OfMatch o && m.match().markFrom() == o.match().markFrom()
                        && m.match().markTo() == o.match().markTo();
            }
            return (s instanceof Subject.OfQuote) == (t instanceof Subject.OfQuote) && !(t instanceof Subject.OfMatch);
        }
    }

    static List<Line> layOutItem(Items items, int k, int col, int width, int numberWidth) {
        String number = String.valueOf(items.firstNumber() + k);
        String pad = " ".repeat(numberWidth - number.length());
        int indent = numberWidth + 1;
        int textWidth = Math.max(1, width - indent);
        Item item = items.items().get(k);
        List<Line> out = new ArrayList<>();
        List<Phrase> all = item.label();
        List<List<Phrase>> parts = item.subject() instanceof Subject.OfQuote && all.size() > 1
                ? List.of(all.subList(1, all.size()), all.subList(0, 1)) : List.of(all);
        int numberCol = col + pad.length();
        for (List<Phrase> part : parts) {
            // The phrases cleaned one by one, so that their offsets hold in the wrapped lines of the whole.
            List<Phrase> phrases = new ArrayList<>(part.size());
            for (Phrase p : part) {
                phrases.add(new Phrase(Glyphs.heard(Sanitizer.clean(p.text())), p.mark()));
            }
            String text = Phrase.text(phrases);
            List<String> label = Wrap.lines(text, textWidth);
            int at = 0;
            for (int i = 0; i < label.size(); i++) {
                boolean numbered = out.isEmpty();
                List<Line.Span> spans = new ArrayList<>();
                if (numbered) {
                    spans.add(new Line.Span(numberCol, number, Role.TEXT));
                }
                String line = label.get(i);
                int found = text.indexOf(line, at);
                at = found < 0 ? at : found;
                markedSpans(phrases, line, at, col + indent, spans);
                at += line.length();
                out.add(new Line(spans, col, numbered ? numberCol : -1));
            }
        }
        if (item.detail() != null && !item.detail().isBlank()) {
            // a match's snippet: the words the search matched are FOUND
            int[] found = item.subject() instanceof Subject.OfMatch m && m.match().markTo() > m.match().markFrom()
                    && Sanitizer.isSafeLine(item.detail()) ? new int[] {m.match().markFrom(), m.match().markTo()} : null;
            String detail = Glyphs.heard(item.detail());
            int next = 0;
            for (String s : Wrap.lines(detail, textWidth)) {
                int start = Math.max(next, detail.indexOf(s, next));
                next = start + s.length();
                if (found == null || found[1] <= start || found[0] >= next) {
                    out.add(new Line(List.of(new Line.Span(col + indent, s, Role.DETAIL)), col, -1));
                    continue;
                }
                int a = Math.max(found[0], start) - start;
                int b = Math.min(found[1], next) - start;
                List<Line.Span> spans = new ArrayList<>(3);
                spans.add(new Line.Span(col + indent, s.substring(0, a), Role.DETAIL));
                spans.add(new Line.Span(col + indent + DisplayWidth.of(s, 0, a), s.substring(a, b), Role.FOUND));
                spans.add(new Line.Span(col + indent + DisplayWidth.of(s, 0, b), s.substring(b), Role.DETAIL));
                out.add(new Line(spans, col, -1));
            }
        }
        return out;
    }

    /**
     * One wrapped line of a label as spans, each phrase in the role its mark gives (a stance, the
     * word "Contested."); {@code from} is where the line starts in the label's text.
     */
    private static void markedSpans(List<Phrase> phrases, String line, int from, int col, List<Line.Span> out) {
        int to = from + line.length();
        int start = 0;
        int spanStart = 0;
        Role spanRole = null;
        for (Phrase p : phrases) {
            int end = start + p.text().length();
            int a = Math.max(start, from);
            int b = Math.min(end, to);
            if (a < b) {
                Role role = roleOf(p.mark());
                if (spanRole != null && role != spanRole) {
                    out.add(new Line.Span(col + DisplayWidth.of(line, 0, spanStart), line.substring(spanStart, a - from),
                            spanRole));
                    spanStart = a - from;
                }
                spanRole = role;
            }
            start = end;
        }
        if (spanRole == null || spanStart < line.length() || out.isEmpty()) {
            out.add(new Line.Span(col + DisplayWidth.of(line, 0, spanStart), line.substring(spanStart),
                    spanRole == null ? Role.TEXT : spanRole));
        }
    }

    private static Role roleOf(Mark mark) {
        return switch (mark) {
            case PLAIN -> Role.TEXT;
            case SUPPORTS -> Role.SUPPORTS;
            case COMPLICATES -> Role.COMPLICATES;
            case CHALLENGES -> Role.CHALLENGES;
            case CONTESTED -> Role.CONTESTED;
        };
    }

    /** One column above the other; side by side when the reader asked and each is at least 36 wide. */
    private List<Line> split(Split split) {
        int gap = 3;
        int left = (width - gap) / 2;
        if (!sideBySide || left < 36) {
            List<Line> out = new ArrayList<>();
            out.add(Line.BLANK);
            out.addAll(column(split.leftTitle(), split.left(), 0, width, false));
            out.add(Line.BLANK);
            out.addAll(column(split.rightTitle(), split.right(), 0, width, true));
            return out;
        }
        int right = width - gap - left;
        List<Line> a = column(split.leftTitle(), split.left(), 0, left, false);
        List<Line> b = column(split.rightTitle(), split.right(), left + gap, right, true);
        List<Line> out = new ArrayList<>();
        out.add(Line.BLANK);
        String bar = ascii ? "|" : "\u2502";
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            List<Line.Span> spans = new ArrayList<>();
            int cursor = -1;
            if (i < a.size()) {
                spans.addAll(a.get(i).spans());
            }
            spans.add(new Line.Span(left + 1, bar, Role.RULE));
            if (i < b.size()) {
                spans.addAll(b.get(i).spans());
                cursor = b.get(i).cursor();
            }
            out.add(new Line(spans, -1, cursor));
        }
        return out;
    }

    /** One side of a split: its title (the cursor's place, on the right side), then its blocks. */
    private List<Line> column(String title, List<Block> blocks, int col, int w, boolean cursorOnTitle) {
        List<Line> out = new ArrayList<>();
        List<String> titleLines = Wrap.lines(title, w);
        for (int i = 0; i < titleLines.size(); i++) {
            out.add(new Line(List.of(new Line.Span(col, titleLines.get(i), Role.HEADING)), -1,
                    cursorOnTitle && i == 0 ? col : -1));
        }
        for (Block b : blocks) {
            if (b instanceof Text t) {
                out.add(Line.BLANK);
                for (String s : Wrap.lines(Glyphs.heard(t.text()), w)) {
                    out.add(Line.of(col, s, Role.TEXT));
                }
            } else if (b instanceof Heading h) {
                out.add(Line.BLANK);
                for (String s : Wrap.lines(Glyphs.heard(h.text()), w)) {
                    out.add(Line.of(col, s, Role.HEADING));
                }
            } else if (b instanceof Items items) {
                out.add(Line.BLANK);
                String count = items.items().isEmpty() ? "No " + items.plural() + "." : items.count() + ":";
                out.add(Line.of(col, Wrap.truncate(count, w, marker()), Role.COUNT));
                for (int k = 0; k < items.items().size(); k++) {
                    for (Line l : item(items, k, col, w)) {
                        out.add(new Line(l.spans(), -1, -1));
                    }
                }
            }
        }
        return out;
    }
}
