package org.endings.text;

import java.util.ArrayList;
import java.util.List;

import org.endings.core.Mark;
import org.endings.core.Navigator;
import org.endings.core.Page;
import org.endings.core.Page.Block;
import org.endings.core.Page.Grid;
import org.endings.core.Page.Heading;
import org.endings.core.Page.Item;
import org.endings.core.Page.Items;
import org.endings.core.Page.Split;
import org.endings.core.Page.Text;
import org.endings.core.Presenter;
import org.endings.core.Round;
import org.endings.core.State;
import org.endings.core.Subject;
import org.endings.core.View;
import org.endings.core.Words;

/**
 * Reads the core's pages out as lines, for a listener: the first line says where the reader is, a
 * heading and its paragraph make one line, lists say their size first and number their items, the
 * matrix is one sentence per beat and a comparison gives one reading, then the other, each labelled.
 * The quotes of a beat or a walk are only counted on the page; the quotes command reads them.
 */
final class TextPrinter {
    /** How a page's lists are read. */
    private enum Lists {
        /** The size alone: the quotes of a beat or a walk, which the quotes command reads out. */
        COUNT,
        /** The size, then the numbered items. */
        FULL,
        /** The numbered items: the header has said the size. */
        ITEMS
    }

    private final Navigator navigator;
    private final Presenter presenter;

    TextPrinter(Navigator navigator) {
        this.navigator = navigator;
        this.presenter = navigator.presenter();
    }

    // ---- whole answers

    /** The whole page for a state. */
    Answer page(State s) {
        Page page = presenter.page(s);
        Answer out = new Answer().header(header(s, page));
        blocks(page.blocks(), out, listsOf(page.view()), page.view() == View.QUOTE);
        return roundHint(s, out);
    }

    /**
     * A step of a round after another: what the reader has just heard of the same quote (its beat and
     * words) is not said again, so that each is heard once; then how to answer.
     */
    Answer round(State before, State after) {
        Page page = presenter.page(after);
        List<Block> blocks = page.blocks();
        int said = 0;
        if (before.view() == View.TEST && before.round() != null && after.round() != null
                && before.round().seed() == after.round().seed() && before.round().at() == after.round().at()) {
            List<Block> heard = presenter.page(before).blocks();
            while (said < Math.min(blocks.size(), heard.size()) && blocks.get(said).equals(heard.get(said))) {
                said++;
            }
        }
        Answer out = new Answer().header(header(after, page));
        blocks(blocks.subList(said, blocks.size()), out, listsOf(page.view()), false);
        return roundHint(after, out);
    }

    /** In a round, how to answer what was just asked, in the text mode's words. */
    private static Answer roundHint(State s, Answer out) {
        if (s.view() != View.TEST || s.round() == null) {
            return out;
        }
        Round round = s.round();
        return out.line(switch (round.step()) {
            case READING -> "Type a number, or a reading and a way (hope supports), or none.";
            case WAY -> "Type 1, 2 or 3, or the way: supports, complicates or challenges.";
            case REVEAL -> "Press Enter, or type next, for " + (round.replies().size() == round.size() ? "the summary."
                    : "quote " + (round.at() + 2) + " of " + round.size() + ".");
            case SUMMARY -> "Type challenge for the quotes against the reading you lean to, or test for another round.";
        });
    }

    /**
     * After a move within one page: where the reader is, then what is now in focus; a new beat of a
     * reading walk reads that beat's part of the walk.
     */
    Answer move(State before, State after) {
        Page page = presenter.page(after);
        Answer out = new Answer().header(header(after, page));
        switch (after.view()) {
            case MATRIX -> {
                // The cell the reader moved to, then, on a new beat, that beat's row.
                for (Block block : page.blocks()) {
                    if (block instanceof Grid grid) {
                        out.line(Words.cellSentence(grid));
                        if (before.beat() != after.beat()) {
                            out.line(Words.matrixRow(grid, grid.row()));
                        }
                    }
                }
            }
            case WALK -> {
                if (before.beat() != after.beat()) {
                    walkBeat(page, after.beat(), out);
                } else {
                    focused(page, out);
                }
            }
            case BEAT, SCENE, READINGS, SOURCES, SEARCH, SOURCE, PERSON, AGAINST -> focused(page, out);
            case TEST -> {
                // the choice under the cursor, by the number that chooses it
                if (page.focused() instanceof Items items) {
                    out.line((items.firstNumber() + items.selected()) + ". " + item(items.items().get(items.selected())));
                }
            }
            default -> blocks(page.blocks(), out, listsOf(page.view()), page.view() == View.QUOTE);
        }
        return out;
    }

    /** Only the line that says where the reader is. */
    Answer where(State s) {
        return new Answer().header(header(s, presenter.page(s)));
    }

    /** Where the reader is, then the beats, numbered. */
    Answer beats(State s) {
        Answer out = where(s);
        Page beatPage = presenter.page(navigator.plain(s, View.BEAT));
        for (Block block : beatPage.blocks()) {
            if (block instanceof Items items && items.index()) {
                out.line(count(items));
                items(items, out);
            }
        }
        return out;
    }

