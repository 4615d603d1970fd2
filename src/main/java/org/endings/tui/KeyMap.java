package org.endings.tui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

import org.endings.core.Action;
import org.endings.core.Page;
import org.endings.core.Standing;
import org.endings.core.View;
import org.endings.tui.KeyAction.Act;
import org.endings.tui.KeyAction.Ui;

/**
 * The one table of keys: (key, where it works, what it does, what help says, what the footer says).
 * It drives the dispatch, the footer and the help screen, so a key that does something is always
 * in the help.
 */
public final class KeyMap {

    /** One row of the table; {@code footer} is the footer's word for it, or null to leave it to help. */
    public record Binding(Key key, Set<Where> where, KeyAction command, String description, String footer) {
        public Binding {
            Objects.requireNonNull(key, "key");
            where = Set.copyOf(where);
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(description, "description");
        }
    }

    /** An entry of the footer: the keys ("j/k", "1-9") and the word for what they do. */
    public record FooterEntry(String keys, String words) {}

    private static final Set<Where> EVERYWHERE = Set.copyOf(EnumSet.allOf(Where.class));

    private final List<Binding> bindings;

    private KeyMap(List<Binding> bindings) {
        this.bindings = List.copyOf(bindings);
    }

    /** The explorer's key map. */
    public static KeyMap standard() {
        return new KeyMap(Table.build());
    }

    public List<Binding> bindings() {
        return bindings;
    }

    /** The binding a key stroke triggers here, or null. */
    public Binding find(KeyStroke stroke, Where where) {
        for (Binding b : bindings) {
            if (b.where().contains(where) && b.key().matches(stroke)) {
                return b;
            }
        }
        return null;
    }

    /** The footer's entries here, in the table's order; keys with the same word are joined: "j/k quote". */
    public List<FooterEntry> footer(Where where) {
        Map<String, List<Key>> byWords = new LinkedHashMap<>();
        for (Binding b : bindings) {
            if (b.footer() != null && b.where().contains(where) && !leadsTo(b, where)) {
                byWords.computeIfAbsent(b.footer(), k -> new ArrayList<>()).add(b.key());
            }
        }
        List<FooterEntry> out = new ArrayList<>();
        // Keys apart by a space: a slash between them is read out as "slash".
        byWords.forEach((words, keys) -> out.add(new FooterEntry(keyList(keys, " "), words)));
        return out;
    }

    /** Whether the binding shows the view the reader is already in: "m matrix" in the matrix. */
    private static boolean leadsTo(Binding b, Where where) {
        if (!(b.command() instanceof Act act) || act.kind() != Action.Show.class) {
            return false;
        }
        View view = ((Action.Show) act.make().apply(null)).view();
        return switch (where) {
            case SCENE -> view == View.SCENE;
            case MATRIX -> view == View.MATRIX;
            case WALK -> view == View.WALK;
            case COMPARE -> view == View.COMPARE;
            case READINGS -> view == View.READINGS;
            case SOURCES -> view == View.SOURCES;
            case HELP -> view == View.HELP;
            case MINE -> view == View.MINE;
            default -> false;
        };
    }

    /** The help screen's part about keys: every binding, grouped by what it does and where. */
    public List<Page.Block> help() {
        record Group(String description, Set<Where> where) {}
        Map<Group, List<Key>> groups = new LinkedHashMap<>();
        for (Binding b : bindings) {
            groups.computeIfAbsent(new Group(b.description(), b.where()), g -> new ArrayList<>()).add(b.key());
        }
        List<Page.Block> out = new ArrayList<>();
        out.add(new Page.Heading("Keys"));
        groups.forEach((g, keys) -> out.add(new Page.Text(
                keyList(keys, ", ") + ": " + g.description() + " (" + whereLabel(g.where()) + ").")));
        return out;
    }

