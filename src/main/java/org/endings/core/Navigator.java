package org.endings.core;

import java.util.ArrayList;
import java.util.List;

import org.endings.core.Action.Back;
import org.endings.core.Action.ChooseReading;
import org.endings.core.Action.Compare;
import org.endings.core.Action.First;
import org.endings.core.Action.GoToBeat;
import org.endings.core.Action.Last;
import org.endings.core.Action.NextBeat;
import org.endings.core.Action.NextItem;
import org.endings.core.Action.NextMatch;
import org.endings.core.Action.NextReading;
import org.endings.core.Action.Open;
import org.endings.core.Action.OpenItem;
import org.endings.core.Action.OpenSource;
import org.endings.core.Action.OpenSpeaker;
import org.endings.core.Action.Quit;
import org.endings.core.Action.ShowPerson;
import org.endings.core.Action.ShowSource;
import org.endings.core.Action.SwitchList;
import org.endings.core.Action.PrevBeat;
import org.endings.core.Action.PrevItem;
import org.endings.core.Action.PrevMatch;
import org.endings.core.Action.PrevReading;
import org.endings.core.Action.Search;
import org.endings.core.Action.Show;
import org.endings.core.Action.WhereAmI;
import org.endings.core.State.SearchState;
import org.endings.core.State.Visit;
import org.endings.model.Quote;
import org.endings.model.Voice;

/**
 * The one place a reader's state changes: {@code update(state, action)} returns the next state and
 * the effects it asks the edge to carry out. Pure: no I/O, no clock; the same state and action
 * always give the same result. Every rule of navigation lives here or in the classes it uses: which
 * list the reader moves in, what "the same page" is ({@link PageKey}), the list an open quote
 * stands in, which reading a name means ({@link Names}).
 */
public final class Navigator {
    private final Queries queries;
    private final QuoteLists lists;
    private final Presenter presenter;
    private final Names names;
    private final Reader reader;
    private final Blind blind;

    public Navigator(Queries queries) {
        this.queries = queries;
        this.lists = new QuoteLists(queries);
        this.names = new Names(queries);
        this.reader = new Reader(queries, names, lists);
        this.blind = new Blind(queries, names);
        this.presenter = new Presenter(queries, lists, reader);
    }

    /** Finds a beat, reading, person or source by number or name. */
    public Names names() {
        return names;
    }

    public Queries queries() {
        return queries;
    }

    /** Whether the search's index is small enough to make before anyone searches ({@link Queries#searchIndexIsSmall}). */
    public boolean searchIndexIsSmall() {
        return queries.searchIndexIsSmall();
    }

    public Presenter presenter() {
        return presenter;
    }

    /** The state a reader starts in. */
    public State start() {
        return State.start(queries);
    }

    /**
     * The state after {@code action}, with its effects; the previous message is cleared. On the list
     * of matches the current match is the one the reader is on, so n and N go on from there.
     */
    public Transition update(State state, Action action) {
        if (action instanceof Quit) {
            // where the reader stops is where the next start opens, though they never moved (--start)
            Transition kept = kept(state, state.withStatus(Status.NONE), true);
            List<Effect> effects = new ArrayList<>(kept.effects());
            effects.add(new Effect.Quit());
            return new Transition(kept.state(), effects);
        }
        if (action instanceof Action.EditNote) {
            return reader.editNote(state.withStatus(Status.NONE));
        }
        if (action instanceof Action.Cite a) {
            return cite(state.withStatus(Status.NONE), a.number());
        }
        if (action instanceof Action.Export a) {
            return export(state.withStatus(Status.NONE), a.spec());
        }
        if (action instanceof Action.Test a) {
            Transition dealt = blind.start(state.withStatus(Status.NONE), a);
            // without a seed the state stands while the edge shuffles
            return dealt.effects().isEmpty() ? kept(state, dealt.state(), false) : dealt;
        }
        if (state.view() == View.TEST && state.round() != null) {
            State inRound = blind.update(state.withStatus(Status.NONE), action);
            if (inRound != null) {
                return kept(state, inRound, false);
            }
        }
        State next = leftRound(state, apply(state.withStatus(Status.NONE), action));
        SearchState search = next.search();
        if (next.view() == View.SEARCH && search != null && next.focus() != search.current()
                && next.focus() >= 0 && next.focus() < search.matches().size()) {
            next = next.withSearch(new SearchState(search.query(), search.matches(), next.focus()));
        }
        return kept(state, next, false);
    }

