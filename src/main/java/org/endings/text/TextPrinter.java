package org.endings.text;

import java.util.ArrayList;
import java.util.List;

import org.endings.core.Mark;
import org.endings.core.Match;
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
    /**
     * Said once in a session and then only when asked for (look): how many quotes of a beat take no
     * stance on the reading, which the count of its quotes and their own stances tell again on
     * every beat; and the matrix's legend, which each cell's sentence makes plain.
     */
    private boolean othersSaid;
    private boolean legendSaid;

    TextPrinter(Navigator navigator) {
        this.navigator = navigator;
        this.presenter = navigator.presenter();
    }

    // ---- whole answers

    /** The whole page for a state, all of it, as look says it. */
    Answer page(State s) {
        return page(s, true);
    }

    /** The page for a state as it is said on arriving: what a session was told once is left out. */
    Answer arrive(State s) {
        return page(s, false);
    }

    private Answer page(State s, boolean whole) {
        Page page = presenter.page(s);
        Answer out = new Answer().header(header(s, page));
        if (page.view() == View.WALK) {
            walk(page, out);
        } else {
            blocks(told(page, whole), out, listsOf(page.view()), page.view() == View.QUOTE);
        }
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
     * After only the readings changed on a beat, a quote or a comparison (the lens, or the reading
     * compared with): where the reader is, then the lines that changed, each against the line in
     * its place before (not what happens, nor the setting, nor the quote's words, nor the side of a
     * comparison that stayed).
     */
    Answer changed(State before, State after) {
        List<Answer.Line> was = arrive(before).lines();
        List<Answer.Line> now = arrive(after).lines();
        List<Answer.Line> out = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            if (i == 0 || i >= was.size() || !was.get(i).text().equals(now.get(i).text())) {
                out.add(now.get(i));
            }
        }
        return Answer.of(out);
    }

    /**
     * The page's blocks, less what this session was already told once, unless {@code whole}: the
     * quotes of a beat that take no stance (the bearing sentence, found by being the one the page's
     * own list gives), and the matrix's legend (the paragraph before the grid).
     */
    private List<Block> told(Page page, boolean whole) {
        if (page.view() != View.BEAT && page.view() != View.MATRIX) {
            return page.blocks();
        }
        List<Block> blocks = new ArrayList<>(page.blocks());
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Grid && i > 0 && blocks.get(i - 1) instanceof Text) {
                if (legendSaid && !whole) {
                    blocks.remove(--i);
                }
                legendSaid = true;
            }
        }
        Items quotes = null;
        for (Block block : blocks) {
            if (block instanceof Items items && !items.index()) {
                quotes = items;
            }
        }
        if (page.view() == View.BEAT && quotes != null) {
            int[] stances = new int[3];
            int scene = 0;
            for (Item item : quotes.items()) {
                if (item.subject() instanceof Subject.OfQuote quote) {
                    switch (quote.stance()) {
                        case SUPPORTS -> stances[0]++;
                        case COMPLICATES -> stances[1]++;
                        case CHALLENGES -> stances[2]++;
                        default -> scene += quote.sceneRemark() ? 1 : 0;
                    }
                }
            }
            int bearing = stances[0] + stances[1] + stances[2];
            String said = Words.bearingOn(page.place().readingTitle(), stances[0], stances[1], stances[2]);
            String others = Words.noStance(quotes.items().size() - scene - bearing, scene);
            for (int i = 0; i < blocks.size() && !others.isEmpty(); i++) {
                if (blocks.get(i) instanceof Text text && text.text().equals(said + others + ".")) {
                    if (othersSaid && !whole) {
                        blocks.set(i, new Text(said + "."));
                    }
                    othersSaid = true;
                }
            }
        }
        return blocks;
    }

    /**
     * After a move within one page: where the reader is, then what is now in focus; a new beat of a
     * reading walk reads that beat's part of the walk.
     */
    Answer move(State before, State after) {
        Page page = presenter.page(after);
        // a step through the matches says the match: the count of them was said with the list
        Answer out = after.view() == View.SEARCH ? new Answer() : new Answer().header(header(after, page));
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

    /**
     * The words the search matched where a step through a search landed, when the match is shown on
     * a page of its own (whose message has said which match it is): "Matched “ring”: The ring comes
     * back…"; null without a search.
     */
    Answer match(State s) {
        State.SearchState search = s.search();
        if (search == null || search.matches().isEmpty() || search.currentMatch().marked().isEmpty()) {
            return null;
        }
        return new Answer().line(matched(search.currentMatch()));
    }

    /** A match read out: where it is, then the words the search matched and the snippet. */
    private static String matchLine(String position, Match match) {
        return position + ". " + sentence(match.where()) + " " + matched(match);
    }

    /** The words the search matched, which the explorer underlines, then the snippet they are in. */
    private static String matched(Match match) {
        return "Matched “" + match.marked() + "”"
                + (match.snippet() == null || match.snippet().isBlank() ? "." : ": " + match.snippet());
    }

    /** Only the line that says where the reader is. */
    Answer where(State s) {
        return new Answer().header(header(s, presenter.page(s)));
    }

    /** The beats, numbered, after their number and which one the reader is on. */
    Answer beats(State s) {
        Answer out = new Answer();
        Page beatPage = presenter.page(navigator.plain(s, View.BEAT));
        for (Block block : beatPage.blocks()) {
            if (block instanceof Items items && items.index()) {
                out.header(withoutStop(count(items)) + "; you are on beat " + (s.beat() + 1) + ".");
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
            // the lens is named where the page reads the beat through it: "Read as Consent: …"
            case BEAT -> page.position() + ", " + sentence(page.title());
            case WALK -> "Reading walk. " + page.position() + ": " + page.title() + ".";
            // the cell's sentence, which follows, names the beat and the reading
            case MATRIX -> "Matrix. Beat " + (page.place().beat() + 1) + " of " + page.place().beats() + ", reading "
                    + (page.place().reading() + 1) + " of " + page.place().readings() + ".";
            case COMPARE -> page.title() + ". " + page.position() + ".";
            // who said it and where are said once, under Who and Source
            case QUOTE -> page.position() + ". " + stanceOnLens(page);
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
        return (quote.stance() == Mark.PLAIN ? "No stance on " + reading + "."
                : capital(Words.stance(quote.stance())) + " " + reading + ".")
                + (quote.contested() ? " " + Words.CONTESTED : "");
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
            case BEAT, WALK, SOURCE, PERSON, COMPARE -> Lists.COUNT;
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
                        out.headed(heading.text(), text.text());
                    }
                } else {
                    out.line(sentence(heading.text()));
                }
            } else if (block instanceof Text text) {
                // on a quote's page, the header has said it is contested, and Bears on says how
                if (!(skipSaid && (out.says(text.text()) || text.text().equals(Words.CONTESTED_WHY)))) {
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
                    out.item(Words.matrixRow(grid, row), "beat", "beats");
                }
            } else if (block instanceof Split split) {
                side(split.leftTitle(), split.left(), out, lists);
                side(split.rightTitle(), split.right(), out, lists);
            }
        }
    }

    /**
     * One side of a split (two readings compared), its title leading its first paragraph:
     * "Consent: Ani decides…". Only the compare page has a split, and it skips nothing already said.
     */
    private void side(String title, List<Block> blocks, Answer out, Lists lists) {
        if (blocks.isEmpty()) {
            return;
        }
        if (blocks.get(0) instanceof Text first) {
            out.headed(title, first.text());
            blocks(blocks.subList(1, blocks.size()), out, lists, false);
        } else {
            out.line(sentence(title));
            blocks(blocks, out, lists, false);
        }
    }

    private void items(Items items, Answer out) {
        for (int i = 0; i < items.items().size(); i++) {
            out.item((items.firstNumber() + i) + ". " + item(items.items().get(i)), items.singular(), items.plural());
        }
    }

    private static String item(Item item) {
        String text = labelAndDetail(item);
        if (item.subject() instanceof Subject.OfMatch m && !m.match().otherForm().isEmpty()) {
            text += " Matched: “" + m.match().otherForm() + "”.";   // what the explorer underlines, when not as typed
        }
        return text;
    }

    private static String labelAndDetail(Item item) {
        String label = sentence(item.text());
        return item.detail() == null || item.detail().isBlank() ? label : label + " " + item.detail();
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
            Item item = items.items().get(items.selected());
            String position = capital(items.singular()) + " " + (items.firstNumber() + items.selected()) + " of " + total;
            if (item.subject() instanceof Subject.OfMatch m && !m.match().marked().isEmpty()) {
                out.line(matchLine(position, m.match()));
            } else {
                out.line(position + ". " + where + item(item));
            }
        } else {
            out.line(count((Items) blocks.get(first)));
        }
    }

    /** A list the reader can move through: any but the index of beats. */
    private static boolean isList(Block block) {
        return block instanceof Items items && !items.index();
    }

    /** A reading walk: the thesis, then each beat's gloss and how many quotes, a beat an item. */
    private void walk(Page page, Answer out) {
        List<Block> blocks = page.blocks();
        if (!blocks.isEmpty() && blocks.get(0) instanceof Text thesis) {
            out.line(thesis.text());
        }
        for (int beat = 0; 3 + 3 * beat < blocks.size(); beat++) {
            walkBeat(page, beat, out);
        }
    }

    /** The part of a reading walk about one beat, as one line: its heading, the gloss and how many quotes. */
    private void walkBeat(Page page, int beat, Answer out) {
        List<Block> blocks = page.blocks();
        int at = 1 + 3 * beat;
        if (at + 2 >= blocks.size()) {
            return;
        }
        if (blocks.get(at) instanceof Heading heading && blocks.get(at + 1) instanceof Text gloss
                && blocks.get(at + 2) instanceof Items quotes) {
            out.item(Answer.joined(heading.text(), sentence(gloss.text())) + " " + count(quotes), "beat", "beats");
        }
    }

    // ---- small words

    /** "5 quotes.", "No quotes.". */
    private static String count(Items items) {
        return Words.listed(items.items().size(), items.singular(), items.plural());
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