    /** Keys written as a list, each as a screen reader says it, nine digits as "1 to 9". */
    static String keyList(List<Key> keys, String separator) {
        List<String> labels = new ArrayList<>();
        int i = 0;
        while (i < keys.size()) {
            Key k = keys.get(i);
            int run = 0;
            if (k.type() == KeyType.Character && !k.ctrl() && Character.isDigit(k.character())) {
                while (i + run + 1 < keys.size()) {
                    Key next = keys.get(i + run + 1);
                    if (next.type() != KeyType.Character || next.ctrl() || next.character() != k.character() + run + 1) {
                        break;
                    }
                    run++;
                }
            }
            if (run >= 2) {
                labels.add(k.label() + " to " + keys.get(i + run).label());
                i += run + 1;
            } else {
                labels.add(k.spoken());
                i++;
            }
        }
        return String.join(separator, labels);
    }

    static String whereLabel(Set<Where> where) {
        if (where.equals(EVERYWHERE) || where.equals(Where.ANYWHERE)) {
            return "everywhere";
        }
        EnumSet<Where> missing = EnumSet.copyOf(Where.ANYWHERE);
        missing.removeAll(where);
        if (where.stream().noneMatch(Where::isPrompt) && missing.size() <= 3) {
            return "everywhere but " + words(missing);
        }
        return "in " + words(EnumSet.copyOf(where));
    }