    /**
     * A round left before its end is dropped, and the ways back to it with it; help is not leaving,
     * and a finished round stays, for the lean it shows.
     */
    private static State leftRound(State before, State next) {
        Round round = before.round();
        if (before.view() != View.TEST || round == null || round.finished() || next.view() == View.TEST
                || next.view() == View.HELP) {
            return next;
        }
        List<Visit> kept = next.history().stream().filter(v -> v.view() != View.TEST).toList();
        State left = next.withRound(null).withHistory(kept);
        return next.status().isEmpty() ? left.withStatus(Status.info("You left the round at quote " + (round.at() + 1)
                + " of " + round.size() + "; test deals another.")) : left;
    }

    /**
     * The transition to {@code next}, its notebook keeping where the reader now is, with a save
     * when the notebook changed: a stance, a note, credence, or the place. A read-only notebook is
     * never saved.
     */
    private Transition kept(State before, State next, boolean always) {
        Notebook notebook = next.notebook();
        if (!notebook.writable()) {
            return Transition.to(next);
        }
        Notebook.Resume here = reader.resumeOf(next);
        if (!here.equals(notebook.resume())) {
            notebook = notebook.withResume(here);
            next = next.withNotebook(notebook);
        }
        return notebook.equals(before.notebook()) && !always ? Transition.to(next)
                : new Transition(next, List.of(new Effect.Save(notebook)));
    }

    /** The state with {@code message} as what the reader is told next (what the edge has to say at the start). */
    public State say(State s, String message) {
        return s.withStatus(Status.info(message));
    }

    /**
     * The state a reader starts in with their notebook: where they left off, said in one line,
     * unless {@code atStart}.
     */
    public State resume(Notebook notebook, boolean atStart) {
        return reader.resume(start(), notebook, atStart);
    }

    /** True when the two states show the same page, though its focus or the matrix's cursor may differ. */
    public static boolean samePage(State a, State b) {
        return PageKey.of(a).equals(PageKey.of(b));
    }

    /** The reader is where they were: nothing but the message or the notebook changed. */
    public static boolean samePlace(State a, State b) {
        return a.withStatus(Status.NONE).withNotebook(b.notebook()).equals(b.withStatus(Status.NONE));
    }

    /**
     * The state whose page lists the quotes that quote N opens here (this one, or for an open quote
     * the list it came from), or null where no quotes are listed.
     */
    public State quoteListState(State s) {
        return lists.listState(s);
    }

    /** How many quotes quote N chooses from here; 0 where none are listed. */
    public int quoteCount(State s) {
        State list = lists.listState(s);
        return list == null ? 0 : lists.of(list).size();
    }

    /** The state of a view reached from {@code s} without history: the beat page for the beats, help for what the program is. */
    public State plain(State s, View view) {
        return new State(view, s.beat(), s.reading(), s.other(), 0, -1, -1, true, null, List.of(), s.notebook(),
                Status.NONE, s.round());
    }

