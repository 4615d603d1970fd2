package org.endings.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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
import org.endings.core.Action.PrevBeat;
import org.endings.core.Action.PrevItem;
import org.endings.core.Action.PrevMatch;
import org.endings.core.Action.Search;
import org.endings.core.Action.Show;
import org.endings.core.Action.WhereAmI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Sequences of actions, as a reader would make them, and where they leave the reader. */
class NavigatorTest {
    private final Navigator explorer = new Navigator(new Queries(SmallModel.model()));

    private State after(Action... actions) {
        State s = explorer.start();
        for (Action a : actions) {
            s = explorer.update(s, a).state();
        }
        return s;
    }

    private Page pageAfter(Action... actions) {
        return explorer.presenter().page(after(actions));
    }

    /** Expected: view, beat, reading, focus, open quote id (or null), status. */
    static Stream<Arguments> journeys() {
        return Stream.of(
                Arguments.of("start", List.of(), View.BEAT, 0, 0, 0, null, ""),
                Arguments.of("next beat", List.of(new NextBeat()), View.BEAT, 1, 0, 0, null, ""),
                Arguments.of("past the last beat", List.of(new NextBeat(), new NextBeat(), new NextBeat()),
                        View.BEAT, 2, 0, 0, null, "This is the last beat."),
                Arguments.of("before the first beat", List.of(new PrevBeat()), View.BEAT, 0, 0, 0, null,
                        "This is the first beat."),
                Arguments.of("no beat 7", List.of(new GoToBeat(7)), View.BEAT, 0, 0, 0, null,
                        "No beat 7: there are 3 beats."),
                Arguments.of("beat 3", List.of(new GoToBeat(3)), View.BEAT, 2, 0, 0, null, ""),
                Arguments.of("no reading 4", List.of(new ChooseReading(4)), View.BEAT, 0, 0, 0, null,
                        "No reading 4: there are 3 readings, 1 to 3."),
                Arguments.of("third quote under hope opens", List.of(new ChooseReading(2), new NextItem(), new NextItem(), new Open()),
                        View.QUOTE, 0, 1, 0, "q1", ""),
                Arguments.of("back from a quote keeps the focus",
                        List.of(new ChooseReading(2), new NextItem(), new NextItem(), new Open(), new Back()),
                        View.BEAT, 0, 1, 2, null, ""),
                Arguments.of("next quote from inside a quote", List.of(new Open(), new NextItem()),
                        View.QUOTE, 0, 0, 0, "q5", ""),
                Arguments.of("past the last quote of the list", List.of(new OpenItem(3), new NextItem()),
                        View.QUOTE, 0, 0, 0, "q2", "This is the last quote of the list."),
                Arguments.of("last from inside a quote opens the list's last quote", List.of(new Open(), new Last()),
                        View.QUOTE, 0, 0, 0, "q2", ""),
                Arguments.of("first from inside the first quote says so", List.of(new Open(), new First()),
                        View.QUOTE, 0, 0, 0, "q1", "This is the first quote of the list."),
                Arguments.of("last on a beat page is the last beat", List.of(new Last()), View.BEAT, 2, 0, 0, null, ""),
                Arguments.of("quote 9 does not exist", List.of(new OpenItem(9)), View.BEAT, 0, 0, 0, null,
                        "No quote 9: this page lists 3 quotes."),
                Arguments.of("quote 3 opens the challenging one", List.of(new OpenItem(3)), View.QUOTE, 0, 0, 0, "q2", ""),
                Arguments.of("matrix cell opens its beat", List.of(new Show(View.MATRIX), new NextItem(), new NextReading(),
                        new Open()), View.BEAT, 1, 1, 0, null, ""),
                Arguments.of("back from the matrix's beat returns to the matrix",
                        List.of(new Show(View.MATRIX), new NextItem(), new Open(), new Back()), View.MATRIX, 1, 0, 0, null, ""),
                Arguments.of("back to a quote left with the next beat is the quote of its own beat again",
                        List.of(new Open(), new NextBeat(), new Back()), View.QUOTE, 0, 0, 0, "q1", ""),
                Arguments.of("back to the matrix keeps the beat the reader moved to since",
                        List.of(new Show(View.MATRIX), new NextItem(), new Open(), new NextBeat(), new Back()),
                        View.MATRIX, 2, 0, 0, null, ""),
                Arguments.of("back from the matrix keeps the beat chosen in it",
                        List.of(new Show(View.MATRIX), new NextItem(), new NextItem(), new Back()),
                        View.BEAT, 2, 0, 0, null, ""),
                Arguments.of("back at the start", List.of(new Back()), View.BEAT, 0, 0, 0, null,
                        "Nothing to go back to. q quits."),
                Arguments.of("compare 1 and 3", List.of(new Compare(1, 3)), View.COMPARE, 0, 0, 0, null, ""),
                Arguments.of("quote 4 in compare opens the other reading's first quote",
                        List.of(new Compare(1, 2), new OpenItem(4)), View.QUOTE, 0, 0, 0, "q2", ""),
                Arguments.of("back from a quote opened in compare returns to compare",
                        List.of(new Compare(1, 2), new OpenItem(4), new Back()), View.COMPARE, 0, 0, 3, null, ""),
                Arguments.of("no quote 99 in compare",
                        List.of(new Compare(1, 2), new OpenItem(99)), View.COMPARE, 0, 0, 0, null,
                        "No quote 99: this page lists 6 quotes."),
                Arguments.of("compare a reading with itself", List.of(new Compare(2, 2)), View.BEAT, 0, 0, 0, null,
                        "Compare needs two different readings, for example compare 1 2."),
                Arguments.of("choosing from the readings list", List.of(new Show(View.READINGS), new NextItem(),
                        new NextItem(), new Open()), View.BEAT, 0, 2, 0, null, ""),
                Arguments.of("last in the walk", List.of(new Show(View.WALK), new Last()), View.WALK, 0, 0, 3, null, ""),
                Arguments.of("search with no match", List.of(new Search("zebra")), View.BEAT, 0, 0, 0, null,
                        "No match for “zebra”."),
                Arguments.of("search lists its matches", List.of(new Search("moment")), View.SEARCH, 0, 0, 0, null,
                        "2 matches for “moment”."),
                Arguments.of("next match opens the second quote", List.of(new Search("moment"), new Back(), new NextMatch()),
                        View.QUOTE, 0, 0, 0, "q5", "Match 2 of 2: Quote, Ann Director."),
                Arguments.of("previous match wraps", List.of(new Search("moment"), new Back(), new PrevMatch()),
                        View.QUOTE, 0, 0, 0, "q5", "Match 2 of 2: Quote, Ann Director. Wrapped to the last."),
                Arguments.of("on the list of matches, N goes back from the match the reader moved to",
                        List.of(new Search("moment"), new NextItem(), new PrevMatch()), View.SEARCH, 0, 0, 0, null,
                        "Match 1 of 2. Quote, Ann Director."),
                Arguments.of("after moving down the matches and going back, N opens the match before",
                        List.of(new Search("moment"), new NextItem(), new Back(), new PrevMatch()), View.QUOTE, 0, 0, 0,
                        "q1", "Match 1 of 2: Quote, Ann Director."),
                Arguments.of("open 2 on the list of matches opens the second match",
                        List.of(new Search("moment"), new OpenItem(2)), View.QUOTE, 0, 0, 0, "q5",
                        "Match 2 of 2: Quote, Ann Director."),
                Arguments.of("no match 3 of 2",
                        List.of(new Search("moment"), new OpenItem(3)), View.SEARCH, 0, 0, 0, null,
                        "No match 3: this page lists 2 matches."),
                Arguments.of("open 3 on the readings list makes the third the lens",
                        List.of(new Show(View.READINGS), new OpenItem(3)), View.BEAT, 0, 2, 0, null, ""),
                Arguments.of("a gloss match opens the beat under its reading",
                        List.of(new Search("despair at the kiss"), new Open()), View.BEAT, 1, 2, 0, null,
                        "Match 1 of 1: Despair on beat 2, The kiss."),
                Arguments.of("next match without a search", List.of(new NextMatch()), View.BEAT, 0, 0, 0, null,
                        "No search yet: type / and a word."),
                Arguments.of("ending the search", List.of(new Search("moment"), new Search("")), View.BEAT, 0, 0, 0, null,
                        "Search ended."),
                Arguments.of("back after ending a search never returns to its results",
                        List.of(new Search("ring"), new Open(), new Search(""), new Back()), View.BEAT, 0, 0, 0, null, ""),
                Arguments.of("a beat number from the sources view shows the beat",
                        List.of(new Show(View.SOURCES), new GoToBeat(2)), View.BEAT, 1, 0, 0, null, ""),
                Arguments.of("first beat from the matrix", List.of(new Show(View.MATRIX), new Last(), new First()),
                        View.MATRIX, 0, 0, 0, null, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("journeys")
    void aJourneyEndsWhereTheReaderExpects(String name, List<Action> actions, View view, int beat, int reading,
                                           int focus, String quoteId, String status) {
        State s = after(actions.toArray(Action[]::new));
        assertEquals(view, s.view(), "view");
        assertEquals(beat, s.beat(), "beat");
        assertEquals(reading, s.reading(), "reading");
        assertEquals(focus, s.focus(), "focus");
        assertEquals(quoteId, s.view() == View.QUOTE ? explorer.queries().quote(s.quote()).id() : null, "quote");
        assertEquals(status, s.status().text(), "status");
    }

    @Test
    void theFirstPageIsTheFirstBeatUnderTheFirstReadingWithSupportingQuotesFirst() {
        Page page = pageAfter();
        assertEquals("Film (2024) — The last scene", page.work());
        assertEquals("The ring", page.title());
        assertEquals("Beat 1 of 3", page.position());
        assertEquals("Reading: Power", page.lens());
        Page.Items beats = (Page.Items) page.blocks().get(0);
        assertTrue(beats.index());
        assertEquals(List.of("The ring", "The kiss", "The end"), beats.items().stream().map(Page.Item::text).toList());
        Page.Items quotes = (Page.Items) page.blocks().get(page.blocks().size() - 1);
        assertEquals("3 quotes", quotes.count());
        assertTrue(page.blocks().contains(new Page.Text("Bearing on Power here: 2 support, 1 challenges.")));
        assertEquals(List.of(
                "Ann Director, writer-director, IndieWire interview, as reported by The Paper. Supports Power. Contested.",
                "Ann Director, writer-director, The Paper. Supports Power.",
                "Ann Director, writer-director, IndieWire interview, as reported by The Paper. Challenges Power. Contested."),
                quotes.items().stream().map(Page.Item::text).toList());
        assertEquals("“I’m in control of this moment.”", quotes.items().get(0).detail());
    }

    @Test
    void aBeatPageListsQuotesWithNoStanceOnTheLensAfterTheOthersButNotThoseAboutTheWholeScene() {
        Page page = pageAfter(new GoToBeat(3));
        Page.Items quotes = (Page.Items) page.blocks().get(page.blocks().size() - 1);
        assertEquals(List.of("Bo Producer, producer, The Paper. No stance on Power."),
                quotes.items().stream().map(Page.Item::text).toList());
        assertTrue(page.blocks().contains(new Page.Text(
                "No quote here bears on Power; 1 other quote takes no stance on it.")));
        Page underHope = pageAfter(new GoToBeat(3), new ChooseReading(2));
        Page.Items hopeQuotes = (Page.Items) underHope.blocks().get(underHope.blocks().size() - 1);
        assertEquals(List.of("“The audience decides.”", "“It took three days to shoot.”"),
                hopeQuotes.items().stream().map(Page.Item::detail).toList(), "the whole-scene quote bears on Hope");
        assertTrue(page.blocks().contains(new Page.Text("Time: night.")));
    }

    @Test
    void aModelWithOneReadingHasNothingToCompare() {
        org.endings.model.Model m = SmallModel.model();
        Navigator one = new Navigator(new Queries(new org.endings.model.Model(m.format(), m.work(), m.scene(), m.people(),
                m.sources(), m.beats(), m.readings().subList(0, 1), m.quotes())));
        State s = one.update(one.start(), new Show(View.COMPARE)).state();
        assertEquals(View.BEAT, s.view());
        assertEquals("There is only one reading: nothing to compare it with.", s.status().text());
    }

    @Test
    void aQuoteReachedBySearchFromABeatPageIsNotTakenForAQuoteOfThatPagesList() {
        Page page = pageAfter(new Search("moment"), new Back(), new NextMatch());
        assertEquals("Quote 5 of 6 in the model", page.position());
        assertEquals("This quote was not opened from a list.",
                after(new Search("moment"), new Back(), new NextMatch(), new NextItem()).status().text());
    }

    @Test
    void aQuoteOpenedFromTheOtherReadingsPartOfACompareIsSeenUnderThatReading() {
        Page fromOther = pageAfter(new Compare(1, 2), new OpenItem(4));
        assertEquals("Reading: Hope", fromOther.lens());
        Page fromFirst = pageAfter(new Compare(1, 2), new OpenItem(1));
        assertEquals("Reading: Power", fromFirst.lens());
    }

    @Test
    void anEditorialQuoteIsNeverShownAsAFilmmakersWords() {
        Page page = pageAfter(new GoToBeat(2), new ChooseReading(2), new OpenItem(3));
        assertEquals("The article’s own reading, The Paper, 12 March 2025", page.title());
        assertEquals(new Page.Text("Article: The kiss breaches her defences."), page.blocks().get(0));
        assertTrue(page.blocks().contains(
                new Page.Text("The article’s own reading, in its own voice; no filmmaker said these words.")));
    }

    @Test
    void aQuoteShowsItsOtherWordingOnceUnderItsOwnLabel() {
        Page page = pageAfter(new Open());
        List<Page.Block> blocks = page.blocks();
        assertEquals(new Page.Text("“I’m in control of this moment.”"), blocks.get(0));
        int label = blocks.indexOf(new Page.Heading("Another wording"));
        assertTrue(label > 0, blocks.toString());
        assertEquals(new Page.Text("“I control this moment.”"), blocks.get(label + 1));
        assertEquals(new Page.Text("From The Paper, 12 March 2025."), blocks.get(label + 2));
        assertEquals(1, blocks.stream().filter(b -> b.equals(blocks.get(0))).count(), "this wording is not said twice");
        assertTrue(blocks.stream().noneMatch(b -> b instanceof Page.Split), "no side-by-side text for a screen reader");
        assertTrue(page.blocks().contains(new Page.Text("Contested: it supports one reading and challenges another.")));
        assertEquals("Quote 1 of 3", page.position());
    }

    @Test
    void theMatrixCountsStancesPerBeatAndReading() {
        Page page = pageAfter(new Show(View.MATRIX));
        Page.Grid grid = (Page.Grid) page.blocks().get(1);
        assertEquals(new Page.Cell(2, 0, 1), grid.cells().get(0).get(0));
        assertEquals(new Page.Cell(2, 0, 1), grid.cells().get(0).get(1));
        assertEquals(new Page.Cell(2, 1, 0), grid.cells().get(1).get(1));
        assertEquals(new Page.Cell(0, 0, 0), grid.cells().get(2).get(2));
        assertEquals(List.of("Power", "Hope", "Despair"), grid.columns());
    }

    @Test
    void compareShowsBothReadingsOnTheCurrentBeat() {
        Page page = pageAfter(new NextBeat(), new Compare(1, 2));
        assertEquals("Compare Power and Hope", page.title());
        Page.Split split = (Page.Split) page.blocks().get(0);
        assertEquals("Power", split.leftTitle());
        assertEquals("Hope", split.rightTitle());
        assertEquals(new Page.Text("At this beat: Hope at the kiss."), split.right().get(1));
        State moved = after(new NextBeat(), new Compare(1, 2), new NextItem());
        assertEquals(2, moved.other(), "j in compare changes the compared reading");
    }

    @Test
    void whereAmINamesBeatReadingViewAndQuote() {
        State s = after(new NextItem(), new WhereAmI());
        assertEquals("Beat 1 of 3, The ring. Reading 1 of 3: Power. View: beat. Quote 2 of 3.", s.status().text());
    }

    @Test
    void sourcesSayWhoSpeaksInThem() {
        Page page = pageAfter(new Show(View.SOURCES));
        Page.Items list = (Page.Items) page.blocks().get(0);
        assertEquals("Speaking here: the article’s own voice; Bo Producer, producer; Ann Director, writer-director.",
                list.items().get(0).detail());
        assertEquals("IndieWire interview, November 2024, as reported by The Paper article “All about the end”, 12 March 2025.",
                list.items().get(1).text());
    }

    @Test
    void sourcesThatReportEachOtherAreNamedWithoutEndlessRecursion() {
        var m = SmallModel.model();
        var looped = new org.endings.model.Model(m.format(), m.work(), m.scene(), m.people(),
                List.of(new org.endings.model.Source("article", org.endings.model.SourceKind.ARTICLE, "The Paper", "A", null, "interview"),
                        new org.endings.model.Source("interview", org.endings.model.SourceKind.INTERVIEW, "IndieWire", "B", null, "article")),
                m.beats(), m.readings(), m.quotes());
        Presenter presenter = new Presenter(new Queries(looped));
        assertEquals("The Paper, as reported by IndieWire interview, as reported by The Paper",
                presenter.cite(looped.sources().get(0)));
    }

    @Test
    void theWayBackIsBounded() {
        State s = explorer.start();
        for (int i = 0; i < 500; i++) {
            s = explorer.update(s, new Show(i % 2 == 0 ? View.MATRIX : View.SOURCES)).state();
        }
        assertEquals(State.HISTORY_LIMIT, s.history().size());
    }

    /** Every kind of action, with arguments a reader might give, including wrong ones. */
    static List<Action> everyAction() throws ReflectiveOperationException {
        List<Action> out = new ArrayList<>();
        for (Class<?> kind : Action.class.getPermittedSubclasses()) {
            RecordComponent[] parts = kind.getRecordComponents();
            Class<?>[] types = Stream.of(parts).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<?> make = kind.getDeclaredConstructor(types);
            if (types.length == 0) {
                out.add((Action) make.newInstance());
                continue;
            }
            for (int variant = 0; variant < 4; variant++) {
                Object[] args = new Object[types.length];
                for (int i = 0; i < types.length; i++) {
                    args[i] = types[i] == int.class ? new int[] {1, 2, 0, 99}[(variant + i) % 4]
                            : types[i] == String.class ? new String[] {"moment", "hope", "", "zebra"}[variant]
                            : types[i] == Standing.class ? new Standing[] {Standing.CONVINCED, null, Standing.UNSURE,
                                Standing.UNCONVINCED}[variant]
                            : types[i] == Long.class ? new Long[] {1L, null, 7L, 123456789L}[variant]
                            : View.values()[variant * 2 % View.values().length];
                }
                out.add((Action) make.newInstance(args));
            }
        }
        return out;
    }

    @Test
    void everyActionInEveryViewLeavesAConsistentStateAndADrawablePage() throws ReflectiveOperationException {
        List<Action> actions = everyAction();
        assertEquals(Action.class.getPermittedSubclasses().length, actions.stream().map(Object::getClass).distinct().count());
        for (Action setup : actions) {
            State base = explorer.update(explorer.update(explorer.start(), new Search("moment")).state(), setup).state();
            for (Action a : actions) {
                State s = explorer.update(base, a).state();
                assertNotNull(explorer.presenter().page(s), () -> setup + " then " + a);
                int size = explorer.listSize(s);
                assertTrue(size == 0 || (s.focus() >= 0 && s.focus() < size), () -> setup + " then " + a + ": focus " + s.focus());
                assertTrue(s.view() != View.QUOTE || s.quote() >= 0, () -> setup + " then " + a);
                assertTrue(s.reading() != s.other(), () -> setup + " then " + a + ": compares a reading with itself");
            }
        }
    }

    @Test
    void updateIsPure() {
        State s = explorer.start();
        State a = explorer.update(s, new NextBeat()).state();
        State b = explorer.update(s, new NextBeat()).state();
        assertEquals(a, b);
        assertFalse(a == s);
        assertEquals(0, s.beat());
    }
}
