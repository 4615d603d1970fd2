package org.endings.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
    private final String work;

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
        var model = queries.model();
        this.work = model.work().title() + " (" + model.work().year() + ") — " + model.scene().title();
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
        }
        if (s.view() == View.QUOTE && s.quote() >= 0) {
            out.append(' ').append(quotePosition(s)).append('.');
        } else if (s.view() == View.BEAT || s.view() == View.WALK || s.view() == View.SOURCE || s.view() == View.PERSON) {
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
        blocks.add(new Items("beat", "beats", Lazy.list(queries.beatCount(), i -> {
            Standing yours = s.notebook().standing(queries.beat(i).id(), lensId);
            return new Item(queries.beat(i).title(), yours == null ? null : "You are " + yours.word() + ".",
                    new Subject.OfBeat(i, yours));
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
                Lazy.list(quotes.size(), i -> quoteItem(quotes.get(i), s.reading())), s.focus(), true, false, 1));
        return page(s, beat.title(), beatPosition(s.beat()),
                new Subject.OfBeat(s.beat(), s.notebook().standing(beat.id(), reading.id())), blocks);
    }

    /**
     * "Bearing on Consent here: 3 support, 1 complicates; 2 other quotes about this beat and 1 about
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
        label.add(Phrase.plain(attribution(quote) + ". "));
        label.addAll(Words.bearing(subject, queries.reading(reading).title()));
        return new Item(label, words(quote), subject);
    }

    /** What a quote is, seen under reading {@code r}. */
    private Subject.OfQuote quoteSubject(int q, int r) {
        Quote quote = queries.quote(q);
        int person = quote.voice() == Voice.EDITORIAL ? -1 : queries.personIndex(quote.speaker());
        return new Subject.OfQuote(q, person, queries.sourceIndex(quote.source()), r,
                Mark.of(quote.stanceOn(queries.reading(r).id())), queries.isSceneRemark(q), queries.isContested(q),
                queries.variantsOf(q));
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
        for (int v : queries.variantsOf(q)) {
            Quote other = queries.quote(v);
            blocks.add(new Split("This wording",
                    List.of(new Text(words(quote)), new Text(describedFirst(queries.source(quote.source())) + ".")),
                    "Another wording",
                    List.of(new Text(words(other)), new Text(describedFirst(queries.source(other.source())) + "."))));
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
            blocks.add(new Text("Read only: this notebook is open in another Endings."));
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
            blocks.add(new Text(lean(nb.credenceAt(last))));
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
        List<String> orphans = orphans(nb);
        if (!orphans.isEmpty()) {
            blocks.add(new Heading("No longer in the model"));
            blocks.add(new Text("Kept, not dropped: these name a beat or a reading the model no longer has."));
            orphans.forEach(o -> blocks.add(new Text(o)));
        }
        return page(s, "Your reading", "Your notebook", null, blocks);
    }

    /** "You lean to Consent: 40 of 100 points." */
    private String lean(Map<String, Integer> points) {
        String best = null;
        int most = -1;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : points.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
                tie = false;
            } else if (e.getValue() == most) {
                tie = true;
            }
        }
        int r = queries.readingIndex(best);
        if (tie || r < 0) {
            return "You lean to no one reading: your most points are shared.";
        }
        return "You lean to " + queries.reading(r).title() + ": " + most + " of 100 points.";
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

    private Page helpPage(State s) {
        var model = queries.model();
        List<Block> blocks = List.of(new Text("Endings lets you step through the final scene of "
                + model.work().title() + " (" + model.work().year() + ", " + model.work().director() + ") beat by beat, "
                + "and read it through " + Words.count(queries.readingCount(), "reading", "readings")
                + ", each backed by quotes from the filmmakers and the articles that report them."));
        return page(s, "Help", "Keys and commands", null, blocks);
    }

    // ---- words shared by the pages

    /** Who said it and where: "Sean Baker, writer-director, IndieWire interview, November 2024, as reported by …". */
    public String attribution(Quote quote) {
        Source source = queries.source(quote.source());
        String where = cite(source);
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
        return name(source, true, 0);
    }

    /** "IndieWire interview, November 2024, as reported by article “What happens…”, 12 March 2025". */
    public String describe(Source source) {
        return name(source, false, 0);
    }

    /**
     * A source in words; brief names an article by its outlet alone where it has one. A chain of
     * reporters is followed two steps at most, so that no model, however wrong, loops here.
     */
    private String name(Source source, boolean brief, int depth) {
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
        if (source.date() != null) {
            out.append(", ").append(date(source.date()));
        }
        Source reporter = queries.source(source.reportedBy());
        if (reporter != null && reporter != source && depth < 2) {
            out.append(", as reported by ").append(name(reporter, brief, depth + 1));
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