    private State apply(State s, Action action) {
        // Java 17 has no pattern switch; ExplorerTest checks every permitted action is handled.
        if (action instanceof NextBeat) {
            return moveBeat(s, s.beat() + 1);
        } else if (action instanceof PrevBeat) {
            return moveBeat(s, s.beat() - 1);
        } else if (action instanceof GoToBeat a) {
            return goToBeat(s, a.number());
        } else if (action instanceof NextReading) {
            return moveReading(s, s.reading() + 1);
        } else if (action instanceof PrevReading) {
            return moveReading(s, s.reading() - 1);
        } else if (action instanceof ChooseReading a) {
            return chooseReading(s, a.number());
        } else if (action instanceof NextItem) {
            return moveItem(s, +1);
        } else if (action instanceof PrevItem) {
            return moveItem(s, -1);
        } else if (action instanceof First) {
            return firstOrLast(s, true);
        } else if (action instanceof Last) {
            return firstOrLast(s, false);
        } else if (action instanceof Open) {
            return open(s);
        } else if (action instanceof OpenItem a) {
            return openItem(s, a.number());
        } else if (action instanceof Back) {
            return back(s);
        } else if (action instanceof Show a) {
            return show(s, a.view());
        } else if (action instanceof Compare a) {
            return compare(s, a.first(), a.second());
        } else if (action instanceof Search a) {
            return search(s, a.query());
        } else if (action instanceof NextMatch) {
            return moveMatch(s, +1);
        } else if (action instanceof PrevMatch) {
            return moveMatch(s, -1);
        } else if (action instanceof WhereAmI) {
            return s.withStatus(Status.info(presenter.whereAmI(s)));
        } else if (action instanceof Action.Mark a) {
            return reader.mark(s, a.standing());
        } else if (action instanceof Action.Note a) {
            return reader.note(s, a.text());
        } else if (action instanceof Action.Credence a) {
            return reader.credence(s, a.spec());
        } else if (action instanceof SwitchList) {
            if (s.view() != View.BEAT) {
                return s.withStatus(Status.info("Only a beat page has two lists to move between."));
            }
            return s.withBeatList(!s.onBeatList());
        } else if (action instanceof OpenSpeaker) {
            return openSpeaker(s);
        } else if (action instanceof OpenSource) {
            return openSource(s);
        } else if (action instanceof ShowSource a) {
            return showSubject(s, View.SOURCE, a.number(), queries.sourceCount(), "source", "sources");
        } else if (action instanceof ShowPerson a) {
            return showSubject(s, View.PERSON, a.number(), queries.personCount(), "person", "people");
        } else if (action instanceof Action.Answer) {
            return s.withStatus(Status.error("No round under way to answer: test deals one."));
        } else if (action instanceof Action.Challenge a) {
            return challenge(s, a.reading());
        }
        throw new IllegalArgumentException("unhandled action " + action);
    }

    // ---- beats and readings

    private State moveBeat(State s, int beat) {
        if (beat < 0) {
            return s.withStatus(Status.info("This is the first beat."));
        }
        if (beat >= queries.beatCount()) {
            return s.withStatus(Status.info("This is the last beat."));
        }
        return atBeat(s, beat);
    }

    private State goToBeat(State s, int number) {
        int n = queries.beatCount();
        if (number < 1 || number > n) {
            return s.withStatus(Status.error("No beat " + number + ": there " + (n == 1 ? "is 1 beat." : "are " + n + " beats.")));
        }
        return atBeat(s, number - 1);
    }

    /** Moves to a beat; a view that shows no beat turns to the beat page, as a reader choosing a beat expects. */
    private State atBeat(State s, int beat) {
        State base = s;
        if (s.view() == View.QUOTE || s.view() == View.SOURCES || s.view() == View.HELP || s.view() == View.SCENE
                || s.view() == View.READINGS || s.view() == View.SEARCH || s.view() == View.SOURCE
                || s.view() == View.PERSON || s.view() == View.MINE || s.view() == View.TEST
                || s.view() == View.AGAINST) {
            base = s.remembered().withView(View.BEAT, 0);
        }
        State moved = base.withBeat(beat, 0);
        if (moved.view() == View.WALK) {
            return moved.withFocus(firstWalkIndexAt(s.reading(), beat));
        }
        return moved;
    }

    private int firstWalkIndexAt(int reading, int beat) {
        List<Queries.WalkItem> walk = queries.walk(reading);
        for (int i = 0; i < walk.size(); i++) {
            if (walk.get(i).beat() >= beat) {
                return i;
            }
        }
        return Math.max(0, walk.size() - 1);
    }

    private State moveReading(State s, int reading) {
        if (reading < 0) {
            return s.withStatus(Status.info("This is the first reading."));
        }
        if (reading >= queries.readingCount()) {
            return s.withStatus(Status.info("This is the last reading."));
        }
        return lens(s, reading);
    }

