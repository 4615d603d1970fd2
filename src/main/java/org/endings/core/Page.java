package org.endings.core;

import java.util.List;
import java.util.Objects;

/**
 * What a reader is shown, independent of the medium: the work, the page's title and position, the
 * place in the scene (beat and reading), what the page is about, the body as blocks, and the last
 * message. The full-screen explorer draws it, the text mode reads it out line by line, exporters
 * write it. Its items and its subject carry structure (a quote, its stance, its speaker), so a
 * front end chooses words, colour and markers without reading the labels back.
 */
public record Page(PageKey key, String work, String title, String position, Place place, Subject subject,
                   List<Block> blocks, int focus, Status status) {
    /**
     * {@code focus} is the index of the block the reader moves through, -1 when none: the list whose
     * selected item the reader is on, or the grid. A page can list thousands of blocks, made only when
     * read (the walk of a reading through every beat); a front end finds the reader's place through it
     * without reading them all.
     */
    public Page {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(place, "place");
        blocks = Lazy.immutable(blocks);
        if (focus < -1 || focus >= blocks.size()) {
            throw new IllegalArgumentException("focus " + focus + " of " + blocks.size() + " blocks");
        }
    }

    /** A page of blocks already made, whose focus is found by looking through them. */
    public Page(PageKey key, String work, String title, String position, Place place, Subject subject,
                List<Block> blocks, Status status) {
        this(key, work, title, position, place, subject, blocks, focusOf(blocks), status);
    }

    /** The view this page shows. */
    public View view() {
        return key.view();
    }

    /**
     * Where in the scene the page stands: beat {@code beat} (from 0) of {@code beats}, seen through
     * reading {@code reading} of {@code readings}, each with its title.
     */
    public record Place(int beat, int beats, String beatTitle, int reading, int readings, String readingTitle) {}

    /** "Reading: Consent": the reading the page is seen through. */
    public String lens() {
        String title = place.readingTitle();
        Lens last = lastLens;
        if (last != null && last.title == title) {
            return last.lens;   // a frame asks several times, and the next page mostly under the same reading
        }
        Lens made = new Lens(title, "Reading: " + title);
        lastLens = made;
        return made.lens;
    }

    /** The lens made last, for its reading's title (the very string: the model's). */
    private static volatile Lens lastLens;

    private static final class Lens {
        final String title;
        final String lens;

        Lens(String title, String lens) {
            this.title = title;
            this.lens = lens;
        }
    }


    /** The block the reader moves through, or null. */
    public Block focused() {
        return focus < 0 ? null : blocks.get(focus);
    }

    private static int focusOf(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Grid || (b instanceof Items items && items.focus() && items.selected() >= 0
                    && items.selected() < items.items().size())) {
                return i;
            }
        }
        return -1;
    }

    /** A part of a page's body. */
    public sealed interface Block permits Heading, Text, Items, Grid, Split {}

    /** A short heading over what follows. */
    public record Heading(String text) implements Block {}

    /**
     * A paragraph; {@code link}, where the paragraph is an address to open (a source's url), that
     * address, which a front end may make a link of (OSC 8, an HTML anchor); null otherwise.
     */
    public record Text(String text, String link) implements Block {
        /** A paragraph that links nowhere. */
        public Text(String text) {
            this(text, null);
        }

        /** The address as a paragraph that links to it. */
        public static Text link(String address) {
            return new Text(address, address);
        }
    }

    /**
     * A numbered list. {@code selected} is the marked item or -1; {@code focus} says the list is the
     * one the reader moves through; {@code index} marks a list of where one can go (the beats beside a
     * beat), which a linear reader can leave out and which comes before the rest of a page; items are
     * numbered from {@code firstNumber}.
     */
    public record Items(String singular, String plural, List<Item> items, int selected, boolean focus,
                        boolean index, int firstNumber) implements Block {
        public Items {
            items = Lazy.immutable(items);
        }

        /** "3 quotes", "1 beat". */
        public String count() {
            return Words.count(items.size(), singular, plural);
        }
    }

    /**
     * One item of a list: a one-line label, as phrases, an optional longer text, and what the item
     * stands for.
     */
    public record Item(List<Phrase> label, String detail, Subject subject) {
        public Item {
            label = List.copyOf(label);
        }

        /** An item labelled in plain words. */
        public Item(String label, String detail, Subject subject) {
            this(List.of(Phrase.plain(label)), detail, subject);
        }

        /** The label's words. */
        public String text() {
            return Phrase.text(label);
        }
    }

    /** The matrix: beats down, readings across, each cell the stance counts; the cursor at row, column. */
    public record Grid(List<String> rows, List<String> columns, List<List<Cell>> cells, int row, int column)
            implements Block {
        public Grid {
            rows = Lazy.immutable(rows);
            columns = Lazy.immutable(columns);
            cells = Lazy.immutable(cells);
        }
    }

    /** How many quotes support, complicate and challenge a reading at a beat. */
    public record Cell(int supports, int complicates, int challenges) {
        public int total() {
            return supports + complicates + challenges;
        }
    }

    /** Two things side by side (stacked where there is no room): two readings compared. */
    public record Split(String leftTitle, List<Block> left, String rightTitle, List<Block> right) implements Block {
        public Split {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }
    }
}
