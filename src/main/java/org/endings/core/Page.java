package org.endings.core;

import java.util.List;
import java.util.Objects;

/**
 * What a reader is shown, independent of the medium: the work, the page's title and position, the
 * lens, the body as blocks, and the last message. The full-screen explorer draws it, the text mode
 * reads it out line by line, exporters write it.
 */
public record Page(View view, String work, String title, String position, String lens,
                   List<Block> blocks, Status status) {
    public Page {
        Objects.requireNonNull(view, "view");
        blocks = Lazy.immutable(blocks);
    }

    /** A part of a page's body. */
    public sealed interface Block permits Heading, Text, Items, Grid, Split {}

    /** A short heading over what follows. */
    public record Heading(String text) implements Block {}

    /** A paragraph. */
    public record Text(String text) implements Block {}

    /**
     * A numbered list. {@code selected} is the marked item or -1; {@code focus} says the list is the
     * one the reader moves through; {@code index} marks a list of where one can go (the beats beside a
     * beat), which a linear reader can leave out; items are numbered from {@code firstNumber}.
     */
    public record Items(String singular, String plural, List<Item> items, int selected, boolean focus,
                        boolean index, int firstNumber) implements Block {
        public Items {
            items = Lazy.immutable(items);
        }

        /** "3 quotes", "1 beat". */
        public String count() {
            return items.size() + " " + (items.size() == 1 ? singular : plural);
        }
    }

    /** One item of a list: a one-line label and an optional longer text. */
    public record Item(String label, String detail) {}

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

    /** Two things side by side (stacked where there is no room): two readings, or two wordings. */
    public record Split(String leftTitle, List<Block> left, String rightTitle, List<Block> right) implements Block {
        public Split {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }
    }
}
