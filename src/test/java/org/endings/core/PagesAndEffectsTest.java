package org.endings.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.endings.core.Action.Back;
import org.endings.core.Action.NextItem;
import org.endings.core.Action.Open;
import org.endings.core.Action.OpenItem;
import org.endings.core.Action.OpenSource;
import org.endings.core.Action.OpenSpeaker;
import org.endings.core.Action.Quit;
import org.endings.core.Action.Search;
import org.endings.core.Action.Show;
import org.endings.core.Action.ShowPerson;
import org.endings.core.Action.SwitchList;

/**
 * The effects update returns, the who-said-what pages, and what a page's items say they are: a
 * stance is a value on the item, not a word a front end has to find in the label.
 */
class PagesAndEffectsTest {
    private final Navigator navigator = new Navigator(new Queries(SmallModel.model()));

    private Transition run(Action... actions) {
        Transition t = Transition.to(navigator.start());
        for (Action a : actions) {
            t = navigator.update(t.state(), a);
        }
        return t;
    }

    private State after(Action... actions) {
        return run(actions).state();
    }

    private Page page(Action... actions) {
        return navigator.presenter().page(after(actions));
    }

    @Test
    void quitIsAnEffectAndLeavesThePlaceAsItWas() {
        State before = after(new NextItem());
        Transition t = navigator.update(before, new Quit());
        assertEquals(List.of(new Effect.Save(before.notebook()), new Effect.Quit()), t.effects(),
                "the notebook is kept at the end, with where the reader stopped");
        assertTrue(t.quits());
        assertEquals(before, t.state());
    }

    @Test
    void everyOtherActionAsksAtMostToSaveAndOnlyWhenTheNotebookChanged() throws ReflectiveOperationException {
        State start = navigator.start();
        for (Action a : NavigatorTest.everyAction()) {
            if (a instanceof Quit || a instanceof Action.EditNote || a instanceof Action.Cite || a instanceof Action.Export) {
                continue;
            }
            if (a instanceof Action.Test test && test.seed() == null && !test.spec().contains("seed")) {
                // a round asked for without a seed asks the edge for one (BlindTest), whatever it does after
                continue;
            }
            Transition t = navigator.update(start, a);
            List<Effect> expected = t.state().notebook().equals(start.notebook()) ? List.of()
                    : List.of(new Effect.Save(t.state().notebook()));
            assertEquals(expected, t.effects(), a.toString());
        }
    }

    @Test
    void aReadOnlyNotebookIsNeverSavedAndRefusesChangesPlainly() throws ReflectiveOperationException {
        Notebook theirs = new Notebook(navigator.start().notebook().model(), java.util.Map.of(), java.util.Map.of(),
                java.util.Map.of(), null, false);
        State start = navigator.resume(theirs, true);
        for (Action a : NavigatorTest.everyAction()) {
            List<Effect> effects = navigator.update(start, a).effects();
            assertTrue(effects.stream().noneMatch(e -> e instanceof Effect.Save), a.toString());
        }
        State refused = navigator.update(start, new Action.Mark(Standing.CONVINCED)).state();
        assertTrue(refused.status().error());
        assertTrue(refused.status().text().startsWith("This Endings only reads your notebook"));
    }

    @Test
    void aQuoteIsCitedWithItsWordsSpeakerAndSourceByNumberOrInFocus() {
        Transition byNumber = navigator.update(navigator.start(), new Action.Cite(2));
        // beat 1 under Power lists q1, then q5 (supports), then q2 (challenges)
        assertEquals(List.of(new Effect.Cite("“I control this moment.” — Ann Director, writer-director, The Paper, "
                + "12 March 2025.", "quote 2")), byNumber.effects());
        Transition inFocus = run(new SwitchList(), new Action.Cite(0));
        assertEquals("this quote", ((Effect.Cite) inFocus.effects().get(0)).what());
        Transition none = navigator.update(navigator.start(), new Action.Cite(0));
        assertEquals(List.of(), none.effects(), "on the beat list no quote is in focus");
        assertTrue(none.state().status().error());
    }

    @Test
    void tabMovesTheCursorBetweenTheBeatListAndTheQuotesAndBackReturnsToTheQuotes() {
        assertTrue(navigator.start().onBeatList());
        State inQuotes = after(new SwitchList());
        assertFalse(inQuotes.onBeatList());
        State back = after(new SwitchList(), new Open(), new Back());
        assertEquals(View.BEAT, back.view());
        assertFalse(back.onBeatList(), "back from a quote opened from the list returns to the list");
        assertTrue(after(new Show(View.MATRIX), new Open()).onBeatList(), "a beat reached from elsewhere starts on the beats");
    }

    @Test
    void aQuoteItemCarriesItsStanceSpeakerAndSourceAsValues() {
        Page.Items quotes = (Page.Items) page().blocks().get(page().focus());
        Page.Item first = quotes.items().get(0);
        Subject.OfQuote q = (Subject.OfQuote) first.subject();
        assertEquals(Mark.SUPPORTS, q.stance());
        assertEquals(0, q.person(), "Ann Director");
        assertEquals(1, q.source(), "the interview");
        assertTrue(q.contested());
        assertEquals(List.of(4), q.variants());
        assertEquals(List.of(Phrase.plain("Ann Director, writer-director, IndieWire interview, as reported by "
                        + "The Paper. "), new Phrase("Supports", Mark.SUPPORTS), Phrase.plain(" Power."),
                Phrase.plain(" "), new Phrase("Contested.", Mark.CONTESTED)), first.label());
    }

