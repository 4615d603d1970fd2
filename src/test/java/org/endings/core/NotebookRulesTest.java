package org.endings.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.endings.core.Action.ChooseReading;
import org.endings.core.Action.Credence;
import org.endings.core.Action.Mark;
import org.endings.core.Action.NextBeat;
import org.endings.core.Action.Note;
import org.endings.core.Action.Show;

/** The rules of the reader's own notebook, and the saves they ask for, without a file in sight. */
class NotebookRulesTest {
    private final Navigator navigator = new Navigator(new Queries(SmallModel.model()));

    private Transition run(State from, Action... actions) {
        Transition t = Transition.to(from);
        for (Action a : actions) {
            t = navigator.update(t.state(), a);
        }
        return t;
    }

    private State after(Action... actions) {
        return run(navigator.start(), actions).state();
    }

    private static String text(Page page) {
        StringBuilder out = new StringBuilder();
        for (Page.Block b : page.blocks()) {
            if (b instanceof Page.Text t) {
                out.append(t.text()).append('\n');
            } else if (b instanceof Page.Heading h) {
                out.append("# ").append(h.text()).append('\n');
            }
        }
        return out.toString();
    }

    @Test
    void aStanceIsMarkedOnTheLensAtThisBeatSavedAndTakenBackByTheSameKey() {
        Transition marked = run(navigator.start(), new NextBeat(), new ChooseReading(2), new Mark(Standing.CONVINCED));
        assertEquals(Standing.CONVINCED, marked.state().notebook().standing("kiss", "hope"));
        assertEquals(List.of(new Effect.Save(marked.state().notebook())), marked.effects());
        assertEquals("You are convinced by Hope at The kiss.", marked.state().status().text());
        assertTrue(text(navigator.presenter().page(marked.state())).contains("# Your reading\nYou are convinced.\n"));
        State cleared = navigator.update(marked.state(), new Mark(Standing.CONVINCED)).state();
        assertNull(cleared.notebook().standing("kiss", "hope"));
        assertEquals("Your stance on Hope at The kiss is cleared.", cleared.status().text());
    }

    @Test
    void aNoteIsKeptReadAndRemovedAndTooLongANoteChangesNothing() {
        State kept = after(new Note("  She decides.  "));
        assertEquals("She decides.", kept.notebook().note("ring", "power"));
        assertEquals("Your note on Power at The ring: She decides.", navigator.update(kept, new Note(null)).state()
                .status().text());
        State tooLong = navigator.update(kept, new Note("x".repeat(Reader.NOTE_LIMIT + 1))).state();
        assertTrue(tooLong.status().error());
        assertEquals("She decides.", tooLong.notebook().note("ring", "power"));
        assertNull(navigator.update(kept, new Note("")).state().notebook().note("ring", "power"));
    }

    @Test
    void editingANoteAsksTheEdgeForTheEditorWithTheNoteAsItIs() {
        State kept = after(new Note("First thoughts."));
        Transition edit = navigator.update(kept, new Action.EditNote());
        assertEquals(List.of(new Effect.EditNote("First thoughts.", "Power at The ring")), edit.effects());
    }

    @Test
    void credenceNamedIsKeptTheRestSpreadAndTooMuchRefused() {
        State spread = after(new Credence("hope 50"));
        assertEquals(Map.of("power", 25, "hope", 50, "despair", 25), spread.notebook().credenceAt("ring"));
        assertEquals("Your credence at The ring: Hope 50, Power 25, Despair 25. The 50 points left are spread over "
                + "the 2 readings not named.", spread.status().text());
        State odd = after(new Credence("hope 1"));
        assertEquals(Map.of("power", 50, "hope", 1, "despair", 49), odd.notebook().credenceAt("ring"),
                "99 left over two readings: the odd point goes to the first");
        State tooMuch = navigator.update(spread, new Credence("power 70 despair 40")).state();
        assertTrue(tooMuch.status().error());
        assertEquals(spread.notebook(), tooMuch.notebook());
        State allNamedShort = navigator.update(spread, new Credence("power 10 hope 10 despair 10")).state();
        assertEquals("Those points come to 30 and every reading is named: give 100 in all. Nothing was changed.",
                allNamedShort.status().text());
    }

