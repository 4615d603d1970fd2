package org.endings.tui;

import java.util.ArrayList;
import java.util.EnumMap;
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
 * The one table of keys: (key, where it works, what it does, what help says, what the footer says,
 * the row of help it belongs to). It drives the dispatch, the footer and the help screen, so a key
 * that does something is always in the help. Help groups the rows by what the reader is doing, one
 * row per action with every key that does it, as Textual's and lazygit's bindings do.
 */
public final class KeyMap {

    /** What a reader is doing, as help groups the keys. */
    public enum Task {
        MOVE("Moving"),
        OPEN("Opening, and going back"),
        LENS("Readings and the lens"),
        PAGES("Pages"),
        SEARCH("Searching"),
        YOURS("Your own reading"),
        TEST("Testing yourself"),
        SCREEN("The screen, and leaving"),
        PROMPT("At a prompt (after / : # % or x)"),
        MORE("More keys");

        private final String title;

        Task(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** One row of help: one action, with every key that does it; help shows the rows in this order. */
    public enum Row {
        NEXT(Task.MOVE), PREVIOUS(Task.MOVE), LEFT(Task.MOVE), RIGHT(Task.MOVE), FIRST(Task.MOVE), LAST(Task.MOVE),
        PAGE_DOWN(Task.MOVE), PAGE_UP(Task.MOVE), OTHER_LIST(Task.MOVE), BEAT_NUMBER(Task.MOVE),
        OPEN(Task.OPEN), BY_NUMBER(Task.OPEN), BACK(Task.OPEN), SPEAKER(Task.OPEN), SOURCE(Task.OPEN),
        CHOOSE_READING(Task.LENS), NEXT_READING(Task.LENS), PREVIOUS_READING(Task.LENS), SIDE_BY_SIDE(Task.LENS),
        SCENE(Task.PAGES), MATRIX(Task.PAGES), WALK(Task.PAGES), COMPARE(Task.PAGES), READINGS(Task.PAGES),
        SOURCES(Task.PAGES), MINE(Task.PAGES), HELP(Task.PAGES),
        SEARCH(Task.SEARCH), NEXT_MATCH(Task.SEARCH), PREVIOUS_MATCH(Task.SEARCH), END_SEARCH(Task.SEARCH),
        CONVINCED(Task.YOURS), UNSURE(Task.YOURS), UNCONVINCED(Task.YOURS), NOTE(Task.YOURS), CREDENCE(Task.YOURS),
        COPY(Task.YOURS), EXPORT(Task.YOURS),
        DEAL(Task.TEST), ANSWER(Task.TEST), ANSWER_BY_NUMBER(Task.TEST),
        NEXT_QUOTE(Task.TEST), AGAINST(Task.TEST),
        WHERE(Task.SCREEN), REDRAW(Task.SCREEN), QUIT(Task.SCREEN), INTERRUPT(Task.SCREEN),
        PROMPT_ENTER(Task.PROMPT), PROMPT_CANCEL(Task.PROMPT), PROMPT_DELETE(Task.PROMPT),
        /** A binding given no row of its own: help gives it one, under More keys. */
        OTHER(Task.MORE);

        private final Task task;

        Row(Task task) {
            this.task = task;
        }

        public Task task() {
            return task;
        }
    }

    /**
     * One row of the table; {@code footer} is the footer's word for it, or null to leave it to help;
     * {@code whileSearching}: the footer shows it only while a search is on (it works always).
     */
    public record Binding(Key key, Set<Where> where, KeyAction command, String description, String footer, Row row,
                          boolean whileSearching) {
        public Binding {
            Objects.requireNonNull(key, "key");
            where = Set.copyOf(where);
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(row, "row");
        }

        public Binding(Key key, Set<Where> where, KeyAction command, String description, String footer) {
            this(key, where, command, description, footer, Row.OTHER, false);
        }
    }

    /**
     * An entry of the footer: the keys ("j k", "1 to 9") and the word for what they do; {@code always}
     * for help and quit (in help, closing it), which show however narrow the screen; {@code away} for
     * the keys that lead away from here, the same on every page (search, the other pages, help, quit),
     * which a footer of two rows keeps on a row of their own so that it stays as it was from page to page.
     */
    public record FooterEntry(String keys, String words, boolean always, boolean away, boolean current) {
        public FooterEntry(String keys, String words) {
            this(keys, words, false, false, false);
        }
    }

    /** What the footer depends on besides the place: how many readings the model has, whether a search is on. */
    public record Context(int readings, boolean searching) {
        /** Any model, no search: every key the place has. */
        public static final Context ANY = new Context(Integer.MAX_VALUE, false);
    }

    private static final Set<Where> EVERYWHERE = Set.copyOf(EnumSet.allOf(Where.class));

    private final List<Binding> bindings;
    /**
     * The footers made, by place, readings, search and own page: a frame asks for its footer twice,
     * and making one goes through every binding (0.05-0.1 ms of a key, after a pause). Shared by the
     * explorer's thread and its rehearsal's; a footer is immutable.
     */
    private final java.util.concurrent.ConcurrentHashMap<Long, List<FooterEntry>> footers =
            new java.util.concurrent.ConcurrentHashMap<>();

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

    /** The footer's entries here, for any model and no search. */
    public List<FooterEntry> footer(Where where) {
        return footer(where, Context.ANY);
    }

    /**
     * The footer's entries here and now, in the table's order; keys with the same word are joined:
     * "j k move". Only what works: the digits of the readings there are ("1 2" on a model of two),
     * n and N and the end of a search while one is on, no key to the view the reader is in.
     */
    public List<FooterEntry> footer(Where where, Context context) {
        return footer(where, context, false);
    }

    /**
     * As {@link #footer(Where, Context)}; with {@code ownPage}, the key to the page the reader is on
     * stays among those leading away, marked {@code current}, as the tab of the page one is on.
     */
    public List<FooterEntry> footer(Where where, Context context, boolean ownPage) {
        Long key = ((long) context.readings() << 32) | (long) where.ordinal() << 2 | (context.searching() ? 2 : 0)
                | (ownPage ? 1 : 0);
        List<FooterEntry> made = footers.get(key);
        if (made == null) {
            made = List.copyOf(makeFooter(where, context, ownPage));
            footers.put(key, made);
        }
        return made;
    }

    private List<FooterEntry> makeFooter(Where where, Context context, boolean ownPage) {
        Map<String, List<Key>> byWords = new LinkedHashMap<>();
        Set<String> always = new java.util.HashSet<>();
        Set<String> away = new java.util.HashSet<>();
        Set<String> current = new java.util.HashSet<>();
        for (Binding b : bindings) {
            boolean own = leadsTo(b, where);
            if (b.footer() != null && b.where().contains(where) && (!own || ownPage)
                    && (context.searching() || !b.whileSearching()) && !pastTheReadings(b, context.readings())) {
                if (own) {
                    current.add(b.footer());
                }
                byWords.computeIfAbsent(b.footer(), k -> new ArrayList<>()).add(b.key());
                if (b.row() == Row.HELP || b.row() == Row.QUIT) {
                    always.add(b.footer());
                }
                if ((b.row().task() == Task.PAGES || b.row() == Row.SEARCH || b.row() == Row.QUIT)
                        && where != Where.HELP && where != Where.TEST && where != Where.RESULT) {
                    away.add(b.footer());
                }
            }
        }
        List<FooterEntry> out = new ArrayList<>();
        List<FooterEntry> last = new ArrayList<>();
        // Keys apart by a space: a slash between them is read out as "slash".
        byWords.forEach((words, keys) -> (always.contains(words) ? last : out)
                .add(new FooterEntry(keyList(keys, " "), words, always.contains(words), away.contains(words),
                        current.contains(words))));
        out.addAll(last);
        return out;
    }

    /** A digit that chooses a reading the model does not have; compare, on a model of one reading. */
    private static boolean pastTheReadings(Binding b, int readings) {
        if (!(b.command() instanceof Act act)) {
            return false;
        }
        if (act.kind() == Action.Compare.class || b.row() == Row.COMPARE) {
            return readings < 2;
        }
        return act.kind() == Action.ChooseReading.class
                && b.key().type() == KeyType.Character && Character.isDigit(b.key().character())
                && b.key().character() - '0' > readings;
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

    /**
     * The help screen's part about keys: what closes help and what q does where, then, under what the
     * reader is doing, one row per action with all its keys, and what it does in each place.
     */
    public List<Page.Block> help() {
        Map<Row, Map<String, List<Binding>>> rows = new EnumMap<>(Row.class);
        for (Binding b : bindings) {
            // A binding left without a row is a row of its own, by what it does.
            rows.computeIfAbsent(b.row(), r -> new LinkedHashMap<>())
                    .computeIfAbsent(b.row() == Row.OTHER ? b.description() : "", d -> new ArrayList<>()).add(b);
        }
        List<Page.Block> out = new ArrayList<>();
        out.add(new Page.Heading("Keys"));
        out.add(new Page.Text("q, " + Key.spoken('?') + ", Backspace or Esc close this help; everywhere else q quits. "
                + "Ctrl-C quits at once, anywhere."));
        Task task = null;
        for (Map.Entry<Row, Map<String, List<Binding>>> row : rows.entrySet()) {
            if (row.getKey().task() != task) {
                task = row.getKey().task();
                out.add(new Page.Heading(task.title()));
            }
            for (List<Binding> one : row.getValue().values()) {
                out.add(new Page.Text(rowText(one)));
            }
        }
        return out;
    }

    /** "j, Down: next beat (in the beat list); next quote (in the quote list and the reading walk)." */
    private static String rowText(List<Binding> row) {
        List<Key> keys = new ArrayList<>();
        Map<String, EnumSet<Where>> places = new LinkedHashMap<>();
        for (Binding b : row) {
            if (!keys.contains(b.key())) {
                keys.add(b.key());
            }
            places.computeIfAbsent(b.description(), d -> EnumSet.noneOf(Where.class)).addAll(b.where());
        }
        List<String> parts = new ArrayList<>();
        List<String> inHelp = new ArrayList<>();
        places.forEach((description, where) -> {
            String label = whereLabel(where);
            // what a key does in help itself comes last: a row says first what it does everywhere else
            (where.equals(EnumSet.of(Where.HELP)) ? inHelp : parts)
                    .add(label.equals("everywhere") ? description : description + " (" + label + ")");
        });
        parts.addAll(inHelp);
        return keyList(keys, ", ") + ": " + String.join("; ", parts) + ".";
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

    /** The table itself, in the order the footer shows it; each row of help named as it is bound. */
    /**
     * What a key makes of where the cursor is or what was typed: one class rather than a lambda a
     * key (each lambda is linked at its first use, and the key map is made before the first frame).
     */
    private static final class Make implements java.util.function.Function<KeyAction.Input, Action> {
        enum Kind { OPEN_NUMBER, OPEN_FOCUS, CHOOSE_READING, COMPARE, SEARCH, GO_TO_BEAT, OPEN_TYPED, NOTE, CREDENCE,
            EXPORT, TEST }

        private final Kind kind;
        private final int number;

        Make(Kind kind, int number) {
            this.kind = kind;
            this.number = number;
        }

        @Override
        public Action apply(KeyAction.Input in) {
            return switch (kind) {
                case OPEN_NUMBER -> new Action.OpenItem(number);
                case OPEN_FOCUS -> new Action.OpenItem(in.state().focus() + 1);
                case CHOOSE_READING -> new Action.ChooseReading(number);
                case COMPARE -> new Action.Compare(in.state().reading() + 1, in.state().focus() + 1);
                case SEARCH -> new Action.Search(in.typed());
                case GO_TO_BEAT -> new Action.GoToBeat(number(in.typed()));
                case OPEN_TYPED -> new Action.OpenItem(number(in.typed()));
                case NOTE -> new Action.Note(in.typed());
                case CREDENCE -> new Action.Credence(in.typed());
                case EXPORT -> new Action.Export(in.typed());
                case TEST -> new Action.Test(in.typed());
            };
        }
    }

    private static final class Table {
        private final List<Binding> out = new ArrayList<>();

        private void bind(Row row, boolean whileSearching, Set<Where> where, KeyAction command, String description,
                          String footer, Key... keys) {
            for (Key k : keys) {
                out.add(new Binding(k, where, command, description, footer, row, whileSearching));
            }
        }

        private void bind(Row row, Set<Where> where, KeyAction command, String description, String footer, Key... keys) {
            bind(row, false, where, command, description, footer, keys);
        }

        private void bind(Row row, Set<Where> where, Action action, String description, String footer, Key... keys) {
            bind(row, false, where, Act.of(action), description, footer, keys);
        }

        /** A letter, with the footer's word, and its arrow twin, which the footer leaves to the letter. */
        private void twin(Row row, Set<Where> where, KeyAction command, String description, String footer, Key letter,
                          Key arrow) {
            bind(row, where, command, description, footer, letter);
            bind(row, where, command, description, null, arrow);
        }

        private void twin(Row row, Set<Where> where, Action action, String description, String footer, Key letter,
                          Key arrow) {
            twin(row, where, Act.of(action), description, footer, letter, arrow);
        }

        /** A binding with no row of help of its own: help lists it under More keys. */
        private void bind(Set<Where> where, KeyAction command, String description, String footer, Key... keys) {
            bind(Row.OTHER, where, command, description, footer, keys);
        }

        private void bind(Set<Where> where, Action action, String description, String footer, Key... keys) {
            bind(Row.OTHER, where, Act.of(action), description, footer, keys);
        }

        static List<Binding> build() {
            Table t = new Table();
            Set<Where> beats = Where.only(Where.BEATS);
            Set<Where> quotes = Where.only(Where.QUOTES, Where.WALK);
            Set<Where> lists = Where.only(Where.SCENE, Where.READINGS, Where.SOURCES, Where.SEARCH, Where.SOURCE, Where.PERSON,
                    Where.AGAINST);
            Set<Where> matrix = Where.only(Where.MATRIX);
            Set<Where> compare = Where.only(Where.COMPARE);
            Set<Where> quote = Where.only(Where.QUOTE);
            Set<Where> help = Where.only(Where.HELP, Where.MINE);
            Set<Where> prompt = Where.PROMPTS;
            Set<Where> notMatrix = Where.anywhereBut(Where.MATRIX, Where.TEST, Where.RESULT);
            Set<Where> paged = Where.anywhereBut(Where.MATRIX);
            Key down = Key.of(KeyType.ArrowDown);
            Key up = Key.of(KeyType.ArrowUp);

            // Up and down: what moves depends on where the cursor is.
            // The beat page's two lists share one footer, so that Tab changes no text on the screen
            // and a screen reader reads the row the cursor moved to.
            t.bind(Row.NEXT, beats, new Action.NextBeat(), "next beat", "move", Key.of('j'));
            t.bind(Row.PREVIOUS, beats, new Action.PrevBeat(), "previous beat", "move", Key.of('k'));
            t.bind(Row.NEXT, beats, new Action.NextBeat(), "next beat", null, down);
            t.bind(Row.PREVIOUS, beats, new Action.PrevBeat(), "previous beat", null, up);
            t.bind(Row.NEXT, Where.only(Where.QUOTES), new Action.NextItem(), "next quote", "move", Key.of('j'));
            t.bind(Row.PREVIOUS, Where.only(Where.QUOTES), new Action.PrevItem(), "previous quote", "move", Key.of('k'));
            t.bind(Row.NEXT, Where.only(Where.WALK), new Action.NextItem(), "next quote", "quote", Key.of('j'));
            t.bind(Row.PREVIOUS, Where.only(Where.WALK), new Action.PrevItem(), "previous quote", "quote", Key.of('k'));
            t.bind(Row.NEXT, quotes, new Action.NextItem(), "next quote", null, down);
            t.bind(Row.PREVIOUS, quotes, new Action.PrevItem(), "previous quote", null, up);
            t.twin(Row.NEXT, lists, new Action.NextItem(), "next item of the list", "move", Key.of('j'), down);
            t.twin(Row.PREVIOUS, lists, new Action.PrevItem(), "previous item of the list", "move", Key.of('k'), up);
            t.twin(Row.NEXT, quote, new Action.NextItem(), "next quote of the list it was opened from", "quote",
                    Key.of('j'), down);
            t.twin(Row.PREVIOUS, quote, new Action.PrevItem(), "previous quote of the list it was opened from", "quote",
                    Key.of('k'), up);
            t.twin(Row.NEXT, compare, new Action.NextItem(), "compare with the next reading", "other reading",
                    Key.of('j'), down);
            t.twin(Row.PREVIOUS, compare, new Action.PrevItem(), "compare with the previous reading", "other reading",
                    Key.of('k'), up);
            t.twin(Row.NEXT, matrix, new Action.NextBeat(), "next beat (row)", "beat", Key.of('j'), down);
            t.twin(Row.PREVIOUS, matrix, new Action.PrevBeat(), "previous beat (row)", "beat", Key.of('k'), up);
            t.twin(Row.NEXT, help, Ui.LINE_DOWN, "scroll down a line", "scroll", Key.of('j'), down);
            t.twin(Row.PREVIOUS, help, Ui.LINE_UP, "scroll up a line", "scroll", Key.of('k'), up);

            // A round of blind reading: its choices are numbered from 0, none, as the readings are numbered.
            Set<Where> round = Where.only(Where.TEST);
            for (int n = 0; n <= 9; n++) {
                int number = n;
                t.bind(Row.ANSWER_BY_NUMBER, round, new Act(Action.OpenItem.class, new Make(Make.Kind.OPEN_NUMBER, number)),
                        "answer with the choice of that number (0: none of them)", "answer", Key.of((char) ('0' + n)));
            }
            t.bind(Row.ANSWER, round, new Action.Open(), "answer with the choice under the cursor; after an answer, the next quote",
                    "answer", Key.of(KeyType.Enter));
            t.bind(Row.NEXT, round, new Action.NextItem(), "next choice; after an answer, the next quote", "move", Key.of('j'));
            t.bind(Row.PREVIOUS, round, new Action.PrevItem(), "previous choice", "move", Key.of('k'));
            t.bind(Row.NEXT, round, new Action.NextItem(), "next choice; after an answer, the next quote", null,
                    Key.of(KeyType.ArrowDown));
            t.bind(Row.PREVIOUS, round, new Action.PrevItem(), "previous choice", null, Key.of(KeyType.ArrowUp));
            Set<Where> result = Where.only(Where.RESULT);
            String next = "the next quote of the round, or after the last its summary";
            t.bind(Row.NEXT_QUOTE, result, new Action.NextItem(), next, "next", Key.of(KeyType.Enter), Key.of('j'));
            t.bind(Row.NEXT_QUOTE, result, new Action.NextItem(), next, null, Key.of(KeyType.ArrowDown));
            Set<Where> inRound = Where.only(Where.TEST, Where.RESULT);
            // Blind reading, and the evidence against the reader's lean; the round's footer offers both.
            String deal = "deal a round of blind reading: quotes without their stances, speakers or sources, and "
                    + "you say which reading each bears on";
            String against = "the quotes against the reading you lean to (your credence, else your last round, "
                    + "else the lens), strongest first";
            t.bind(Row.DEAL, Where.anywhereBut(Where.TEST, Where.RESULT), Ui.TEST_PROMPT, deal, null, Key.of('t'));
            t.bind(Row.DEAL, inRound, Ui.TEST_PROMPT, deal, "new round", Key.of('t'));
            t.bind(Row.AGAINST, Where.anywhereBut(Where.TEST, Where.RESULT), new Action.Challenge(""), against, null, Key.of('a'));
            t.bind(Row.AGAINST, inRound, new Action.Challenge(""), against, "against your lean", Key.of('a'));

            // Between the beat page's two lists; back. Before left and right: a narrow footer keeps these.
            t.bind(Row.OTHER_LIST, Where.only(Where.BEATS), new Action.SwitchList(), "move the cursor to the quote list",
                    "other list", Key.of(KeyType.Tab));
            t.bind(Row.OTHER_LIST, Where.only(Where.BEATS), new Action.SwitchList(), "move the cursor to the quote list",
                    null, Key.of(KeyType.ReverseTab));
            t.bind(Row.OPEN, Where.only(Where.BEATS), new Action.SwitchList(), "open the beat's quotes: the cursor goes to them",
                    "open", Key.of(KeyType.Enter));
            t.bind(Row.OTHER_LIST, Where.only(Where.QUOTES), new Action.SwitchList(), "move the cursor to the beat list",
                    "other list", Key.of(KeyType.Tab));
            t.bind(Row.OTHER_LIST, Where.only(Where.QUOTES), new Action.SwitchList(), "move the cursor to the beat list",
                    null, Key.of(KeyType.ReverseTab));

            // Opening.
            t.bind(Row.OPEN, quotes, new Act(Action.OpenItem.class, new Make(Make.Kind.OPEN_FOCUS, 0)),
                    "open the quote under the cursor", "open", Key.of(KeyType.Enter));
            t.bind(Row.OPEN, Where.only(Where.MATRIX), new Action.Open(), "open this beat under this reading", "open",
                    Key.of(KeyType.Enter));
            t.bind(Row.OPEN, Where.only(Where.READINGS), new Action.Open(), "read the beat under this reading", "open",
                    Key.of(KeyType.Enter));
            t.bind(Row.OPEN, Where.only(Where.SCENE), new Action.Open(), "open the beat under the cursor", "open",
                    Key.of(KeyType.Enter));
            t.bind(Row.OPEN, Where.only(Where.SEARCH), new Action.Open(), "go to this match", "open", Key.of(KeyType.Enter));
            t.bind(Row.OPEN, Where.only(Where.SOURCES), new Action.Open(), "open this source’s page", "open",
                    Key.of(KeyType.Enter));
            t.bind(Row.OPEN, Where.only(Where.SOURCE, Where.PERSON, Where.AGAINST), new Action.Open(),
                    "open the quote under the cursor", "open", Key.of(KeyType.Enter));

            // Who said it, and where: from a quote, or the quote under the cursor.
            Set<Where> aQuote = Where.only(Where.QUOTE, Where.QUOTES, Where.WALK, Where.SOURCE, Where.PERSON, Where.AGAINST);
            // Not in the footer of the beat page's quote list, which is the beat list's: Tab changes no text there.
            Set<Where> listed = Where.only(Where.QUOTE, Where.WALK, Where.SOURCE, Where.PERSON, Where.AGAINST);
            t.bind(Row.SPEAKER, listed, new Action.OpenSpeaker(), "the page of the person who said the quote", "speaker",
                    Key.of('p'));
            t.bind(Row.SOURCE, listed, new Action.OpenSource(), "the page of the source that printed the quote", "source",
                    Key.of('S'));
            t.bind(Row.SPEAKER, Where.only(Where.QUOTES), new Action.OpenSpeaker(), "the page of the person who said "
                    + "the quote", null, Key.of('p'));
            t.bind(Row.SOURCE, Where.only(Where.QUOTES), new Action.OpenSource(), "the page of the source that printed "
                    + "the quote", null, Key.of('S'));
            t.bind(Row.COPY, aQuote, new Action.Cite(0), "copy the quote with who said it and where (to the clipboard, "
                    + "where the terminal allows)", null, Key.of('y'));

            // Help closes as in less and man: q, ?, Backspace or Esc; q quits everywhere else.
            t.bind(Row.QUIT, Where.only(Where.HELP), new Action.Back(), "close help", "close", Key.of('q'));
            t.bind(Row.HELP, Where.only(Where.HELP), new Action.Back(), "close help", "close", Key.of('?'));

            // Back.
            Set<Where> away = Where.anywhereBut(Where.BEATS, Where.QUOTES, Where.HELP);
            t.bind(Row.BACK, away, new Action.Back(), "go back", "back", Key.of(KeyType.Escape));
            t.bind(Row.BACK, away, new Action.Back(), "go back", null, Key.of(KeyType.Backspace));
            t.bind(Row.BACK, Where.only(Where.HELP), new Action.Back(), "close help", null,
                    Key.of(KeyType.Escape), Key.of(KeyType.Backspace));
            t.bind(Row.BACK, Where.only(Where.BEATS, Where.QUOTES), new Action.Back(), "go back", null,
                    Key.of(KeyType.Escape), Key.of(KeyType.Backspace));

            // Left and right: the beat, or in the matrix the reading.
            t.bind(Row.LEFT, matrix, new Action.PrevReading(), "previous reading (column)", "reading", Key.of('h'));
            t.bind(Row.RIGHT, matrix, new Action.NextReading(), "next reading (column)", "reading", Key.of('l'));
            t.bind(Row.LEFT, matrix, new Action.PrevReading(), "previous reading (column)", null, Key.of(KeyType.ArrowLeft));
            t.bind(Row.RIGHT, matrix, new Action.NextReading(), "next reading (column)", null, Key.of(KeyType.ArrowRight));
            // (not in the footer of search results, which has the matches' keys to show instead)
            Set<Where> notMatches = Where.anywhereBut(Where.MATRIX, Where.TEST, Where.RESULT, Where.SEARCH);
            t.bind(Row.LEFT, notMatches, new Action.PrevBeat(), "previous beat", "beat", Key.of('h'));
            t.bind(Row.RIGHT, notMatches, new Action.NextBeat(), "next beat", "beat", Key.of('l'));
            t.bind(Row.LEFT, Where.only(Where.SEARCH), new Action.PrevBeat(), "previous beat", null, Key.of('h'));
            t.bind(Row.RIGHT, Where.only(Where.SEARCH), new Action.NextBeat(), "next beat", null, Key.of('l'));
            t.bind(Row.LEFT, notMatrix, new Action.PrevBeat(), "previous beat", null, Key.of(KeyType.ArrowLeft));
            t.bind(Row.RIGHT, notMatrix, new Action.NextBeat(), "next beat", null, Key.of(KeyType.ArrowRight));

            // Readings by number, and one step.
            for (int n = 1; n <= 9; n++) {
                int number = n;
                t.bind(Row.CHOOSE_READING, Where.anywhereBut(Where.TEST, Where.RESULT),
                        new Act(Action.ChooseReading.class, new Make(Make.Kind.CHOOSE_READING, number)),
                        "choose the reading with that number as the lens", "reading", Key.of((char) ('0' + n)));
            }
            t.bind(Row.NEXT_READING, Where.anywhereBut(Where.MATRIX), new Action.NextReading(), "next reading as the lens",
                    null, Key.of(']'));
            t.bind(Row.PREVIOUS_READING, Where.anywhereBut(Where.MATRIX), new Action.PrevReading(),
                    "previous reading as the lens", null, Key.of('['));
            t.bind(Row.NEXT_READING, matrix, new Action.NextReading(), "next reading (column)", null, Key.of(']'));
            t.bind(Row.PREVIOUS_READING, matrix, new Action.PrevReading(), "previous reading (column)", null, Key.of('['));

            // First and last, pages.
            Set<Where> notHelp = Where.anywhereBut(Where.HELP, Where.MINE);
            t.bind(Row.FIRST, notHelp, new Action.First(),
                    "first item, or the first beat; in a quote, the first quote of its list", null, Key.of('g'),
                    Key.of(KeyType.Home));
            t.bind(Row.LAST, notHelp, new Action.Last(),
                    "last item, or the last beat; in a quote, the last quote of its list", null, Key.of('G'),
                    Key.of(KeyType.End));
            t.bind(Row.FIRST, help, Ui.TOP, "top of the page", null, Key.of('g'), Key.of(KeyType.Home));
            t.bind(Row.LAST, help, Ui.BOTTOM, "end of the page", null, Key.of('G'), Key.of(KeyType.End));
            // Space and b as in less, Ctrl-F Ctrl-D and Ctrl-B Ctrl-U as in less and vim.
            t.bind(Row.PAGE_DOWN, paged, Ui.PAGE_DOWN, "page down", null, Key.of(' '), Key.of(KeyType.PageDown),
                    Key.ctrl('F'), Key.ctrl('D'));
            t.bind(Row.PAGE_UP, paged, Ui.PAGE_UP, "page up", null, Key.of('b'), Key.of(KeyType.PageUp),
                    Key.ctrl('B'), Key.ctrl('U'));

            // Two readings compared: one above the other, which a screen reader reads in order, or side
            // by side on a wide screen. (A quote's other wordings come after it, each once, under its label.)
            t.bind(Row.SIDE_BY_SIDE, Where.only(Where.COMPARE), Ui.SIDE_BY_SIDE,
                    "two columns side by side, or one above the other (as at first)", null, Key.of('v'));

            // Search, its matches and its end (shown in the footer while a search is on), and going
            // somewhere by number.
            t.bind(Row.SEARCH, Where.ANYWHERE, Ui.SEARCH_PROMPT, "search the scene, beats, readings, quotes, people "
                    + "and sources", "search", Key.of('/'));
            t.bind(Row.NEXT_MATCH, true, Where.ANYWHERE, Act.of(new Action.NextMatch()), "next match of the search",
                    "match", Key.of('n'));
            t.bind(Row.PREVIOUS_MATCH, true, Where.ANYWHERE, Act.of(new Action.PrevMatch()),
                    "previous match of the search", "match", Key.of('N'));
            t.bind(Row.END_SEARCH, true, Where.ANYWHERE, Act.of(new Action.Search("")),
                    "end the search: n and N do nothing until the next", "end search", Key.of('C'));
            t.bind(Row.BEAT_NUMBER, Where.ANYWHERE, Ui.BEAT_PROMPT, "go to a beat by its number", null, Key.of(':'));
            // Compare has no list to move through, so its footer offers the number.
            t.bind(Row.BY_NUMBER, compare, Ui.ITEM_PROMPT, "open a quote by its number", "open", Key.of('#'));
            t.bind(Row.BY_NUMBER, Where.only(Where.BEATS, Where.QUOTES, Where.WALK, Where.QUOTE, Where.SEARCH,
                    Where.READINGS, Where.SOURCES, Where.SOURCE, Where.PERSON, Where.SCENE, Where.AGAINST, Where.TEST),
                    Ui.ITEM_PROMPT, "open a quote, match, reading, source or beat of the scene by its number", null,
                    Key.of('#'));

            // The other views.
            t.bind(Row.MATRIX, Where.ANYWHERE, new Action.Show(View.MATRIX), "matrix of beats and readings", "matrix",
                    Key.of('m'));
            t.bind(Row.WALK, Where.ANYWHERE, new Action.Show(View.WALK), "walk through the beats under the lens", "walk",
                    Key.of('w'));
            t.bind(Row.COMPARE, Where.only(Where.READINGS),
                    new Act(Action.Compare.class, new Make(Make.Kind.COMPARE, 0)),
                    "compare the lens with the reading under the cursor", "compare", Key.of('c'));
            t.bind(Row.COMPARE, Where.anywhereBut(Where.READINGS), new Action.Show(View.COMPARE),
                    "compare the lens with another reading", "compare", Key.of('c'));
            t.bind(Row.READINGS, Where.ANYWHERE, new Action.Show(View.READINGS), "list of readings", "readings",
                    Key.of('r'));
            t.bind(Row.SOURCES, Where.ANYWHERE, new Action.Show(View.SOURCES), "sources and who speaks in them", "sources",
                    Key.of('s'));
            // The reader's own reading, on the beat and reading in view.
            Set<Where> beatAndLens = Where.only(Where.BEATS, Where.QUOTES, Where.WALK, Where.COMPARE, Where.QUOTE,
                    Where.MATRIX);
            t.bind(Row.CONVINCED, beatAndLens, new Action.Mark(Standing.CONVINCED), "mark: convinced by this reading "
                    + "at this beat (again to clear)", null, Key.of('+'));
            t.bind(Row.UNSURE, beatAndLens, new Action.Mark(Standing.UNSURE), "mark: unsure of this reading at this beat",
                    null, Key.of('~'));
            t.bind(Row.UNCONVINCED, beatAndLens, new Action.Mark(Standing.UNCONVINCED),
                    "mark: unconvinced by this reading at this beat", null, Key.of('-'));
            t.bind(Row.NOTE, beatAndLens, new Action.EditNote(), "your note on this reading at this beat, in your editor "
                    + "(VISUAL or EDITOR) or on a line here", null, Key.of('e'));
            t.bind(Row.CREDENCE, beatAndLens, Ui.CREDENCE_PROMPT,
                    "spread 100 points of credence across the readings at this beat", null, Key.of('%'));
            t.bind(Row.MINE, Where.ANYWHERE, new Action.Show(View.MINE), "your reading: your stances, credence and notes",
                    "mine", Key.of('M'));
            t.bind(Row.SCENE, Where.ANYWHERE, new Action.Show(View.SCENE), "the scene: where, what happens, its beats",
                    "scene", Key.of('o'));

            t.bind(Row.EXPORT, Where.ANYWHERE, Ui.EXPORT_PROMPT, "export to a file here: the reading in view as a web "
                    + "page, or as you type it (markdown, text; beat, all)", null, Key.of('x'));
            t.bind(Row.WHERE, Where.ANYWHERE, new Action.WhereAmI(), "say where you are", null, Key.of('i'));
            t.bind(Row.REDRAW, Where.ANYWHERE, Ui.REDRAW, "draw the screen again", null, Key.ctrl('L'));
            t.bind(Row.HELP, Where.anywhereBut(Where.HELP), new Action.Show(View.HELP), "help: every key", "help",
                    Key.of('?'));
            t.bind(Row.HELP, Where.ANYWHERE, new Action.Show(View.HELP), "help: every key", null, Key.of(KeyType.F1));
            t.bind(Row.QUIT, Where.anywhereBut(Where.HELP), new Action.Quit(), "quit", "quit", Key.of('q'));
            t.bind(Row.INTERRUPT, EVERYWHERE, Ui.INTERRUPT, "quit at once, also while busy", null, Key.ctrl('C'),
                    Key.ctrl('\\'));

            // The one-line prompts under /, :, #, %, x and e.
            t.bind(Row.PROMPT_ENTER, Where.only(Where.SEARCH_PROMPT),
                    new Act(Action.Search.class, new Make(Make.Kind.SEARCH, 0)),
                    "search for what was typed", "search", Key.of(KeyType.Enter));
            t.bind(Row.PROMPT_ENTER, Where.only(Where.BEAT_PROMPT),
                    new Act(Action.GoToBeat.class, new Make(Make.Kind.GO_TO_BEAT, 0)),
                    "go to the beat with the number typed", "go", Key.of(KeyType.Enter));
            t.bind(Row.PROMPT_ENTER, Where.only(Where.ITEM_PROMPT),
                    new Act(Action.OpenItem.class, new Make(Make.Kind.OPEN_TYPED, 0)),
                    "open the item with the number typed", "open", Key.of(KeyType.Enter));
            t.bind(Row.PROMPT_ENTER, Where.only(Where.NOTE_PROMPT), new Act(Action.Note.class, new Make(Make.Kind.NOTE, 0)),
                    "keep the note typed", "keep", Key.of(KeyType.Enter));
            t.bind(Row.PROMPT_ENTER, Where.only(Where.CREDENCE_PROMPT),
                    new Act(Action.Credence.class, new Make(Make.Kind.CREDENCE, 0)),
                    "keep the credence typed", "keep", Key.of(KeyType.Enter));
            t.bind(Row.PROMPT_ENTER, Where.only(Where.EXPORT_PROMPT),
                    new Act(Action.Export.class, new Make(Make.Kind.EXPORT, 0)),
                    "write the export typed to a file in this folder", "write", Key.of(KeyType.Enter));
            t.bind(Row.PROMPT_ENTER, Where.only(Where.TEST_PROMPT), new Act(Action.Test.class, new Make(Make.Kind.TEST, 0)),
                    "deal the round typed", "deal", Key.of(KeyType.Enter));
            t.bind(Row.PROMPT_CANCEL, prompt, Ui.PROMPT_CANCEL, "close the prompt", "cancel", Key.of(KeyType.Escape));
            t.bind(Row.PROMPT_DELETE, prompt, Ui.PROMPT_DELETE,
                    "delete the last character typed, or close the prompt when it is empty", "delete",
                    Key.of(KeyType.Backspace));
            return t.out;
        }
    }
}