    private State chooseReading(State s, int number) {
        int n = queries.readingCount();
        if (number < 1 || number > n) {
            return s.withStatus(Status.error("No reading " + number + ": there "
                    + (n == 1 ? "is 1 reading." : "are " + n + " readings, 1 to " + n + ".")));
        }
        State chosen = lens(s, number - 1);
        if (s.view() == View.READINGS) {
            return chosen.withFocus(number - 1);
        }
        return chosen;
    }

    private State lens(State s, int reading) {
        int other = s.other();
        if (other == reading) {
            other = s.reading();
        }
        int focus = switch (s.view()) {
            case READINGS -> reading;
            case WALK -> 0;
            case BEAT -> 0;
            default -> s.focus();
        };
        return s.withReading(reading, other, focus);
    }

    // ---- lists

    /** How many items the view's list holds; 0 where the view has no list. */
    int listSize(State s) {
        return switch (s.view()) {
            case BEAT -> queries.beatPageQuotes(s.beat(), s.reading()).size();
            case WALK -> queries.walk(s.reading()).size();
            case READINGS -> queries.readingCount();
            case SCENE -> queries.beatCount();
            case SOURCES -> queries.sourceCount();
            case SOURCE, PERSON, AGAINST -> lists.of(s).size();
            case SEARCH -> s.search() == null ? 0 : s.search().matches().size();
            default -> 0;
        };
    }

    /** The model index of the quote at a position of a view's list, or -1. */
    private int quoteAt(State s, View view, int subject, int position) {
        List<Integer> list = lists.of(s, view, subject);
        return position >= 0 && position < list.size() ? list.get(position) : -1;
    }

    private State moveItem(State s, int step) {
        switch (s.view()) {
            case MATRIX:
                return moveBeat(s, s.beat() + step);
            case COMPARE:
                return moveOther(s, step);
            case QUOTE:
                return moveQuote(s, step);
            default:
                break;
        }
        int size = listSize(s);
        if (size == 0) {
            return s.withStatus(Status.info("Nothing to move through here."));
        }
        int next = s.focus() + step;
        if (next < 0) {
            return s.withStatus(Status.info("This is the first item."));
        }
        if (next >= size) {
            return s.withStatus(Status.info("This is the last item."));
        }
        return s.withFocus(next);
    }

    /** In the compare view, the list is the other readings to compare with. */
    private State moveOther(State s, int step) {
        int n = queries.readingCount();
        if (n < 2) {
            return s.withStatus(Status.info("There is only one reading."));
        }
        int other = s.other();
        do {
            other = Math.floorMod(other + step, n);
        } while (other == s.reading());
        return s.withReading(s.reading(), other, s.focus());
    }

    /** In the quote view, the first or last quote of the list the quote was opened from, as j and k move in it. */
    private State firstOrLastQuote(State s, boolean first) {
        Visit from = lists.listOfOpenQuote(s);
        if (from == null) {
            return s.withStatus(Status.info("This quote was not opened from a list."));
        }
        int target = first ? 0 : lists.of(s, from.view(), from.subject()).size() - 1;
        if (target == from.focus()) {
            return s.withStatus(Status.info(first ? "This is the first quote of the list." : "This is the last quote of the list."));
        }
        return moveQuote(s, target - from.focus());
    }

    /** In the quote view, the next or previous quote of the list the quote was opened from. */
    private State moveQuote(State s, int step) {
        Visit from = lists.listOfOpenQuote(s);
        if (from == null) {
            return s.withStatus(Status.info("This quote was not opened from a list."));
        }
        int position = from.focus() + step;
        int quote = quoteAt(s, from.view(), from.subject(), position);
        if (quote < 0) {
            return s.withStatus(Status.info(step > 0 ? "This is the last quote of the list." : "This is the first quote of the list."));
        }
        State list = s.forgetLast().at(from).withFocus(position);
        return list.remembered().withView(View.QUOTE, 0).withQuote(quote);
    }