    @Test
    void theSpeakerOfAQuoteOpensTheirPageWithEveryQuoteTheySpeak() {
        State s = after(new SwitchList(), new OpenSpeaker());
        assertEquals(View.PERSON, s.view());
        Page page = navigator.presenter().page(s);
        assertEquals("Ann Director", page.title());
        assertEquals("Person 1 of 2", page.position());
        assertEquals(new Subject.OfPerson(0), page.subject());
        Page.Items quotes = (Page.Items) page.blocks().get(page.focus());
        assertEquals(List.of(0, 1, 4), quotes.items().stream().map(i -> ((Subject.OfQuote) i.subject()).quote()).toList());
        State quote = navigator.update(s, new OpenItem(3)).state();
        assertEquals(4, quote.quote());
        assertEquals("Quote 3 of 3", navigator.presenter().page(quote).position());
        assertEquals(View.PERSON, navigator.update(quote, new Back()).state().view());
    }

    @Test
    void theSourceOfAQuoteOpensItsPageWithReporterSpeakersAndQuotes() {
        Page page = page(new SwitchList(), new OpenSource());
        assertEquals(View.SOURCE, page.view());
        assertEquals("Interview", page.title());
        List<String> texts = page.blocks().stream()
                .filter(b -> b instanceof Page.Text).map(b -> ((Page.Text) b).text()).toList();
        assertEquals(List.of("IndieWire interview, November 2024.", "The Paper article “All about the end”, 12 March 2025.",
                "Ann Director, writer-director."), texts);
    }

    @Test
    void enterOnASourceOpensItsPageAndTheArticlesOwnWordsHaveNoSpeakerPage() {
        State source = after(new Show(View.SOURCES), new Open());
        assertEquals(View.SOURCE, source.view());
        assertEquals(0, source.subject());
        // the article's own quote q3 is the first on its page
        State editorial = navigator.update(source, new OpenSpeaker()).state();
        assertEquals(View.SOURCE, editorial.view());
        assertEquals("No one is quoted here: these are the article’s own words.", editorial.status().text());
    }

    @Test
    void aPersonOrSourceIsFoundBySearchAndByNumber() {
        State results = after(new Search("producer"));
        List<Match> matches = results.search().matches();
        assertEquals(Match.Kind.PERSON, matches.get(matches.size() - 1).kind(), "the quotes Bo speaks, then Bo");
        State found = navigator.update(results, new OpenItem(matches.size())).state();
        assertEquals(View.PERSON, found.view());
        assertEquals(1, found.subject());
        assertEquals("No person 3: there are 2 people.", after(new ShowPerson(3)).status().text());
    }

    @Test
    void theScenePageSaysWhereAndWhatFromTheModelAndOpensEachBeat() {
        State scene = after(new Action.NextBeat(), new Show(View.SCENE));
        Page page = navigator.presenter().page(scene);
        assertEquals(View.SCENE, page.view());
        assertTrue(page.subject() instanceof Subject.OfScene);
        var model = navigator.queries().model();
        List<String> texts = page.blocks().stream()
                .filter(b -> b instanceof Page.Text).map(b -> ((Page.Text) b).text()).toList();
        assertTrue(texts.contains(model.scene().where()), texts.toString());
        assertTrue(texts.contains(model.scene().what()), texts.toString());
        Page.Items beats = (Page.Items) page.focused();
        assertEquals(navigator.queries().beatCount(), beats.items().size());
        assertEquals(1, beats.selected(), "the beat the reader came from is under the cursor");
        State opened = navigator.update(scene, new NextItem()).state();
        opened = navigator.update(opened, new Open()).state();
        assertEquals(View.BEAT, opened.view());
        assertEquals(2, opened.beat());
        assertEquals(View.SCENE, navigator.update(opened, new Back()).state().view());
        State byNumber = navigator.update(scene, new OpenItem(1)).state();
        assertEquals(0, byNumber.beat());
        assertEquals(View.BEAT, byNumber.view());
        assertEquals("No beat 9: this page lists " + Words.count(navigator.queries().beatCount(), "beat", "beats") + ".",
                navigator.update(scene, new OpenItem(9)).state().status().text());
    }

    @Test
    void helpEndsWithAGlossaryOfTheWordsThePagesUse() {
        Page help = page(new Show(View.HELP));
        String text = help.blocks().stream().filter(b -> b instanceof Page.Text).map(b -> ((Page.Text) b).text())
                .reduce("", (a, b) -> a + "\n" + b);
        for (String word : List.of("Lens:", "Stance:", "supports", "complicates", "challenges", "Contested:",
                "Variant:", "Whole-scene remark:")) {
            assertTrue(text.contains(word), word);
        }
    }

    @Test
    void aSearchMatchInTheScenesOwnTextOpensTheScenePage() {
        State results = after(new Search("goodbye"));
        Match first = results.search().matches().get(0);
        assertEquals(Match.Kind.SCENE, first.kind());
        assertEquals(View.SCENE, navigator.update(results, new OpenItem(1)).state().view());
    }

    @Test
    void aMoveWithinAPageKeepsItsKeyAndAnotherPageHasAnother() {
        State beat = navigator.start();
        State moved = after(new SwitchList(), new NextItem());
        assertTrue(Navigator.samePage(beat, moved));
        assertEquals(PageKey.of(moved), navigator.presenter().page(moved).key());
        assertFalse(Navigator.samePage(beat, after(new Action.NextBeat())));
        assertTrue(Navigator.samePage(after(new Show(View.MATRIX)), after(new Show(View.MATRIX), new Action.NextReading())),
                "the matrix's cursor moves within one page");
    }
}