    /**
     * The quotes listed on this beat or reading walk (or the list an open quote came from), each with
     * who, where, which way and the words; null where no quotes are listed.
     */
    Answer quotes(State s) {
        State list = navigator.quoteListState(s);
        if (list == null) {
            return null;
        }
        Page page = presenter.page(list);
        Answer out = new Answer().header(header(list, page));
        List<Items> lists = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        collectLists(page, list.view() != View.COMPARE, lists, headings);
        int total = lists.stream().mapToInt(items -> items.items().size()).sum();
        out.line(Words.listed(total, "quote", "quotes"));
        for (int i = 0; i < lists.size(); i++) {
            Items items = lists.get(i);
            if (lists.size() > 1 && !items.items().isEmpty() && headings.get(i) != null) {
                out.line(sentence(headings.get(i)));
            }
            items(items, out);
        }
        return out;
    }

    /** What the program is, in the core's words: the first paragraph of its help page. */
    String about(State s) {
        for (Block block : presenter.page(navigator.plain(s, View.HELP)).blocks()) {
            if (block instanceof Text text) {
                return text.text();
            }
        }
        return "";
    }

    /** The rest of the help page, a line each: the words the pages use (lens, stance, …). */
    List<String> glossary(State s) {
        List<String> out = new ArrayList<>();
        List<Block> blocks = presenter.page(navigator.plain(s, View.HELP)).blocks();
        for (int i = 1; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading heading) {
                out.add(sentence(heading.text()));
            } else if (blocks.get(i) instanceof Text text) {
                out.add(text.text());
            }
        }
        return out;
    }

    // ---- the first line: where the reader is

    private String header(State s, Page page) {
        return switch (page.view()) {
            case BEAT -> page.position() + ", " + page.title() + ". " + page.lens() + ".";
            case WALK -> "Reading walk. " + page.position() + ": " + page.title() + ".";
            case MATRIX -> "Matrix. Beat " + (page.place().beat() + 1) + " of " + page.place().beats() + ", "
                    + page.place().beatTitle() + ". " + page.lens() + ".";
            case COMPARE -> page.title() + ". " + page.position() + ".";
            case QUOTE -> page.position() + ". " + sentence(page.title()) + " " + stanceOnLens(page);
            // Every answer names the view first, so a listener knows where the list that follows belongs.
            case SCENE -> sentence(page.title()) + " " + count(firstList(page));
            case READINGS -> "Readings. " + withoutStop(count(firstList(page))) + "; the lens is "
                    + page.place().readingTitle() + ".";
            case SOURCES -> "Sources. " + count(firstList(page));
            case SEARCH -> "Search results. " + withoutStop(count(firstList(page))) + " for “" + s.search().query() + "”.";
            case SOURCE, PERSON -> page.position() + ": " + sentence(page.title());
            case MINE -> sentence(page.title());
            case HELP -> sentence(page.title());
            case TEST -> "Blind reading. " + sentence(page.position());
            case AGAINST -> sentence(page.title()) + " " + sentence(page.position());
        };
    }

    /** The quote's stance on the reading it is seen under: the lens, or the other one in compare. */
    private static String stanceOnLens(Page page) {
        Subject.OfQuote quote = (Subject.OfQuote) page.subject();
        String reading = page.place().readingTitle();
        return quote.stance() == Mark.PLAIN ? "No stance on " + reading + "."
                : capital(Words.stance(quote.stance())) + " " + reading + ".";
    }

    private static Items firstList(Page page) {
        for (Block block : page.blocks()) {
            if (block instanceof Items items && !items.index()) {
                return items;
            }
        }
        return new Items("item", "items", List.of(), -1, false, false, 1);
    }

    private static Lists listsOf(View view) {
        return switch (view) {
            case BEAT, WALK, SOURCE, PERSON -> Lists.COUNT;
            case SCENE, READINGS, SOURCES, SEARCH, TEST -> Lists.ITEMS;
            default -> Lists.FULL;
        };
    }

    // ---- the body

    /**
     * Reads blocks in order. With {@code skipSaid}, a paragraph the answer has already said (the
     * source of a quote, which its header names) is left out, with its heading.
     */
    private void blocks(List<Block> blocks, Answer out, Lists lists, boolean skipSaid) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Heading heading) {
                if (i + 1 < blocks.size() && blocks.get(i + 1) instanceof Text text) {
                    i++;
                    if (!(skipSaid && out.says(text.text()))) {
                        out.line(joined(heading.text(), text.text()));
                    }
                } else {
                    out.line(sentence(heading.text()));
                }
            } else if (block instanceof Text text) {
                if (!(skipSaid && out.says(text.text()))) {
                    out.line(text.text());
                }
            } else if (block instanceof Items items) {
                if (items.index()) {
                    continue; // the beats beside a beat page: the beats command lists them
                }
                if (lists != Lists.ITEMS) {
                    out.line(count(items));
                }
                if (lists != Lists.COUNT) {
                    items(items, out);
                }
            } else if (block instanceof Grid grid) {
                // the cell the reader is on first, as a move in the matrix says it; then every beat's row
                out.line(Words.cellSentence(grid));
                for (int row = 0; row < grid.rows().size(); row++) {
                    out.line(Words.matrixRow(grid, row));
                }
            } else if (block instanceof Split split) {
                side(split.leftTitle(), split.left(), out, lists, skipSaid);
                side(split.rightTitle(), split.right(), out, lists, skipSaid);
            }
        }
    }

    /** One side of a split, its title leading its first paragraph: "Consent: Ani decides…". */
    private void side(String title, List<Block> blocks, Answer out, Lists lists, boolean skipSaid) {
        List<Block> rest = new ArrayList<>();
        for (Block block : blocks) {
            if (!(skipSaid && block instanceof Text text && out.says(text.text()))) {
                rest.add(block);
            }
        }
        if (rest.isEmpty()) {
            return;
        }
        if (rest.get(0) instanceof Text first) {
            out.line(joined(title, first.text()));
            rest.remove(0);
        } else {
            out.line(sentence(title));
        }
        blocks(rest, out, lists, skipSaid);
    }

    private void items(Items items, Answer out) {
        for (int i = 0; i < items.items().size(); i++) {
            out.line((items.firstNumber() + i) + ". " + item(items.items().get(i)));
        }
    }

    private static String item(Item item) {
        String label = sentence(item.text());
        String text = item.detail() == null || item.detail().isBlank() ? label : label + " " + item.detail();
        if (item.subject() instanceof Subject.OfMatch m && !m.match().otherForm().isEmpty()) {
            text += " Matched: “" + m.match().otherForm() + "”.";   // what the explorer underlines, when not as typed
        }
        return text;
    }

    /**
     * The page's lists but the beat index, each with the heading it stands under (null when none),
     * a side of a comparison under its title; with {@code focusOnly}, only the lists the reader moves
     * through.
     */
    private static void collectLists(Page page, boolean focusOnly, List<Items> lists, List<String> headings) {
        collectLists(page.blocks(), null, focusOnly, lists, headings);
    }

    private static void collectLists(List<Block> blocks, String under, boolean focusOnly, List<Items> lists,
                                     List<String> headings) {
        String heading = under;
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                heading = h.text();
            } else if (block instanceof Items items && !items.index() && (items.focus() || !focusOnly)) {
                lists.add(items);
                headings.add(heading);
            } else if (block instanceof Split split) {
                collectLists(split.left(), split.leftTitle(), focusOnly, lists, headings);
                collectLists(split.right(), split.rightTitle(), focusOnly, lists, headings);
            }
        }
    }

    /**
     * "Quote 2 of 5. Sean Baker, …. Supports Consent. “…”": the focused item of the page's list. A page's
     * quote lists number their items on from one another (a reading walk has one a beat), so the last
     * list tells the total and the reader's place is found through the page's focus, without reading
     * a walk of 2,000 beats.
     */
    private void focused(Page page, Answer out) {
        List<Block> blocks = page.blocks();
        int first = -1;
        for (int i = 0; i < blocks.size() && first < 0; i++) {
            if (isList(blocks.get(i))) {
                first = i;
            }
        }
        if (first < 0) {
            return;
        }
        int last = blocks.size() - 1;
        while (!isList(blocks.get(last))) {
            last--;
        }
        if (page.focused() instanceof Items items && items.selected() >= 0 && items.selected() < items.items().size()) {
            Items end = (Items) blocks.get(last);
            int total = end.firstNumber() - 1 + end.items().size();
            String where = "";
            if (first != last) {
                for (int i = page.focus() - 1; i >= 0; i--) {
                    if (blocks.get(i) instanceof Heading h) {
                        where = sentence(h.text()) + " ";
                        break;
                    }
                }
            }
            out.line(capital(items.singular()) + " " + (items.firstNumber() + items.selected()) + " of " + total
                    + ". " + where + item(items.items().get(items.selected())));
        } else {
            out.line(count((Items) blocks.get(first)));
        }
    }

    /** A list the reader can move through: any but the index of beats. */
    private static boolean isList(Block block) {
        return block instanceof Items items && !items.index();
    }

    /** The part of a reading walk about one beat: its heading, the gloss and how many quotes. */
    private void walkBeat(Page page, int beat, Answer out) {
        List<Block> part = new ArrayList<>();
        int headings = -1;
        for (Block block : page.blocks()) {
            if (block instanceof Heading && ++headings > beat) {
                break;
            }
            if (headings == beat) {
                part.add(block);
            }
        }
        blocks(part, out, Lists.COUNT, false);
    }

    // ---- small words

    /** "5 quotes.", "No quotes.". */
    private static String count(Items items) {
        return Words.listed(items.items().size(), items.singular(), items.plural());
    }

    /** A heading and its paragraph as one line: "What happens: Igor…", "Beat 1 of 4: The ring. Igor…". */
    private static String joined(String heading, String text) {
        return heading.contains(":") ? sentence(heading) + " " + text : heading + ": " + text;
    }

    static String sentence(String text) {
        return Words.sentence(text);
    }

    private static String withoutStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    static String capital(String s) {
        return Words.capital(s);
    }
}