    private State firstOrLast(State s, boolean first) {
        if (s.view() == View.QUOTE) {
            return firstOrLastQuote(s, first);
        }
        int size = listSize(s);
        if (size > 0 && s.view() != View.BEAT) {
            return s.withFocus(first ? 0 : size - 1);
        }
        if (s.view() == View.SOURCE || s.view() == View.PERSON || s.view() == View.MINE) {
            return s.withStatus(Status.info("Nothing to move through here."));
        }
        if (s.view() == View.QUOTE || s.view() == View.HELP) {
            return s.withStatus(Status.info("Nothing to move through here."));
        }
        return atBeat(s, first ? 0 : queries.beatCount() - 1);
    }

    // ---- opening and going back

    private State open(State s) {
        switch (s.view()) {
            case BEAT, WALK, SOURCE, PERSON, AGAINST: {
                int quote = quoteAt(s, s.view(), s.subject(), s.focus());
                if (quote < 0) {
                    return s.withStatus(Status.info("No quote to open here."));
                }
                return inList(s).remembered().withView(View.QUOTE, 0).withQuote(quote);
            }
            case SOURCES:
                if (s.focus() < 0 || s.focus() >= queries.sourceCount()) {
                    return s.withStatus(Status.info("No source to open here."));
                }
                return s.remembered().withView(View.SOURCE, 0).withSubject(s.focus());
            case MATRIX:
                return s.remembered().withView(View.BEAT, 0);
            case SCENE:
                return s.remembered().withView(View.BEAT, 0).withBeat(s.focus(), 0);
            case READINGS:
                return s.remembered().withReading(s.focus(), s.other() == s.focus() ? s.reading() : s.other(), 0)
                        .withView(View.BEAT, 0);
            case SEARCH:
                if (s.search() == null || s.search().matches().isEmpty()) {
                    return s.withStatus(Status.info("No match to open."));
                }
                return goToMatch(s.withSearch(new SearchState(s.search().query(), s.search().matches(), s.focus())));
            default:
                return s.withStatus(Status.info("Nothing to open here."));
        }
    }

    private State openItem(State s, int number) {
        if (s.view() == View.SEARCH || s.view() == View.READINGS || s.view() == View.SOURCES || s.view() == View.SCENE) {
            int size = listSize(s);
            if (number < 1 || number > size) {
                String[] words = switch (s.view()) {
                    case SEARCH -> new String[] {"match", "matches"};
                    case READINGS -> new String[] {"reading", "readings"};
                    case SCENE -> new String[] {"beat", "beats"};
                    default -> new String[] {"source", "sources"};
                };
                return s.withStatus(Status.error("No " + words[0] + " " + numbered(number) + ": this page lists "
                        + Words.count(size, words[0], words[1]) + "."));
            }
            return open(s.withFocus(number - 1));
        }
        State list = lists.listState(s);
        if (list == null) {
            return s.withStatus(Status.error("No quotes listed here: quotes are listed on a beat, in a reading walk "
                    + "and in compare, and on the page of a source or a person."));
        }
        int size = lists.of(list).size();
        int quote = quoteAt(list, list.view(), list.subject(), number - 1);
        if (quote < 0) {
            return s.withStatus(Status.error("No quote " + numbered(number) + ": this page lists "
                    + Words.quotesListed(size)));
        }
        return inList(list.withFocus(number - 1)).remembered().withView(View.QUOTE, 0).withQuote(quote);
    }

    /** A beat page with the cursor in its quotes, where a quote opened from it stands, and Back returns. */
    private static State inList(State s) {
        return s.view() == View.BEAT ? s.withBeatList(false) : s;
    }

    // ---- who said it, and where

    /** The quote the reader is on: the open one, or the one under the cursor in a list of quotes; -1 for none. */
    private int quoteInFocus(State s) {
        if (s.view() == View.QUOTE) {
            return s.quote();
        }
        if (QuoteLists.listsQuotes(s.view()) && s.view() != View.COMPARE && !(s.view() == View.BEAT && s.onBeatList())) {
            return quoteAt(s, s.view(), s.subject(), s.focus());
        }
        return -1;
    }