    private static String words(Set<Where> places) {
        List<String> labels = new ArrayList<>();
        for (Where w : places) {
            labels.add(w.label());
        }
        if (labels.size() == 1) {
            return labels.get(0);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
    }

    /** A typed beat number; 0 (no such beat, as the core then says) for nothing or too many digits. */
    static int number(String typed) {
        try {
            return typed.isEmpty() ? 0 : Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** The table itself, in the order the footer shows it. */
    private static final class Table {
        private final List<Binding> out = new ArrayList<>();

        private void bind(Set<Where> where, KeyAction command, String description, String footer, Key... keys) {
            for (Key k : keys) {
                out.add(new Binding(k, where, command, description, footer));
            }
        }

        private void bind(Set<Where> where, Action action, String description, String footer, Key... keys) {
            bind(where, Act.of(action), description, footer, keys);
        }

        static List<Binding> build() {
            Table t = new Table();
            Set<Where> beats = Where.only(Where.BEATS);
            Set<Where> quotes = Where.only(Where.QUOTES, Where.WALK);
            Set<Where> lists = Where.only(Where.SCENE, Where.READINGS, Where.SOURCES, Where.SEARCH, Where.SOURCE, Where.PERSON);
            Set<Where> matrix = Where.only(Where.MATRIX);
            Set<Where> compare = Where.only(Where.COMPARE);
            Set<Where> quote = Where.only(Where.QUOTE);
            Set<Where> help = Where.only(Where.HELP, Where.MINE);
            Set<Where> prompt = Where.PROMPTS;
            Set<Where> notMatrix = Where.anywhereBut(Where.MATRIX);
            Set<Where> paged = Where.anywhereBut(Where.MATRIX);

            // Up and down: what moves depends on where the cursor is.
            // The beat page's two lists share one footer, so that Tab changes no text on the screen
            // and a screen reader reads the row the cursor moved to.
            t.bind(beats, new Action.NextBeat(), "next beat", "move", Key.of('j'));
            t.bind(beats, new Action.PrevBeat(), "previous beat", "move", Key.of('k'));
            t.bind(beats, new Action.NextBeat(), "next beat", null, Key.of(KeyType.ArrowDown));
            t.bind(beats, new Action.PrevBeat(), "previous beat", null, Key.of(KeyType.ArrowUp));
            t.bind(Where.only(Where.QUOTES), new Action.NextItem(), "next quote", "move", Key.of('j'));
            t.bind(Where.only(Where.QUOTES), new Action.PrevItem(), "previous quote", "move", Key.of('k'));
            t.bind(Where.only(Where.WALK), new Action.NextItem(), "next quote", "quote", Key.of('j'));
            t.bind(Where.only(Where.WALK), new Action.PrevItem(), "previous quote", "quote", Key.of('k'));
            t.bind(quotes, new Action.NextItem(), "next quote", null, Key.of(KeyType.ArrowDown));
            t.bind(quotes, new Action.PrevItem(), "previous quote", null, Key.of(KeyType.ArrowUp));
            t.bind(lists, new Action.NextItem(), "next item of the list", "move", Key.of('j'));
            t.bind(lists, new Action.PrevItem(), "previous item of the list", "move", Key.of('k'));
            t.bind(lists, new Action.NextItem(), "next item of the list", null, Key.of(KeyType.ArrowDown));
            t.bind(lists, new Action.PrevItem(), "previous item of the list", null, Key.of(KeyType.ArrowUp));
            t.bind(quote, new Action.NextItem(), "next quote of the list it was opened from", "quote", Key.of('j'));
            t.bind(quote, new Action.PrevItem(), "previous quote of the list it was opened from", "quote", Key.of('k'));
            t.bind(quote, new Action.NextItem(), "next quote of the list it was opened from", null, Key.of(KeyType.ArrowDown));
            t.bind(quote, new Action.PrevItem(), "previous quote of the list it was opened from", null, Key.of(KeyType.ArrowUp));
            t.bind(compare, new Action.NextItem(), "compare with the next reading", "other reading", Key.of('j'));
            t.bind(compare, new Action.PrevItem(), "compare with the previous reading", "other reading", Key.of('k'));
            t.bind(compare, new Action.NextItem(), "compare with the next reading", null, Key.of(KeyType.ArrowDown));
            t.bind(compare, new Action.PrevItem(), "compare with the previous reading", null, Key.of(KeyType.ArrowUp));
            t.bind(matrix, new Action.NextBeat(), "next beat (row)", "beat", Key.of('j'));
            t.bind(matrix, new Action.PrevBeat(), "previous beat (row)", "beat", Key.of('k'));
            t.bind(matrix, new Action.NextBeat(), "next beat (row)", null, Key.of(KeyType.ArrowDown));
            t.bind(matrix, new Action.PrevBeat(), "previous beat (row)", null, Key.of(KeyType.ArrowUp));
            t.bind(help, Ui.LINE_DOWN, "scroll down a line", "scroll", Key.of('j'));
            t.bind(help, Ui.LINE_UP, "scroll up a line", "scroll", Key.of('k'));
            t.bind(help, Ui.LINE_DOWN, "scroll down a line", null, Key.of(KeyType.ArrowDown));
            t.bind(help, Ui.LINE_UP, "scroll up a line", null, Key.of(KeyType.ArrowUp));

            // Between the beat page's two lists; back. Before left and right: a narrow footer keeps these.
            t.bind(Where.only(Where.BEATS), new Action.SwitchList(), "move the cursor to the quote list", "other list",
                    Key.of(KeyType.Tab));
            t.bind(Where.only(Where.BEATS), new Action.SwitchList(), "move the cursor to the quote list", null,
                    Key.of(KeyType.ReverseTab));
            t.bind(Where.only(Where.BEATS), new Action.SwitchList(), "open the beat's quotes: the cursor goes to them", "open",
                    Key.of(KeyType.Enter));
            t.bind(Where.only(Where.QUOTES), new Action.SwitchList(), "move the cursor to the beat list", "other list",
                    Key.of(KeyType.Tab));
            t.bind(Where.only(Where.QUOTES), new Action.SwitchList(), "move the cursor to the beat list", null,
                    Key.of(KeyType.ReverseTab));

            // Opening.
            t.bind(quotes, new Act(Action.OpenItem.class, in -> new Action.OpenItem(in.state().focus() + 1)),
                    "open the quote under the cursor", "open", Key.of(KeyType.Enter));
            t.bind(Where.only(Where.MATRIX), new Action.Open(), "open this beat under this reading", "open",
                    Key.of(KeyType.Enter));
            t.bind(Where.only(Where.READINGS), new Action.Open(), "read the beat under this reading", "open",
                    Key.of(KeyType.Enter));
            t.bind(Where.only(Where.SCENE), new Action.Open(), "open the beat under the cursor", "open",
                    Key.of(KeyType.Enter));
            t.bind(Where.only(Where.SEARCH), new Action.Open(), "go to this match", "open", Key.of(KeyType.Enter));
            t.bind(Where.only(Where.SOURCES), new Action.Open(), "open this source’s page", "open", Key.of(KeyType.Enter));
            t.bind(Where.only(Where.SOURCE, Where.PERSON), new Action.Open(), "open the quote under the cursor", "open",
                    Key.of(KeyType.Enter));

            // Who said it, and where: from a quote, or the quote under the cursor.
            Set<Where> aQuote = Where.only(Where.QUOTE, Where.QUOTES, Where.WALK, Where.SOURCE, Where.PERSON);
            t.bind(aQuote, new Action.OpenSpeaker(), "the page of the person who said the quote", "speaker",
                    Key.of('p'));
            t.bind(aQuote, new Action.OpenSource(), "the page of the source that printed the quote", "source",
                    Key.of('S'));
            t.bind(aQuote, new Action.Cite(0), "copy the quote with who said it and where (to the clipboard, "
                    + "where the terminal allows)", null, Key.of('y'));

            // Help closes as in less and man: q, ?, Backspace or Esc; q quits everywhere else.
            t.bind(Where.only(Where.HELP), new Action.Back(), "close help (q quits everywhere else)", "close",
                    Key.of('q'), Key.of('?'));

            // Back.
            Set<Where> away = Where.anywhereBut(Where.BEATS, Where.QUOTES);
            t.bind(away, new Action.Back(), "go back", "back", Key.of(KeyType.Escape));
            t.bind(away, new Action.Back(), "go back", null, Key.of(KeyType.Backspace));
            t.bind(Where.only(Where.BEATS, Where.QUOTES), new Action.Back(), "go back", null,
                    Key.of(KeyType.Escape), Key.of(KeyType.Backspace));

            // Left and right: the beat, or in the matrix the reading.
            t.bind(matrix, new Action.PrevReading(), "previous reading (column)", "reading", Key.of('h'));
            t.bind(matrix, new Action.NextReading(), "next reading (column)", "reading", Key.of('l'));
            t.bind(matrix, new Action.PrevReading(), "previous reading (column)", null, Key.of(KeyType.ArrowLeft));
            t.bind(matrix, new Action.NextReading(), "next reading (column)", null, Key.of(KeyType.ArrowRight));
            t.bind(notMatrix, new Action.PrevBeat(), "previous beat", "beat", Key.of('h'));
            t.bind(notMatrix, new Action.NextBeat(), "next beat", "beat", Key.of('l'));
            t.bind(notMatrix, new Action.PrevBeat(), "previous beat", null, Key.of(KeyType.ArrowLeft));
            t.bind(notMatrix, new Action.NextBeat(), "next beat", null, Key.of(KeyType.ArrowRight));

            // Readings by number, and one step.
            for (int n = 1; n <= 9; n++) {
                int number = n;
                t.bind(Where.ANYWHERE, new Act(Action.ChooseReading.class, in -> new Action.ChooseReading(number)),
                        "choose the reading with that number as the lens", "reading", Key.of((char) ('0' + n)));
            }
            t.bind(Where.anywhereBut(Where.MATRIX), new Action.NextReading(), "next reading as the lens", null,
                    Key.of(']'));
            t.bind(Where.anywhereBut(Where.MATRIX), new Action.PrevReading(), "previous reading as the lens", null,
                    Key.of('['));
            t.bind(matrix, new Action.NextReading(), "next reading (column)", null, Key.of(']'));
            t.bind(matrix, new Action.PrevReading(), "previous reading (column)", null, Key.of('['));

            // First and last, pages.
            Set<Where> notHelp = Where.anywhereBut(Where.HELP, Where.MINE);
            t.bind(notHelp, new Action.First(), "first item, or the first beat; in a quote, the first quote of its list", null, Key.of('g'), Key.of(KeyType.Home));
            t.bind(notHelp, new Action.Last(), "last item, or the last beat; in a quote, the last quote of its list", null, Key.of('G'), Key.of(KeyType.End));
            t.bind(help, Ui.TOP, "top of the page", null, Key.of('g'), Key.of(KeyType.Home));
            t.bind(help, Ui.BOTTOM, "end of the page", null, Key.of('G'), Key.of(KeyType.End));
            t.bind(paged, Ui.PAGE_DOWN, "page down", null, Key.of(' '), Key.of(KeyType.PageDown));
            t.bind(paged, Ui.PAGE_UP, "page up", null, Key.of('b'), Key.of(KeyType.PageUp));
            // As in less and vim.
            t.bind(paged, Ui.PAGE_DOWN, "page down", null, Key.ctrl('F'), Key.ctrl('D'));
            t.bind(paged, Ui.PAGE_UP, "page up", null, Key.ctrl('B'), Key.ctrl('U'));

            // Two readings or two wordings: one above the other, which a screen reader reads in order,
            // or side by side on a wide screen.
            t.bind(Where.only(Where.COMPARE, Where.QUOTE), Ui.SIDE_BY_SIDE,
                    "two columns side by side, or one above the other (as at first)", null, Key.of('v'));

            // Search and going somewhere by number.
            t.bind(Where.ANYWHERE, Ui.SEARCH_PROMPT, "search beats, readings and quotes", "search", Key.of('/'));
            t.bind(Where.ANYWHERE, new Action.NextMatch(), "next match of the search", null, Key.of('n'));
            t.bind(Where.ANYWHERE, new Action.PrevMatch(), "previous match of the search", null, Key.of('N'));
            t.bind(Where.ANYWHERE, Ui.BEAT_PROMPT, "go to a beat by its number", null, Key.of(':'));
            // Compare has no list to move through, so its footer offers the number.
            t.bind(compare, Ui.ITEM_PROMPT, "open a quote by its number", "open", Key.of('#'));
            t.bind(Where.only(Where.BEATS, Where.QUOTES, Where.WALK, Where.QUOTE, Where.SEARCH, Where.READINGS, Where.SOURCES,
                    Where.SOURCE, Where.PERSON, Where.SCENE), Ui.ITEM_PROMPT,
                    "open a quote, match, reading, source or beat of the scene by its number", null, Key.of('#'));

            // The other views.
            t.bind(Where.ANYWHERE, new Action.Show(View.MATRIX), "matrix of beats and readings", "matrix", Key.of('m'));
            t.bind(Where.ANYWHERE, new Action.Show(View.WALK), "walk through the beats under the lens", "walk",
                    Key.of('w'));
            t.bind(Where.only(Where.READINGS),
                    new Act(Action.Compare.class, in -> new Action.Compare(in.state().reading() + 1, in.state().focus() + 1)),
                    "compare the lens with the reading under the cursor", "compare", Key.of('c'));
            t.bind(Where.anywhereBut(Where.READINGS), new Action.Show(View.COMPARE),
                    "compare the lens with another reading", "compare", Key.of('c'));
            t.bind(Where.ANYWHERE, new Action.Show(View.READINGS), "list of readings", "readings", Key.of('r'));
            t.bind(Where.ANYWHERE, new Action.Show(View.SOURCES), "sources and who speaks in them", "sources",
                    Key.of('s'));
            // The reader's own reading, on the beat and reading in view.
            Set<Where> beatAndLens = Where.only(Where.BEATS, Where.QUOTES, Where.WALK, Where.COMPARE, Where.QUOTE,
                    Where.MATRIX);
            t.bind(beatAndLens, new Action.Mark(Standing.CONVINCED), "mark: convinced by this reading at this beat "
                    + "(again to clear)", "stance", Key.of('+'));
            t.bind(beatAndLens, new Action.Mark(Standing.UNSURE), "mark: unsure of this reading at this beat", "stance",
                    Key.of('~'));
            t.bind(beatAndLens, new Action.Mark(Standing.UNCONVINCED), "mark: unconvinced by this reading at this beat",
                    "stance", Key.of('-'));
            t.bind(beatAndLens, new Action.EditNote(), "your note on this reading at this beat, in your editor "
                    + "(VISUAL or EDITOR) or on a line here", null, Key.of('e'));
            t.bind(beatAndLens, Ui.CREDENCE_PROMPT, "spread 100 points of credence across the readings at this beat",
                    null, Key.of('%'));
            t.bind(Where.ANYWHERE, new Action.Show(View.MINE), "your reading: your stances, credence and notes", "mine",
                    Key.of('M'));
            t.bind(Where.ANYWHERE, new Action.Show(View.SCENE), "the scene: where, what happens, its beats", "scene",
                    Key.of('o'));

            t.bind(Where.ANYWHERE, Ui.EXPORT_PROMPT, "export to a file here: the reading in view as a web page, or "
                    + "as you type it (markdown, text; beat, all)", null, Key.of('x'));
            t.bind(Where.ANYWHERE, new Action.WhereAmI(), "say where you are", null, Key.of('i'));
            t.bind(Where.ANYWHERE, Ui.REDRAW, "draw the screen again", null, Key.ctrl('L'));
            t.bind(Where.anywhereBut(Where.HELP), new Action.Show(View.HELP), "help: every key", "help", Key.of('?'));
            t.bind(Where.ANYWHERE, new Action.Show(View.HELP), "help: every key", null, Key.of(KeyType.F1));
            t.bind(Where.anywhereBut(Where.HELP), new Action.Quit(), "quit", "quit", Key.of('q'));
            t.bind(EVERYWHERE, Ui.INTERRUPT, "quit at once, also while busy", null, Key.ctrl('C'), Key.ctrl('\\'));

            // The one-line prompts under /, : and #.
            t.bind(Where.only(Where.SEARCH_PROMPT), new Act(Action.Search.class, in -> new Action.Search(in.typed())),
                    "search for what was typed", "search", Key.of(KeyType.Enter));
            t.bind(Where.only(Where.BEAT_PROMPT), new Act(Action.GoToBeat.class, in -> new Action.GoToBeat(number(in.typed()))),
                    "go to the beat with the number typed", "go", Key.of(KeyType.Enter));
            t.bind(Where.only(Where.ITEM_PROMPT), new Act(Action.OpenItem.class, in -> new Action.OpenItem(number(in.typed()))),
                    "open the item with the number typed", "open", Key.of(KeyType.Enter));
            t.bind(Where.only(Where.NOTE_PROMPT), new Act(Action.Note.class, in -> new Action.Note(in.typed())),
                    "keep the note typed", "keep", Key.of(KeyType.Enter));
            t.bind(Where.only(Where.CREDENCE_PROMPT), new Act(Action.Credence.class, in -> new Action.Credence(in.typed())),
                    "keep the credence typed", "keep", Key.of(KeyType.Enter));
            t.bind(Where.only(Where.EXPORT_PROMPT), new Act(Action.Export.class, in -> new Action.Export(in.typed())),
                    "write the export typed to a file in this folder", "write", Key.of(KeyType.Enter));
            t.bind(prompt, Ui.PROMPT_CANCEL, "close the prompt", "cancel", Key.of(KeyType.Escape));
            t.bind(prompt, Ui.PROMPT_DELETE, "delete the last character typed, or close the prompt when it is empty", "delete", Key.of(KeyType.Backspace));
            return t.out;
        }
    }
}