    @Test
    void yourReadingGathersStancesCredenceTheLeanAndNotesInFilmOrder() {
        State s = after(new Action.GoToBeat(3), new Mark(Standing.UNSURE), new Note("Too early to say."),
                new Action.GoToBeat(1), new ChooseReading(2), new Mark(Standing.CONVINCED), new Credence("hope 60"),
                new Show(View.MINE));
        String page = text(navigator.presenter().page(s));
        assertEquals("""
                # Your stances
                Beat 1 of 3, The ring: Hope, convinced.
                Beat 3 of 3, The end: Power, unsure.
                # Your credence
                At beat 1 of 3, The ring: Hope 60, Power 20, Despair 20.
                You lean to Hope: 60 of 100 points.
                # Your notes
                The end, read as Power: Too early to say.
                """, page);
    }

    @Test
    void whatTheModelNoLongerHasIsKeptAndShownNeverDropped() {
        Notebook old = new Notebook(navigator.start().notebook().model(),
                Map.of("gone-beat", Map.of("power", Standing.CONVINCED)), Map.of("ring", Map.of("gone-reading", "Kept.")),
                Map.of(), null, true);
        State s = navigator.update(navigator.resume(old, true), new Show(View.MINE)).state();
        String page = text(navigator.presenter().page(s));
        assertTrue(page.contains("# No longer in the model\n"), page);
        assertTrue(page.contains("Stance on power at gone-beat: convinced.\n"), page);
        assertTrue(page.contains("Note on gone-reading at ring: Kept.\n"), page);
        assertEquals(old.standings(), s.notebook().standings());
        assertEquals(old.notes(), s.notebook().notes());
    }

    @Test
    void theReaderComesBackWhereTheyLeftOffUnlessTheyAskForTheStart() {
        State left = after(new Action.GoToBeat(2), new ChooseReading(3), new Show(View.WALK));
        Notebook kept = left.notebook();
        assertEquals(new Notebook.Resume("walk", "kiss", "despair", null), kept.resume());
        State back = navigator.resume(kept, false);
        assertEquals(View.WALK, back.view());
        assertEquals(1, back.beat());
        assertEquals(2, back.reading());
        assertEquals("Back where you left off: Despair at The kiss. The option --start opens at the beginning.",
                back.status().text());
        State start = navigator.resume(kept, true);
        assertEquals(View.BEAT, start.view());
        assertEquals(0, start.beat());
        assertFalse(start.status().error());
        State gone = navigator.resume(new Notebook(kept.model(), Map.of(), Map.of(), Map.of(),
                new Notebook.Resume("beat", "cut-beat", "hope", null), true), false);
        assertEquals(0, gone.beat());
        assertTrue(gone.status().text().contains("the model has changed"), gone.status().text());
    }

    @Test
    void inAWalkAndOnAQuoteFromASourceTheStanceIsOnTheBeatAndReadingThePageShows() {
        // the walk of Hope: its first quotes are the ring's, then the kiss's; the cursor on a kiss quote
        State walk = after(new ChooseReading(2), new Show(View.WALK));
        while (walk.view() == View.WALK && navigator.presenter().page(walk).focused() != null
                && ((Page.Items) navigator.presenter().page(walk).focused()).firstNumber() == 1) {
            walk = navigator.update(walk, new Action.NextItem()).state();
        }
        State marked = navigator.update(walk, new Mark(Standing.UNSURE)).state();
        assertEquals(Standing.UNSURE, marked.notebook().standing("kiss", "hope"), marked.notebook().standings().toString());
        assertEquals("You are unsure of Hope at The kiss.", marked.status().text());
        // a quote about the end only, opened from the article's page while beat 1 is current
        State fromSource = after(new Show(View.SOURCES), new Action.Open(), new Action.OpenItem(2));
        assertEquals(View.QUOTE, fromSource.view());
        State onQuote = navigator.update(fromSource, new Mark(Standing.CONVINCED)).state();
        assertEquals(Standing.CONVINCED, onQuote.notebook().standing("end", "power"), onQuote.notebook().standings().toString());
    }

    @Test
    void credenceTakesReadingsByNumberAndSaysWhatIsWrongWithItsNumbers() {
        assertEquals(Map.of("power", 40, "hope", 60, "despair", 0),
                after(new Credence("1 40 2 60")).notebook().credenceAt("ring"));
        assertEquals(Map.of("power", 40, "hope", 30, "despair", 30),
                after(new Credence(", power 0040")).notebook().credenceAt("ring"));
        assertEquals("Points run from 0 to 100; 1000 is more. Nothing was changed.",
                after(new Credence("power 1000")).status().text());
        assertEquals("Name a reading before its points, for example credence consent 40 hope 30.",
                after(new Credence("power 40 40")).status().text());
    }
}