    /** "html reading", "markdown beat", "text all": what to export and how; the file is the edge's to write. */
    private Transition export(State s, String spec) {
        String format = "html";
        String scope = "reading";
        for (String word : (spec == null ? "" : spec.strip().toLowerCase(java.util.Locale.ROOT)).split("\\s+")) {
            switch (word) {
                case "" -> { }
                case "html", "web" -> format = "html";
                case "markdown", "md" -> format = "markdown";
                case "text", "txt" -> format = "text";
                case "reading", "walk", "beat", "all" -> scope = word.equals("walk") ? "reading" : word;
                default -> {
                    return Transition.to(s.withStatus(Status.error("Export what, and how? For example export html "
                            + "reading (the lens through every beat), export markdown beat (this beat under every "
                            + "reading) or export text all; “" + word + "” is neither.")));
                }
            }
        }
        String film = slug(queries.model().work().title());
        String reading = queries.reading(s.reading()).title();
        String beat = queries.beat(s.beat()).title();
        Effect.Export effect = switch (scope) {
            case "beat" -> new Effect.Export(format, 0, s.beat() + 1, film + "-beat-" + (s.beat() + 1),
                    "the beat " + beat + " under every reading");
            case "all" -> new Effect.Export(format, 0, 0, film, "the whole model");
            default -> new Effect.Export(format, s.reading() + 1, 0, film + "-" + slug(reading),
                    "the reading " + reading + " through every beat");
        };
        return new Transition(s, List.of(effect));
    }

