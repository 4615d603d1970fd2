package org.endings.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import org.endings.core.Page.Block;
import org.endings.core.Page.Cell;
import org.endings.core.Page.Grid;
import org.endings.core.Page.Heading;
import org.endings.core.Page.Item;
import org.endings.core.Page.Items;
import org.endings.core.Page.Split;
import org.endings.core.Page.Text;
import org.endings.model.Beat;
import org.endings.model.Person;
import org.endings.model.Quote;
import org.endings.model.Reading;
import org.endings.model.Source;
import org.endings.model.SourceKind;
import org.endings.model.Stance;
import org.endings.model.Voice;

/** Turns a state into a {@link Page}: the words every front end shows. Pure. */
public final class Presenter {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};


    private final Queries queries;
    private final QuoteLists lists;
    private final Reader reader;
    private final Blind blind;
    private final String work;
    /**
     * The brief names, undated and in lower case, that two or more sources would share: a list names
     * such a source with its dates, so that they are told apart.
     */
    private final Set<String> briefTwins;
    /**
     * Each quote's words and its attribution in a list, by quote, as made the first time: the same on
     * every page, and a page is made again for every key. Filled as asked, by the explorer's thread
     * and its rehearsal's; a String is immutable, so two threads filling a slot at once do no harm.
     */
    private final String[] wordsOf;
    private final String[] listedAs;

    /** A presenter of its own, for a command that words quotes without navigating (the command line). */
    public Presenter(Queries queries) {
        this(queries, new QuoteLists(queries));
    }

    private Presenter(Queries queries, QuoteLists lists) {
        this(queries, lists, new Reader(queries, new Names(queries), lists));
    }

    Presenter(Queries queries, QuoteLists lists, Reader reader) {
        this.queries = queries;
        this.lists = lists;
        this.reader = reader;
        this.blind = new Blind(queries, new Names(queries));
        var model = queries.model();
        this.work = model.work().title() + " (" + model.work().year() + ") — " + model.scene().title();
        Set<String> seen = new HashSet<>();
        Set<String> twins = new HashSet<>();
        for (Source source : model.sources()) {
            String undated = name(source, true, 0, false).toLowerCase(java.util.Locale.ROOT);
            if (!seen.add(undated)) {
                twins.add(undated);
            }
        }
        this.briefTwins = twins;
        this.wordsOf = new String[model.quotes().size()];
        this.listedAs = new String[model.quotes().size()];
    }

    /** The film in a few words: "Anora (2024)". */
    public String film() {
        var w = queries.model().work();
        return w.title() + " (" + w.year() + ")";
    }

    /** The page for a state. */
    public Page page(State s) {
        return switch (s.view()) {
            case BEAT -> beatPage(s);
            case SCENE -> scenePage(s);
            case WALK -> walkPage(s);
            case MATRIX -> matrixPage(s);
            case COMPARE -> comparePage(s);
            case QUOTE -> quotePage(s);
            case READINGS -> readingsPage(s);
            case SOURCES -> sourcesPage(s);
            case SOURCE -> sourcePage(s);
            case PERSON -> personPage(s);
            case SEARCH -> searchPage(s);
            case HELP -> helpPage(s);
            case MINE -> minePage(s);
            case TEST -> testPage(s);
            case AGAINST -> againstPage(s);
        };
    }

    /** "Beat 2 of 4, The intimacy. Reading 2 of 9: Consent. View: beat. Quote 1 of 3." */
    public String whereAmI(State s) {
        StringBuilder out = new StringBuilder();
        out.append(beatPosition(s.beat())).append(", ").append(queries.beat(s.beat()).title()).append(". ");
        out.append("Reading ").append(s.reading() + 1).append(" of ").append(queries.readingCount()).append(": ")
                .append(queries.reading(s.reading()).title()).append(". ");
        out.append("View: ").append(s.view().label()).append('.');
        if (s.view() == View.COMPARE) {
            out.append(" Compared with ").append(queries.reading(s.other()).title()).append('.');
        }
        if (s.view() == View.SOURCE) {
            out.append(' ').append(describedFirst(queries.model().sources().get(s.subject()))).append('.');
        } else if (s.view() == View.PERSON) {
            out.append(' ').append(queries.model().people().get(s.subject()).name()).append('.');
        } else if (s.view() == View.TEST && s.round() != null) {
            out.append(' ').append(roundPosition(s.round())).append('.');
        } else if (s.view() == View.AGAINST) {
            out.append(" Against ").append(queries.reading(s.subject()).title()).append('.');
        }
        if (s.view() == View.QUOTE && s.quote() >= 0) {
            out.append(' ').append(quotePosition(s)).append('.');
        } else if (s.view() == View.BEAT || s.view() == View.WALK || s.view() == View.SOURCE || s.view() == View.PERSON
                || s.view() == View.AGAINST) {
            int n = lists.of(s).size();
            if (n > 0) {
                out.append(" Quote ").append(s.focus() + 1).append(" of ").append(n).append('.');
            } else {
                out.append(" No quotes here.");
            }
        }
        if (s.search() != null) {
            out.append(" Search “").append(s.search().query()).append("”: match ")
                    .append(s.search().current() + 1).append(" of ").append(s.search().matches().size()).append('.');
        }
        return out.toString();
    }

    private String beatPosition(int beat) {
        return "Beat " + (beat + 1) + " of " + queries.beatCount();
    }

    /** Where the state stands, seen through {@code reading}. */
    private Page.Place place(State s, int reading) {
        return new Page.Place(s.beat(), queries.beatCount(), queries.beat(s.beat()).title(),
                reading, queries.readingCount(), queries.reading(reading).title());
    }

    private Page page(State s, String title, String position, Subject subject, List<Block> blocks) {
        return new Page(PageKey.of(s), work, title, position, place(s, s.reading()), subject, blocks, s.status());
    }

    private Page page(State s, String title, String position, List<Block> blocks, int focus) {
        return new Page(PageKey.of(s), work, title, position, place(s, s.reading()), null, blocks, focus,
                s.status());
    }

    // ---- beat

    private Page beatPage(State s) {
        Beat beat = queries.beat(s.beat());
        Reading reading = queries.reading(s.reading());
        List<Block> blocks = new ArrayList<>();
        String lensId = reading.id();
        // Classes rather than lambdas on the first page: a program's first lambda costs a few ms to link.
        blocks.add(new Items("beat", "beats", Lazy.list(queries.beatCount(), new IntFunction<Item>() {
            @Override
            public Item apply(int i) {
                Standing yours = s.notebook().standing(queries.beat(i).id(), lensId);
                return new Item(queries.beat(i).title(), yours == null ? null : "You are " + yours.word() + ".",
                        new Subject.OfBeat(i, yours));
            }
        }), s.beat(), false, true, 1));
        blocks.add(new Heading("What happens"));
        blocks.add(new Text(beat.summary()));
        if (!beat.setting().isEmpty()) {
            blocks.add(new Text("Setting: " + String.join("; ", beat.setting()) + "."));
        }
        if (beat.time() != null) {
            blocks.add(new Text("Time: " + beat.time() + "."));
        }
        blocks.add(new Heading("Read as " + reading.title()));
        String gloss = reading.glossFor(beat.id());
        blocks.add(new Text(gloss == null ? "This reading gives no gloss for this beat." : gloss));
        String yours = yours(s.notebook(), beat.id(), reading.id());
        if (yours != null) {
            blocks.add(new Heading("Your reading"));
            blocks.add(new Text(yours));
        }
        List<Integer> quotes = queries.beatPageQuotes(s.beat(), s.reading());
        int scene = 0;
        for (int i = quotes.size() - 1; i >= 0 && queries.isSceneRemark(quotes.get(i)); i--) {
            scene++;
        }
        blocks.add(new Text(bearing(s.beat(), s.reading(), quotes.size() - scene, scene)));
        blocks.add(new Items("quote", "quotes",
                Lazy.list(quotes.size(), new IntFunction<Item>() {
                    @Override
                    public Item apply(int i) {
                        return quoteItem(quotes.get(i), s.reading());
                    }
                }), s.focus(), true, false, 1));
        return page(s, beat.title(), beatPosition(s.beat()),
                new Subject.OfBeat(s.beat(), s.notebook().standing(beat.id(), reading.id())), blocks);
    }

    /**
     * "Bearing on Consent here: 3 support, 1 complicates; 2 other quotes and 1 about
     * the whole scene take no stance on it." {@code scene} of the listed quotes are about the whole
     * scene and bear on no reading; they come last.
     */
    private String bearing(int beat, int r, int listed, int scene) {
        String title = queries.reading(r).title();
        int supports = queries.count(beat, r, Stance.SUPPORTS);
        int complicates = queries.count(beat, r, Stance.COMPLICATES);
        int challenges = queries.count(beat, r, Stance.CHALLENGES);
        return Words.bearingOn(title, supports, complicates, challenges)
                + Words.noStance(listed - (supports + complicates + challenges), scene) + ".";
    }

    private Items quoteList(List<Integer> quotes, int reading, int selected, boolean focus, int first) {
        return new Items("quote", "quotes",
                Lazy.list(quotes.size(), i -> quoteItem(quotes.get(i), reading)), selected, focus, false, first);
    }

    /** A quote as a list shows it under a reading: who and where, then how it bears on the reading. */
    private Item quoteItem(int q, int reading) {
        Quote quote = queries.quote(q);
        Subject.OfQuote subject = quoteSubject(q, reading);
        List<Phrase> label = new ArrayList<>(5);
        String listed = listedAs[q];
        if (listed == null) {
            listed = listAttribution(quote) + ". ";
            listedAs[q] = listed;
        }
        label.add(Phrase.plain(listed));
        label.addAll(Words.bearing(subject, queries.reading(reading).title()));
        String said = wordsOf[q];
        if (said == null) {
            said = words(quote);
            wordsOf[q] = said;
        }
        return new Item(label, said, subject);
    }

    /** What a quote is, seen under reading {@code r}. */
    private Subject.OfQuote quoteSubject(int q, int r) {
        Quote quote = queries.quote(q);
        int person = quote.voice() == Voice.EDITORIAL ? -1 : queries.personIndex(quote.speaker());
        return new Subject.OfQuote(q, person, queries.sourceIndex(quote.source()), r,
                Mark.of(quote.stanceOn(queries.reading(r).id())), queries.isSceneRemark(q), queries.isContested(q),
                queries.variantsOf(q));
    }

    // ---- the scene

    /**
     * The scene as a whole, as the model tells it: the film, where the scene happens and what
     * happens in it, what it is read through, and its beats, each of which opens its page.
     */
    private Page scenePage(State s) {
        var model = queries.model();
        var w = model.work();
        String lensId = queries.reading(s.reading()).id();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Text(w.title() + " (" + w.year() + "), directed by " + w.director() + ": "
                + Words.sentence(model.scene().title())));
        blocks.add(new Heading("Where"));
        blocks.add(new Text(model.scene().where()));
        blocks.add(new Heading("What happens"));
        blocks.add(new Text(model.scene().what()));
        blocks.add(new Heading("How it is read"));
        blocks.add(new Text("Through " + Words.count(queries.readingCount(), "reading", "readings") + ", backed by "
                + Words.count(model.quotes().size(), "quote", "quotes") + " from "
                + Words.count(queries.sourceCount(), "source", "sources") + "."));
        blocks.add(new Items("beat", "beats", Lazy.list(queries.beatCount(), i -> {
            Standing yours = s.notebook().standing(queries.beat(i).id(), lensId);
            return new Item(queries.beat(i).title(), queries.beat(i).summary(), new Subject.OfBeat(i, yours));
        }), s.focus(), true, false, 1));
        return page(s, "The scene", Words.count(queries.beatCount(), "beat", "beats"),
                new Subject.OfScene(queries.beatCount()), blocks);
    }

    // ---- walk

    /** Built lazily: a reading through 2,000 beats costs only the blocks a front end reads. */
    private Page walkPage(State s) {
        Reading reading = queries.reading(s.reading());
        List<Queries.WalkItem> walk = queries.walk(s.reading());
        int r = s.reading();
        List<Block> blocks = Lazy.list(1 + 3 * queries.beatCount(), i -> {
            if (i == 0) {
                return new Text(reading.thesis());
            }
            int b = (i - 1) / 3;
            Beat beat = queries.beat(b);
            switch ((i - 1) % 3) {
                case 0:
                    return new Heading(beatPosition(b) + ": " + beat.title());
                case 1: {
                    String gloss = reading.glossFor(beat.id());
                    return new Text(gloss == null ? "No gloss for this beat." : gloss);
                }
                default: {
                    int from = queries.walkStart(r, b);
                    int to = queries.walkStart(r, b + 1);
                    int selected = s.focus() >= from && s.focus() < to ? s.focus() - from : -1;
                    return new Items("quote", "quotes",
                            Lazy.list(to - from, k -> quoteItem(walk.get(from + k).quote(), r)),
                            selected, true, false, from + 1);
                }
            }
        });
        // The focused quote's list, found without making the blocks: beat b's list is block 3 + 3b.
        int focus = s.focus() >= 0 && s.focus() < walk.size() ? 3 + 3 * walk.get(s.focus()).beat() : -1;
        return page(s, reading.title(), "Reading " + (s.reading() + 1) + " of " + queries.readingCount(), blocks,
                focus);
    }

    // ---- matrix

    private Page matrixPage(State s) {
        int nb = queries.beatCount();
        int nr = queries.readingCount();
        Grid grid = new Grid(
                Lazy.list(nb, b -> queries.beat(b).title()),
                Lazy.list(nr, r -> queries.reading(r).title()),
                Lazy.list(nb, b -> Lazy.list(nr, r -> new Cell(
                        queries.count(b, r, Stance.SUPPORTS),
                        queries.count(b, r, Stance.COMPLICATES),
                        queries.count(b, r, Stance.CHALLENGES)))),
                s.beat(), s.reading());
        List<Block> blocks = List.of(
                new Text("Each cell counts the quotes that support, complicate and challenge a reading at a beat."),
                grid);
        return page(s, "Matrix of beats and readings",
                beatPosition(s.beat()) + ", reading " + (s.reading() + 1) + " of " + nr, null, blocks);
    }

    // ---- compare

    private Page comparePage(State s) {
        Reading a = queries.reading(s.reading());
        Reading b = queries.reading(s.other());
        Beat beat = queries.beat(s.beat());
        // The quotes are numbered on from one side to the other, as "quote N" opens them.
        int first = queries.quotesFor(s.beat(), s.reading()).size();
        Split split = new Split(a.title(), side(s.beat(), s.reading(), 1), b.title(), side(s.beat(), s.other(), first + 1));
        return page(s, "Compare " + a.title() + " and " + b.title(),
                beatPosition(s.beat()) + ", " + beat.title(), null, List.of(split));
    }

    private List<Block> side(int beat, int r, int firstNumber) {
        Reading reading = queries.reading(r);
        String gloss = reading.glossFor(queries.beat(beat).id());
        List<Integer> quotes = queries.quotesFor(beat, r);
        return List.of(new Text(reading.thesis()),
                new Text("At this beat: " + (gloss == null ? "no gloss." : gloss)),
                quoteList(quotes, r, -1, false, firstNumber));
    }

    // ---- quote

    private Page quotePage(State s) {
        int q = s.quote();
        Quote quote = queries.quote(q);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Text(words(quote)));
        blocks.add(new Heading("Who"));
        blocks.add(new Text(who(quote)));
        blocks.add(new Heading("Source"));
        blocks.add(new Text(describedFirst(queries.source(quote.source())) + "."));
        blocks.add(new Heading("Bears on"));
        blocks.add(new Text(bearsOn(quote)));
        if (queries.isContested(q)) {
            blocks.add(new Text(Words.CONTESTED_WHY));
        }
        // Each other wording under its own label, after this one: this wording is the page's first
        // paragraph already, and said again beside the other it was read twice by a screen reader.
        for (int v : queries.variantsOf(q)) {
            Quote other = queries.quote(v);
            blocks.add(new Heading("Another wording"));
            blocks.add(new Text(words(other)));
            blocks.add(new Text("From " + cite(queries.source(other.source())) + "."));
        }
        int seenUnder = lists.readingOfOpenQuote(s);
        return new Page(PageKey.of(s), work, attribution(quote), quotePosition(s), place(s, seenUnder),
                quoteSubject(q, seenUnder), blocks, s.status());
    }

    private String quotePosition(State s) {
        State.Visit from = lists.listOfOpenQuote(s);
        if (from != null) {
            return "Quote " + (from.focus() + 1) + " of " + lists.of(s, from.view(), from.subject()).size();
        }
        return "Quote " + (s.quote() + 1) + " of " + queries.model().quotes().size() + " in the model";
    }

    private String bearsOn(Quote quote) {
        List<String> beats = new ArrayList<>();
        for (String id : quote.beats()) {
            int b = queries.beatIndex(id);
            beats.add(b < 0 ? id : queries.beat(b).title());
        }
        StringBuilder out = new StringBuilder();
        out.append(beats.size() == 1 ? "Beat: " : "Beats: ").append(String.join("; ", beats)).append('.');
        if (quote.stances().isEmpty()) {
            out.append(" No reading.");
        } else {
            List<String> readings = new ArrayList<>();
            for (Map.Entry<String, Stance> e : quote.stances().entrySet()) {
                int r = queries.readingIndex(e.getKey());
                readings.add(Words.stance(Mark.of(e.getValue())) + " " + (r < 0 ? e.getKey() : queries.reading(r).title()));
            }
            out.append(" Readings: ").append(String.join("; ", readings)).append('.');
        }
        return out.toString();
    }

    // ---- readings, sources, search, help

    private Page readingsPage(State s) {
        int n = queries.readingCount();
        Items list = new Items("reading", "readings",
                Lazy.list(n, r -> new Item(queries.reading(r).title() + (r == s.reading() ? " (the lens)" : ""),
                        queries.reading(r).thesis(), new Subject.OfReading(r, r == s.reading()))),
                s.focus(), true, false, 1);
        return page(s, "Readings", Words.count(n, "reading", "readings"), null, List.of(list));
    }

    private Page sourcesPage(State s) {
        List<Source> sources = queries.model().sources();
        Items list = new Items("source", "sources",
                Lazy.list(sources.size(), i -> new Item(describedFirst(sources.get(i)) + ".", speakers(i),
                        new Subject.OfSource(i))),
                s.focus(), true, false, 1);
        return page(s, "Sources", Words.count(sources.size(), "source", "sources"), null, List.of(list));
    }

    /** A source: what it is, who reports it, who speaks in it, and every quote it carries, in model order. */
    private Page sourcePage(State s) {
        Source source = queries.model().sources().get(s.subject());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading("What it is"));
        StringBuilder what = new StringBuilder(atStart(kindAndOutlet(source), source.outlet()));
        if (source.date() != null) {
            what.append(", ").append(date(source.date()));
        }
        blocks.add(new Text(what.append('.').toString()));
        Source reporter = queries.source(source.reportedBy());
        if (reporter != null && reporter != source) {
            blocks.add(new Heading("Reported by"));
            blocks.add(new Text(describedFirst(reporter) + "."));
        }
        if (source.url() != null) {
            blocks.add(new Heading("Where to read it"));
            blocks.add(Text.link(source.url()));
        }
        String names = speakerNames(s.subject());
        blocks.add(new Heading("Who speaks in it"));
        // a person's name keeps the capitals it is written with ("bell hooks")
        blocks.add(new Text(names == null ? "No one: no quote comes from it."
                : (names.startsWith(OWN_VOICE) ? capital(names) : names) + "."));
        blocks.add(quotesOf(s));
        return page(s, source.title(), "Source " + (s.subject() + 1) + " of " + queries.sourceCount(),
                new Subject.OfSource(s.subject()), blocks);
    }

    /** A person: their role, whom they play, and every quote they speak, across the sources. */
    private Page personPage(State s) {
        Person person = queries.model().people().get(s.subject());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading("Role"));
        blocks.add(new Text(capital(person.role()) + (person.plays() == null ? "" : "; plays " + person.plays())
                + "."));
        blocks.add(quotesOf(s));
        return page(s, person.name(), "Person " + (s.subject() + 1) + " of " + queries.personCount(),
                new Subject.OfPerson(s.subject()), blocks);
    }

    /** The quotes of a source's or a person's page, each under the lens. */
    private Items quotesOf(State s) {
        List<Integer> quotes = lists.of(s);
        return new Items("quote", "quotes", Lazy.list(quotes.size(), i -> quoteItem(quotes.get(i), s.reading())),
                s.focus(), true, false, 1);
    }

    /** How the speakers of a source name the article's own voice. */
    private static final String OWN_VOICE = "the article’s own voice";

    /** "IndieWire interview", "podcast", "The Cinema Group article", "The Rewatchables podcast". */
    private static String kindAndOutlet(Source source) {
        return source.outlet() == null ? source.kind().word() : outletAndKind(source);
    }

    /**
     * The outlet as it writes itself, then the kind: "IndieWire interview"; but "Script Apart Podcast",
     * not "Script Apart Podcast podcast", where the outlet's name already ends with the kind.
     */
    static String outletAndKind(Source source) {
        String outlet = source.outlet();
        String kind = source.kind().word();
        int space = outlet.lastIndexOf(' ');
        return outlet.substring(space + 1).equalsIgnoreCase(kind) ? outlet : outlet + " " + kind;
    }

    /** A source described at the start of a sentence: capitalised, but an outlet keeps its own capitals ("indieWire"). */
    private String describedFirst(Source source) {
        return atStart(describe(source), source == null ? null : source.outlet());
    }

    /** {@code text} with a capital first letter, unless it begins with {@code name}, which keeps its own. */
    private static String atStart(String text, String name) {
        return name != null && text.startsWith(name) ? text : capital(text);
    }


    private String speakers(int source) {
        String names = speakerNames(source);
        return names == null ? "Quoted directly by no quote." : "Speaking here: " + names + ".";
    }

    /** "the article’s own voice; Sean Baker, writer-director", or null when no quote speaks in the source. */
    private String speakerNames(int source) {
        List<String> names = new ArrayList<>();
        for (String id : queries.speakersIn(source)) {
            if (id.isEmpty()) {
                names.add(OWN_VOICE);
            } else {
                Person p = queries.person(id);
                names.add(p == null ? id : p.name() + ", " + p.role());
            }
        }
        return names.isEmpty() ? null : String.join("; ", names);
    }

    private Page searchPage(State s) {
        State.SearchState search = s.search();
        List<Match> matches = search.matches();
        Items list = new Items("match", "matches",
                Lazy.list(matches.size(), i -> new Item(matches.get(i).where() + ".", matches.get(i).snippet(),
                        new Subject.OfMatch(matches.get(i)))),
                s.focus(), true, false, 1);
        return page(s, "Search for “" + search.query() + "”",
                "Match " + (s.focus() + 1) + " of " + matches.size(), null, List.of(list));
    }

    /** "You are convinced. Your note: …", or null when the reader has marked nothing here. */
    private static String yours(Notebook notebook, String beat, String reading) {
        Standing standing = notebook.standing(beat, reading);
        String note = notebook.note(beat, reading);
        if (standing == null && note == null) {
            return null;
        }
        String said = standing == null ? "No stance marked." : "You are " + standing.word() + ".";
        return note == null ? said : said + " Your note: " + note;
    }

    /**
     * The reader's own reading: their stances beat by beat, how their credence moved through the
     * scene and the reading they lean to, their notes in film order, and what the model no longer has.
     */
    private Page minePage(State s) {
        Notebook nb = s.notebook();
        List<Block> blocks = new ArrayList<>();
        if (!nb.writable()) {
            blocks.add(new Text("Read only: this Endings only reads your notebook, as it said when it started."));
        }
        if (nb.isEmpty()) {
            blocks.add(new Text("Nothing yet. On any beat, mark where you stand on the reading you are reading it "
                    + "through (convinced, unsure or unconvinced), keep a note, and spread 100 points of credence "
                    + "across the readings; this page gathers them."));
            return page(s, "Your reading", "Your notebook", null, blocks);
        }
        blocks.add(new Heading("Your stances"));
        int marked = 0;
        for (int b = 0; b < queries.beatCount(); b++) {
            Beat beat = queries.beat(b);
            List<String> parts = new ArrayList<>();
            for (int r = 0; r < queries.readingCount(); r++) {
                Standing standing = nb.standing(beat.id(), queries.reading(r).id());
                if (standing != null) {
                    parts.add(queries.reading(r).title() + ", " + standing.word());
                }
            }
            if (!parts.isEmpty()) {
                marked++;
                blocks.add(new Text(beatPosition(b) + ", " + beat.title() + ": " + String.join("; ", parts) + "."));
            }
        }
        if (marked == 0) {
            blocks.add(new Text("No stance marked yet."));
        }
        blocks.add(new Heading("Your credence"));
        String last = null;
        for (int b = 0; b < queries.beatCount(); b++) {
            Beat beat = queries.beat(b);
            Map<String, Integer> points = nb.credenceAt(beat.id());
            if (!points.isEmpty()) {
                last = beat.id();
                blocks.add(new Text("At " + beatPosition(b).toLowerCase(java.util.Locale.ROOT) + ", " + beat.title()
                        + ": " + reader.spread(points) + "."));
            }
        }
        if (last == null) {
            blocks.add(new Text("No credence spread yet."));
        } else {
            blocks.add(new Text(lean(nb)));
        }
        List<String> notes = new ArrayList<>();
        for (int b = 0; b < queries.beatCount(); b++) {
            Beat beat = queries.beat(b);
            for (int r = 0; r < queries.readingCount(); r++) {
                String note = nb.note(beat.id(), queries.reading(r).id());
                if (note != null) {
                    notes.add(beat.title() + ", read as " + queries.reading(r).title() + ": " + note);
                }
            }
        }
        if (!notes.isEmpty()) {
            blocks.add(new Heading("Your notes"));
            notes.forEach(n -> blocks.add(new Text(n)));
        }
        if (!nb.rounds().isEmpty()) {
            blocks.add(new Heading("Your rounds of blind reading"));
            int from = Math.max(0, nb.rounds().size() - ROUNDS_SHOWN);
            if (from > 0) {
                blocks.add(new Text("The last " + ROUNDS_SHOWN + " of " + nb.rounds().size() + ", oldest first."));
            }
            for (int i = from; i < nb.rounds().size(); i++) {
                Notebook.Taken taken = nb.rounds().get(i);
                Tally tally = blind.tally(taken);
                List<String> into = new ArrayList<>();
                for (Tally.Lean lean : tally.beyond()) {
                    into.add(queries.reading(lean.reading()).title() + " " + lean.quotes());
                }
                blocks.add(new Text("Round " + (i + 1) + " (" + taken.rules() + ", seed " + taken.seed() + "): "
                        + Words.agreement(tally).replace("You", "you").replace(".", "") + "; read into the words: "
                        + (into.isEmpty() ? "nothing" : String.join(", ", into)) + "."));
            }
        }
        List<String> orphans = orphans(nb);
        if (!orphans.isEmpty()) {
            blocks.add(new Heading("No longer in the model"));
            blocks.add(new Text("Kept, not dropped: these name a beat or a reading the model no longer has."));
            orphans.forEach(o -> blocks.add(new Text(o)));
        }
        return page(s, "Your reading", "Your notebook", null, blocks);
    }

    /** "You lean to Consent: 40 of 100 points." */
    private String lean(Notebook nb) {
        Reader.Lean lean = reader.lean(nb);
        if (lean.reading() < 0) {
            return "You lean to no one reading: your most points are shared.";
        }
        return "You lean to " + queries.reading(lean.reading()).title() + ": " + lean.points() + " of 100 points.";
    }

    /** What the notebook holds for beats or readings the model no longer has, in words, by id. */
    private List<String> orphans(Notebook nb) {
        List<String> out = new ArrayList<>();
        nb.standings().forEach((beat, byReading) -> byReading.forEach((reading, standing) -> {
            if (queries.beatIndex(beat) < 0 || queries.readingIndex(reading) < 0) {
                out.add("Stance on " + reading + " at " + beat + ": " + standing.word() + ".");
            }
        }));
        nb.notes().forEach((beat, byReading) -> byReading.forEach((reading, note) -> {
            if (queries.beatIndex(beat) < 0 || queries.readingIndex(reading) < 0) {
                out.add("Note on " + reading + " at " + beat + ": " + note);
            }
        }));
        nb.credence().forEach((beat, points) -> {
            boolean gone = queries.beatIndex(beat) < 0 || points.keySet().stream().anyMatch(r -> queries.readingIndex(r) < 0);
            if (gone) {
                out.add("Credence at " + beat + ": " + reader.spread(points) + ".");
            }
        });
        return out;
    }

    // ---- blind reading

    /** How many of the rounds a notebook keeps the reader's page lists. */
    private static final int ROUNDS_SHOWN = 5;

    /** "Quote 3 of 10", "Summary of a round of 10". */
    private static String roundPosition(Round round) {
        return round.finished() ? "Summary of a round of " + round.size() : "Quote " + (round.at() + 1) + " of " + round.size();
    }

    /**
     * A round of blind reading: the question (the beat, the words, the question, the choices, in the
     * order a listener hears them), the model's answer, or the summary.
     */
    private Page testPage(State s) {
        Round round = s.round();
        if (round == null) {
            return page(s, "Blind reading", "No round", null, List.of(new Text("No round under way.")));
        }
        List<Block> blocks = new ArrayList<>();
        if (round.finished()) {
            summary(round, blocks);
            return page(s, "Blind reading", roundPosition(round), null, blocks);
        }
        int q = round.quote();
        Quote quote = queries.quote(q);
        blocks.add(new Text(beatsOf(quote)));
        if (round.rules().speaker()) {
            Person p = queries.person(quote.speaker());
            blocks.add(new Text(quote.voice() == Voice.EDITORIAL ? "In the article’s own voice."
                    : "Said by " + (p == null ? quote.speaker() : p.name() + ", " + p.role()) + "."));
        }
        blocks.add(new Text(words(quote)));
        List<Integer> readings = blind.choices(round.rules());
        switch (round.step()) {
            case READING -> {
                blocks.add(new Text("Which reading do these words bear on, if any?"));
                blocks.add(new Items("choice", "choices", Lazy.list(readings.size() + 1, i -> i == 0
                        ? new Item("None of them", null, null)
                        : new Item(queries.reading(readings.get(i - 1)).title(), null,
                                new Subject.OfReading(readings.get(i - 1), false))), s.focus(), true, false, 0));
            }
            case WAY -> {
                String title = queries.reading(round.reading()).title();
                blocks.add(new Text("You read them as bearing on " + title + ". Which way?"));
                List<Item> ways = new ArrayList<>();
                for (Stance way : Stance.values()) {
                    ways.add(new Item(List.of(new Phrase(Words.capital(Words.stance(Mark.of(way))), Mark.of(way)),
                            Phrase.plain(" " + title)), null, null));
                }
                blocks.add(new Items("way", "ways", ways, s.focus(), true, false, 1));
            }
            default -> reveal(round, blocks);
        }
        return page(s, "Blind reading", roundPosition(round), null, blocks);
    }

    /** "Beat 2 of 4, The intimacy.", "Beats 2 to 4: The intimacy; …", "The whole scene.". */
    private String beatsOf(Quote quote) {
        List<Integer> beats = new ArrayList<>();
        for (String id : quote.beats()) {
            int b = queries.beatIndex(id);
            if (b >= 0) {
                beats.add(b);
            }
        }
        if (beats.size() == 1) {
            return beatPosition(beats.get(0)) + ", " + queries.beat(beats.get(0)).title() + ".";
        }
        if (queries.beatCount() > 1 && beats.size() == queries.beatCount()) {
            return "The whole scene: every beat.";
        }
        List<String> titles = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int b : beats) {
            titles.add(queries.beat(b).title());
            numbers.add(String.valueOf(b + 1));
        }
        return "Beats " + String.join(", ", numbers) + " of " + queries.beatCount() + ": " + String.join("; ", titles) + ".";
    }

    /** The model's answer to the quote just answered, and who said it, where. */
    private void reveal(Round round, List<Block> blocks) {
        Round.Reply reply = round.replies().get(round.at());
        Quote quote = queries.quote(reply.quote());
        Map<Integer, Stance> theirs = blind.stances(round.rules(), reply.quote());
        String yours = reply.isNone() ? null : queries.reading(reply.reading()).title();
        blocks.add(new Heading("You said"));
        blocks.add(new Text(Words.reply(reply.stance(), yours)));
        blocks.add(new Heading("The model"));
        List<String> model = new ArrayList<>();
        theirs.forEach((r, stance) -> model.add(Words.reply(stance, queries.reading(r).title())));
        blocks.add(new Text(model.isEmpty() ? Words.reply(null, null) : String.join(" ", model)));
        blocks.add(new Text(Words.verdict(blind.verdict(round, reply), yours, reply.stance(),
                reply.isNone() ? null : theirs.get(reply.reading()))));
        if (queries.isContested(reply.quote())) {
            blocks.add(new Text(Words.CONTESTED_WHY));
        }
        blocks.add(new Heading("Who"));
        blocks.add(new Text(who(quote)));
        blocks.add(new Heading("Source"));
        blocks.add(new Text(capital(describe(queries.source(quote.source()))) + "."));
    }

    /** Agreement by reading and by way, what the reader said against what the model reads, and what they read in. */
    private void summary(Round round, List<Block> blocks) {
        Tally tally = blind.tally(round);
        blocks.add(new Heading("Agreement"));
        blocks.add(new Text(Words.agreement(tally)));
        blocks.add(new Heading("By reading"));
        for (Tally.ByReading row : tally.readings()) {
            blocks.add(new Text(Words.byReading(row, queries.reading(row.reading()).title())));
        }
        blocks.add(new Heading("By way"));
        for (Tally.ByWay row : tally.ways()) {
            blocks.add(new Text(Words.byWay(row)));
        }
        if (!tally.said().isEmpty()) {
            blocks.add(new Heading("What you read, and what the model reads"));
            for (Tally.Said row : tally.said()) {
                blocks.add(new Text(Words.said(row, queries.reading(row.reading()).title())));
            }
        }
        blocks.add(new Heading("Where your reading went beyond the words"));
        if (tally.beyond().isEmpty() && tally.missed() == 0) {
            blocks.add(new Text("Nowhere: every reading you named for a quote, the model finds in its words too."));
        }
        for (Tally.Lean lean : tally.beyond()) {
            blocks.add(new Text(Words.beyond(lean, queries.reading(lean.reading()).title())));
        }
        if (tally.missed() > 0) {
            blocks.add(new Text(Words.missed(tally.missed())));
        }
        blocks.add(new Heading("The same round for others"));
        blocks.add(new Text("Deal it with " + blind.spec(round.rules()) + " seed " + round.seed()
                + ": the same quotes, in the same order."));
    }

    /** The quotes against a reading, strongest first, each openable. */
    private Page againstPage(State s) {
        int lean = s.subject();
        String title = queries.reading(lean).title();
        List<Integer> quotes = queries.against(lean);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Text(queries.reading(lean).thesis()));
        blocks.add(new Text("The quotes that complicate or challenge " + title + ", strongest first: those that "
                + "challenge it, then those that complicate it; among them, those that bear on more readings first, "
                + "and a filmmaker’s own words before a paraphrase or an article’s."));
        blocks.add(new Items("quote", "quotes", Lazy.list(quotes.size(), i -> quoteItem(quotes.get(i), lean)),
                s.focus(), true, false, 1));
        return page(s, "Against " + title, quotes.isEmpty() ? "No quotes" : Words.count(quotes.size(), "quote", "quotes"),
                null, blocks);
    }

    /** What the program is, then the words its pages use, each said once: the front ends add their keys or commands. */
    private Page helpPage(State s) {
        var model = queries.model();
        List<Block> blocks = List.of(new Text("Endings lets you step through the final scene of "
                + model.work().title() + " (" + model.work().year() + ", " + model.work().director() + ") beat by beat, "
                + "and read it through " + Words.count(queries.readingCount(), "reading", "readings")
                + ", each backed by quotes from the filmmakers and the articles that report them."),
                new Heading("Words used here"),
                new Text("Lens: the reading you see the scene through, named at the top of every page; "
                        + "choosing another reading changes it."),
                new Text("Stance: which way a quote bears on a reading. It supports it, complicates it (grants part "
                        + "and questions part) or challenges it; a quote can take no stance on a reading."),
                new Text("Contested: a quote that supports one reading and challenges another."),
                new Text("Variant: the same remark as another source reports it, in other words; a quote's page "
                        + "shows both wordings."),
                new Text("Whole-scene remark: a quote about the scene as a whole rather than one beat; it takes no "
                        + "stance on any reading and comes after a beat's own quotes."),
                new Text("Your stance: convinced, unsure or unconvinced, which you mark on a reading at a beat and "
                        + "your notebook keeps; the quotes' stances are the sources' own."));
        return page(s, "Help", "Keys and commands", null, blocks);
    }

    // ---- words shared by the pages

    /** Who said it and where: "Sean Baker, writer-director, IndieWire interview, November 2024, as reported by …". */
    public String attribution(Quote quote) {
        return attribution(quote, cite(queries.source(quote.source())));
    }

    /**
     * Who said it and where, as briefly as a list item allows: "Sean Baker, writer‑director, IndieWire
     * interview, as reported by “What Happens at the End of Anora?”". A source's dates are left to the
     * quote's own page, unless another source would then be named the same.
     */
    public String listAttribution(Quote quote) {
        Source source = queries.source(quote.source());
        String undated = name(source, true, 0, false);
        boolean twin = briefTwins.contains(undated.toLowerCase(java.util.Locale.ROOT));
        return attribution(quote, twin ? cite(source) : undated);
    }

    private String attribution(Quote quote, String where) {
        if (quote.voice() == Voice.EDITORIAL) {
            return "The article’s own reading, " + where;
        }
        Person p = queries.person(quote.speaker());
        String speaker = p == null ? String.valueOf(quote.speaker()) : p.name() + ", " + p.role();
        if (quote.voice() == Voice.PARAPHRASE) {
            return "Paraphrase of " + speaker + ", in the article’s words: " + where;
        }
        return speaker + ", " + where;
    }

    private String who(Quote quote) {
        if (quote.voice() == Voice.EDITORIAL) {
            return "The article’s own reading, in its own voice; no filmmaker said these words.";
        }
        Person p = queries.person(quote.speaker());
        String speaker = p == null ? String.valueOf(quote.speaker()) : p.name() + ", " + p.role()
                + (p.plays() == null ? "" : ", plays " + p.plays());
        if (quote.voice() == Voice.PARAPHRASE) {
            return speaker + ". A paraphrase: the article’s words for what the speaker thinks, not a quotation.";
        }
        return speaker + ". A direct quotation.";
    }

    /** The quote's text as a reader sees it: direct words in quotation marks, other voices labelled. */
    public String words(Quote quote) {
        return switch (quote.voice()) {
            case DIRECT -> "“" + quote.text() + "”";
            case PARAPHRASE -> "Paraphrase: " + quote.text();
            case EDITORIAL -> "Article: " + quote.text();
        };
    }

    /**
     * A source named as briefly as a list item allows: "IndieWire interview, November 2024, as
     * reported by “What happens at the end of Anora”, 12 March 2025"; "The Cinema Group".
     */
    public String cite(Source source) {
        return name(source, true, 0, true);
    }

    /** "IndieWire interview, November 2024, as reported by article “What happens…”, 12 March 2025". */
    public String describe(Source source) {
        return name(source, false, 0, true);
    }

    /**
     * A source in words; brief names an article by its outlet alone where it has one. A chain of
     * reporters is followed two steps at most, so that no model, however wrong, loops here.
     */
    private String name(Source source, boolean brief, int depth, boolean dated) {
        if (source == null) {
            return "an unknown source";
        }
        StringBuilder out = new StringBuilder();
        if (source.kind() == SourceKind.ARTICLE) {
            if (brief) {
                out.append(source.outlet() != null ? source.outlet() : "“" + source.title() + "”");
            } else {
                out.append(source.outlet() == null ? "article" : outletAndKind(source))
                        .append(" “").append(source.title()).append('”');
            }
        } else if (source.outlet() != null) {
            out.append(outletAndKind(source));
        } else {
            out.append('“').append(source.title()).append("”, ").append(source.kind().word());
        }
        if (source.date() != null && dated) {
            out.append(", ").append(date(source.date()));
        }
        Source reporter = queries.source(source.reportedBy());
        if (reporter != null && reporter != source && depth < 2) {
            out.append(", as reported by ").append(name(reporter, brief, depth + 1, dated));
        }
        return out.toString();
    }

    /** "2024-11" → "November 2024"; "2025-03-12" → "12 March 2025". */
    static String date(String iso) {
        String[] parts = iso.split("-");
        try {
            if (parts.length == 2) {
                return MONTHS[Integer.parseInt(parts[1]) - 1] + " " + parts[0];
            }
            if (parts.length == 3) {
                return Integer.parseInt(parts[2]) + " " + MONTHS[Integer.parseInt(parts[1]) - 1] + " " + parts[0];
            }
        } catch (RuntimeException e) {
            return iso;
        }
        return iso;
    }

    private static String capital(String s) {
        return Words.capital(s);
    }
}