    /** "A devastating place" → "a-devastating-place": letters and digits of any script, joined by hyphens. */
    private static String slug(String title) {
        String s = java.text.Normalizer.normalize(title.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "endings" : s.length() > 40 ? s.substring(0, 40).replaceAll("-+$", "") : s;
    }

    /** A quote's citation: number N of the page's list, or the quote in focus for 0. */
    private Transition cite(State s, int number) {
        int q;
        String what;
        if (number == 0) {
            q = quoteInFocus(s);
            what = "this quote";
            if (q < 0) {
                return Transition.to(s.withStatus(Status.error("No quote in focus: open a quote, or move to one, "
                        + "to cite it.")));
            }
        } else {
            State list = lists.listState(s);
            int size = list == null ? 0 : lists.of(list).size();
            q = list == null ? -1 : quoteAt(list, list.view(), list.subject(), number - 1);
            what = "quote " + numbered(number);
            if (q < 0) {
                return Transition.to(s.withStatus(Status.error("No quote " + numbered(number) + " to cite: this page lists "
                        + Words.quotesListed(size))));
            }
        }
        Quote quote = queries.quote(q);
        String citation = presenter.words(quote) + " — " + presenter.attribution(quote) + ".";
        return new Transition(s.withStatus(Status.info("Cited " + what + ", with who said it and where.")),
                List.of(new Effect.Cite(citation, what)));
    }

    /** A person's or a source's page opens on the quote it was reached from. */
    private State openSpeaker(State s) {
        int q = quoteInFocus(s);
        if (q < 0) {
            return s.withStatus(Status.error("No quote in focus: open a quote, or move to one, to see who said it."));
        }
        Quote quote = queries.quote(q);
        int person = quote.voice() == Voice.EDITORIAL ? -1 : queries.personIndex(quote.speaker());
        if (person < 0) {
            return s.withStatus(Status.info("No one is quoted here: these are the article’s own words."));
        }
        if (s.view() == View.PERSON && s.subject() == person) {
            return s.withStatus(Status.info("This is the speaker’s page."));
        }
        return inList(s).remembered().withView(View.PERSON, queries.quotesBy(person).indexOf(q)).withSubject(person);
    }

    private State openSource(State s) {
        int q = quoteInFocus(s);
        if (q < 0) {
            return s.withStatus(Status.error("No quote in focus: open a quote, or move to one, to see where it was printed."));
        }
        int source = queries.sourceIndex(queries.quote(q).source());
        if (s.view() == View.SOURCE && s.subject() == source) {
            return s.withStatus(Status.info("This is the quote’s source."));
        }
        return inList(s).remembered().withView(View.SOURCE, queries.quotesFrom(source).indexOf(q)).withSubject(source);
    }

    private State showSubject(State s, View view, int number, int count, String one, String many) {
        if (number < 1 || number > count) {
            return s.withStatus(Status.error("No " + one + " " + numbered(number) + ": there "
                    + (count == 1 ? "is 1 " + one : "are " + count + " " + many) + "."));
        }
        if (s.view() == view && s.subject() == number - 1) {
            return s;
        }
        return s.remembered().withView(view, 0).withSubject(number - 1);
    }

    private State back(State s) {
        Visit visit = s.lastVisit();
        if (visit == null) {
            if (s.view() != View.BEAT) {
                return s.withView(View.BEAT, 0);
            }
            return s.withStatus(Status.info("Nothing to go back to. q quits."));
        }
        // A quote comes back on the beat it was left on (with h or l), so that it is its list's quote
        // again; other views keep the beat the reader has moved to since (in the matrix, the walk).
        State popped = s.forgetLast();
        if (visit.view() == View.QUOTE) {
            popped = popped.withBeat(visit.beat(), visit.focus());
        }
        popped = popped.at(visit);
        int size = listSize(popped);
        if (popped.focus() >= size && size > 0) {
            popped = popped.withFocus(size - 1);
        }
        return popped;
    }

    private State show(State s, View view) {
        if (view == s.view()) {
            return s;
        }
        int focus = 0;
        switch (view) {
            case QUOTE:
                return s.withStatus(Status.error("No quote is open: choose one with Enter or quote N."));
            case SOURCE, PERSON:
                return s.withStatus(Status.error("Say which " + view.label() + ": choose one from a quote, or by its number."));
            case TEST:
                if (s.round() == null) {
                    return s.withStatus(Status.error("No round yet: test deals one."));
                }
                break;
            case AGAINST:
                return challenge(s, "");
            case SEARCH:
                if (s.search() == null) {
                    return s.withStatus(Status.error("No search yet: type / and a word."));
                }
                focus = s.search().current();
                break;
            case READINGS:
                focus = s.reading();
                break;
            case SCENE:
                focus = s.beat();
                break;
            case WALK:
                focus = firstWalkIndexAt(s.reading(), s.beat());
                break;
            case COMPARE:
                if (queries.readingCount() < 2) {
                    return s.withStatus(Status.info("There is only one reading: nothing to compare it with."));
                }
                break;
            default:
                break;
        }
        return s.remembered().withView(view, focus);
    }

    private State compare(State s, int first, int second) {
        int n = queries.readingCount();
        for (int number : new int[] {first, second}) {
            if (number < 1 || number > n) {
                return s.withStatus(Status.error("No reading " + number + ": there are " + n + " readings, 1 to " + n + "."));
            }
        }
        if (first == second) {
            return s.withStatus(Status.error("Compare needs two different readings, for example compare 1 2."));
        }
        State compared = s.withReading(first - 1, second - 1, s.focus());
        return compared.view() == View.COMPARE ? compared : compared.remembered().withView(View.COMPARE, 0);
    }

    // ---- search

    private State search(State s, String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            if (s.search() == null) {
                return s.withStatus(Status.info("No search to end."));
            }
            // The results are gone with the search, so no way back may lead to them.
            List<Visit> kept = s.history().stream().filter(f -> f.view() != View.SEARCH).toList();
            State ended = s.withSearch(null).withHistory(kept).withStatus(Status.info("Search ended."));
            return ended.view() == View.SEARCH ? back(ended).withStatus(Status.info("Search ended.")) : ended;
        }
        List<Match> matches = queries.search(q);
        if (matches.isEmpty()) {
            return s.withStatus(Status.error("No match for “" + q + "”."));
        }
        State found = s.withSearch(new SearchState(q, matches, 0));
        found = found.view() == View.SEARCH ? found.withFocus(0) : found.remembered().withView(View.SEARCH, 0);
        return found.withStatus(Status.info(Words.count(matches.size(), "match", "matches") + " for “" + q + "”."));
    }

    private State moveMatch(State s, int step) {
        SearchState search = s.search();
        if (search == null) {
            return s.withStatus(Status.error("No search yet: type / and a word."));
        }
        int n = search.matches().size();
        int next = search.current() + step;
        String wrapped = "";
        if (next >= n) {
            next = 0;
            wrapped = " Wrapped to the first.";
        } else if (next < 0) {
            next = n - 1;
            wrapped = " Wrapped to the last.";
        }
        if (s.view() == View.SEARCH) {
            return s.withSearch(new SearchState(search.query(), search.matches(), next)).withFocus(next)
                    .withStatus(Status.info("Match " + (next + 1) + " of " + n + ". "
                            + search.matches().get(next).where() + "." + wrapped));
        }
        State moved = goToMatch(s.withSearch(new SearchState(search.query(), search.matches(), next)));
        return moved.withStatus(Status.info(moved.status().text() + wrapped));
    }

    /** Opens the current match where it lives: a beat page, a reading walk or a quote. */
    private State goToMatch(State s) {
        SearchState search = s.search();
        Match m = search.currentMatch();
        State at = s.remembered();
        at = switch (m.kind()) {
            case SCENE -> at.withView(View.SCENE, s.beat());
            case BEAT -> at.withView(View.BEAT, 0).withBeat(m.beat(), 0);
            case READING -> at.withReading(m.reading(), m.reading() == s.other() ? s.reading() : s.other(), 0)
                    .withView(View.WALK, 0);
            case GLOSS -> at.withReading(m.reading(), m.reading() == s.other() ? s.reading() : s.other(), 0)
                    .withView(View.BEAT, 0).withBeat(m.beat(), 0);
            case QUOTE -> {
                State q = m.beat() >= 0 ? at.withBeat(m.beat(), 0) : at;
                yield q.withView(View.QUOTE, 0).withQuote(m.quote());
            }
            case PERSON -> at.withView(View.PERSON, 0).withSubject(m.subject());
            case SOURCE -> at.withView(View.SOURCE, 0).withSubject(m.subject());
        };
        return at.withStatus(Status.info("Match " + (search.current() + 1) + " of " + search.matches().size()
                + ": " + m.where() + "."));
    }

    // ---- against your lean

    /**
     * The quotes against a reading: the one named; else the one the reader's credence leans to (at the
     * last beat they spread it); else the one their last round read most into the words; else the lens.
     */
    private State challenge(State s, String named) {
        int lean;
        String why;
        if (named != null && !named.isBlank()) {
            Names.Found found = names.find(Names.Kind.READING, named);
            if (!found.ok()) {
                return s.withStatus(Status.error(found.problem()));
            }
            if (found.number() < 1 || found.number() > queries.readingCount()) {
                return s.withStatus(Status.error("No reading " + found.number() + ": there are "
                        + queries.readingCount() + " readings."));
            }
            lean = found.number() - 1;
            why = "Against " + queries.reading(lean).title() + ", the reading you named.";
        } else {
            Reader.Lean credence = reader.lean(s.notebook());
            Tally last = blind.lastTally(s);
            if (credence != null && credence.reading() >= 0) {
                lean = credence.reading();
                why = "Against " + queries.reading(lean).title() + ", the reading you lean to: " + credence.points()
                        + " of 100 points at " + queries.beat(credence.beat()).title() + ".";
            } else if (last != null && last.lean() >= 0) {
                lean = last.lean();
                why = "Against " + queries.reading(lean).title() + ", the reading your last round read most into "
                        + "the words.";
            } else {
                lean = s.reading();
                why = "Against " + queries.reading(lean).title() + ", the reading you are reading through: "
                        + (credence != null ? "your credence leans to no one reading"
                        : last != null ? "your last round read no one reading into the words most"
                        : "you have spread no credence, nor finished a round") + ".";
            }
        }
        int n = queries.against(lean).size();
        State at = s.view() == View.AGAINST ? s.withFocus(0).withSubject(lean)
                : s.remembered().withView(View.AGAINST, 0).withSubject(lean);
        return at.withStatus(Status.info(why + " " + (n == 0 ? "No quote complicates or challenges it."
                : Words.count(n, "quote", "quotes") + " complicate or challenge it, strongest first.")));
    }

    /** A number the reader asked for, in words: the front ends send Integer.MAX_VALUE for one past all counting. */
    private static String numbered(int number) {
        return number == Integer.MAX_VALUE ? "that high" : String.valueOf(number);
    }

}
