package org.endings.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

import org.endings.core.View;
import org.endings.model.Model;

class ExplorerAppTest {
    private static final Model MODEL = TuiModels.bundled();

    private static VirtualScreen screen() {
        return new VirtualScreen(MODEL, 80, 24);
    }

    @Test
    void theFirstScreenIsTheFirstBeatWithTheCursorOnIt() {
        VirtualScreen s = screen();
        assertTrue(s.row(0).startsWith("The ring returned \u00B7 Beat 1 of 4 \u00B7 ? (question mark) help \u00B7 Reading:"),
                s.row(0));
        assertEquals(" 1 The ring returned", s.row(1));
        assertEquals(1, s.cursor().getColumn());
        assertEquals(1, s.cursor().getRow());
        assertTrue(s.terminal.isCursorVisible());
    }

    @Test
    void aMessageStaysForOneFrameOnlyWhenTheKeyChangesNoTextElseGoesInTheSameFrame() {
        String said = "does nothing here";
        VirtualScreen s = screen().press("sz");
        assertTrue(s.text().contains(said), s.text());
        int row = s.cursor().getRow();
        // a move in the list of sources changes no text: the first frame moves the cursor, the second clears the message
        assertTrue(s.app.handle(new KeyStroke('j', false, false)));
        assertFalse(s.app.draw(false), "the first of two frames");
        assertTrue(s.text().contains(said), "the message stays while the cursor moves");
        assertTrue(s.cursor().getRow() > row, s.text());
        assertTrue(s.app.draw(false));
        assertFalse(s.text().contains(said), s.text());
        // a key that changes the page clears the message in that same frame: no second piece to be read alone
        s.press("<BS>z");
        assertTrue(s.text().contains(said), s.text());
        assertTrue(s.app.handle(new KeyStroke('l', false, false)));
        assertTrue(s.app.draw(false), "one frame");
        assertFalse(s.text().contains(said), s.text());
        assertTrue(s.row(0).startsWith("The intimacy"), s.row(0));
    }

    @Test
    void movingToTheNextBeatPutsItsNameFirstInTheHeader() {
        VirtualScreen s = screen().press("j");
        // the film is named once, in the first frame: a header that changes with every key says only what changed
        assertEquals("The intimacy \u00B7 Beat 2 of 4 \u00B7 Reading: Reclaimed power", s.row(0).stripTrailing());
        assertEquals(2, s.cursor().getRow());
    }

    @Test
    void aHeaderTooLongForTheScreenIsCutBetweenWordsNeverInsideOne() {
        int cuts = 0;
        for (String keys : new String[] {"", "j", "jj<Tab><Enter>", "jjc", "m", "w", "r", "s", "o"}) {
            java.util.Set<String> whole = new java.util.HashSet<>(java.util.List.of(
                    new VirtualScreen(MODEL, 400, 24).press(keys).row(0).strip().split(" +")));
            for (int columns : new int[] {40, 52, 64, 80, 100}) {
                String header = new VirtualScreen(MODEL, columns, 24).press(keys).row(0).replace("\u25B2", "").strip();
                if (!header.endsWith("\u2026")) {
                    continue;
                }
                cuts++;
                String[] words = header.substring(0, header.length() - 1).split(" +");
                String last = words[words.length - 1];
                assertTrue(whole.contains(last),
                        columns + " columns, " + keys + ": cut inside a word: " + header + "\nwhole: " + whole);
            }
        }
        assertTrue(cuts >= 5, "some headers were cut: " + cuts);
    }

    @Test
    void theBeatListKeepsItsTextAsTheSelectionMoves() {
        VirtualScreen s = screen();
        String list = s.row(1) + s.row(2) + s.row(3) + s.row(4);
        String before = s.reverse();
        s.press("j");
        assertEquals(list, s.row(1) + s.row(2) + s.row(3) + s.row(4));
        assertNotEquals(before, s.reverse());
        assertTrue(s.reverse().startsWith("2: 0-79"), s.reverse());
    }

    @Test
    void theCurrentBeatStaysMarkedWhenTheCursorIsOnTheQuotes() {
        VirtualScreen s = screen().press("j<Tab>");
        assertEquals(View.BEAT, s.app.state().view());
        assertEquals(Where.QUOTES, s.app.where());
        assertTrue(s.terminal.getCharacter(3, 2).isUnderlined(), "the current beat is underlined");
        // the quote's bearing on the lens first, on a row of its own; who said it below
        assertTrue(s.row(s.cursor().getRow()).strip().startsWith("1 Supports Reclaimed power."), s.text());
        assertTrue(s.row(s.cursor().getRow() + 1).strip().startsWith("Sean Baker"), s.text());
    }

    @Test
    void tabMovesTheCursorBetweenTheBeatsAndTheQuotes() {
        VirtualScreen s = screen().press("<Tab>");
        assertEquals(Where.QUOTES, s.app.where());
        s.press("j");
        assertEquals(1, s.app.state().focus());
        assertEquals(0, s.app.state().beat());
        s.press("<Tab>j");
        assertEquals(Where.BEATS, s.app.where());
        assertEquals(1, s.app.state().beat());
    }

    @Test
    void enterOnAQuoteOpensItAndEscGoesBack() {
        VirtualScreen s = screen().press("j<Tab>j<Enter>");
        assertEquals(View.QUOTE, s.app.state().view());
        assertTrue(s.text().contains("Another wording") || s.text().contains("Who"), s.text());
        s.press("<Esc>");
        assertEquals(View.BEAT, s.app.state().view());
        assertEquals(Where.QUOTES, s.app.where());
        assertEquals(1, s.app.state().focus());
    }

    @Test
    void digitsChooseTheReading() {
        VirtualScreen s = screen().press("2");
        assertTrue(s.row(0).contains("Reading: Consent"), s.row(0));
    }

    @Test
    void inCompareHashAndANumberOpenThatQuoteSeenUnderItsReading() {
        VirtualScreen s = new VirtualScreen(MODEL, 200, 40).press("ll2c");
        assertEquals(View.COMPARE, s.app.state().view());
        assertTrue(s.text().contains("# (number sign) open"), s.text());
        s.press("#x4");
        assertTrue(s.text().contains("Open number: 4"), s.text());
        s.press("<Enter>");
        assertEquals(View.QUOTE, s.app.state().view());
        assertTrue(s.row(0).startsWith("Quote 4 of 7 · "), s.row(0));
        String other = new org.endings.core.Queries(MODEL).reading(s.app.state().other()).title();
        assertTrue(s.row(0).stripTrailing().endsWith("· Reading: " + other), "seen under the other reading: " + s.row(0));
        s.press("#99<Enter>");
        assertTrue(s.text().contains("No quote 99: this page lists"), s.text());
    }

    @Test
    void inTheMatrixHAndLChangeTheReadingAndJAndKTheBeat() {
        VirtualScreen s = screen().press("m");
        assertEquals(View.MATRIX, s.app.state().view());
        s.press("ll<Right>j");
        assertEquals(3, s.app.state().reading());
        assertEquals(1, s.app.state().beat());
        s.press("<Left>k");
        assertEquals(2, s.app.state().reading());
        assertEquals(0, s.app.state().beat());
        assertTrue(s.row(0).startsWith("The ring returned \u00D7 Hope · Matrix"), s.row(0));
        s.press("<Enter>");
        assertEquals(View.BEAT, s.app.state().view());
        assertTrue(s.row(0).contains("Reading: Hope"), s.row(0));
    }

    @Test
    void inCompareJChangesTheComparedReading() {
        VirtualScreen s = screen().press("c");
        int other = s.app.state().other();
        s.press("j");
        assertNotEquals(other, s.app.state().other());
        assertTrue(s.row(0).startsWith("Compare Reclaimed power and Hope"), s.row(0));
        // One reading above the other, read in order from the top; v puts them side by side.
        assertEquals(0, s.cursor().getColumn());
        assertEquals("Hope", s.row(s.cursor().getRow()).strip(), "the cursor is on the compared reading's title");
        s.press("v");
        assertEquals(40, s.cursor().getColumn(), "side by side, the cursor is on the compared reading's title");
        // a quote's other wording is below it, once: nothing to put side by side there
        s.press("<Esc><Tab><Enter>v");
        assertEquals(View.QUOTE, s.app.state().view());
        assertTrue(s.text().contains("The key v does nothing here"), s.text());
    }

    @Test
    void slashOpensAPromptThatSearchesOnEnter() {
        VirtualScreen s = screen().press("/rinz<BS>g");
        assertEquals(Where.SEARCH_PROMPT, s.app.where());
        assertEquals("Search: ring", s.row(23));
        assertEquals(12, s.cursor().getColumn());
        assertEquals(23, s.cursor().getRow());
        s.press("<Enter>");
        assertEquals(View.SEARCH, s.app.state().view());
        assertTrue(s.text().contains("matches for \u201Cring\u201D"), s.text());
        s.press("n");
        assertEquals(1, s.app.state().search().current());
    }

    @Test
    void capitalCEndsTheSearchAndTheFooterSaysHowWhileOneIsOn() {
        VirtualScreen s = screen().press("/ring<Enter>");
        assertTrue(s.row(22).contains("n N match") || s.row(23).contains("n N match"), s.text());
        assertTrue((s.row(22) + s.row(23)).contains("C end search"), s.text());
        s.press("<Enter>C");
        assertEquals(null, s.app.state().search());
        assertTrue(s.text().contains("Search ended."), s.text());
        assertFalse((s.row(22) + s.row(23)).contains("n N match"), s.text());
    }

    @Test
    void aDigitOnAQuoteChangesTheLensAndTheHeaderSaysItAtOnce() {
        VirtualScreen s = screen().press("j<Tab><Enter>");
        s.press("2");
        assertTrue(s.row(0).contains("Reading: Consent"), s.row(0));
        s.press("7");
        assertTrue(s.row(0).contains("Reading: An existential"), s.row(0));
    }

    @Test
    void onABeatPageAt80x24TheFirstQuotesWordsShowWhereNoParagraphIsCutForThem() {
        // beat 2's "What happens" is four rows: scrolling it away, or into its middle, to show the words
        // would start the page inside what happens; the page starts with it
        VirtualScreen two = screen().press("j");
        assertTrue(two.row(6).startsWith("What happens: "), two.text());
        for (String keys : new String[] {"", "jj", "jjj"}) {
            VirtualScreen s = screen().press(keys);
            org.endings.core.Page.Items quotes = (org.endings.core.Page.Items) new org.endings.core.Navigator(
                    new org.endings.core.Queries(MODEL)).presenter().page(s.app.state()).focused();
            String words = quotes.items().get(0).detail();
            String start = words.substring(0, Math.min(12, words.length()));
            assertTrue(s.text().contains(start), keys + ": " + s.text());
        }
    }

    @Test
    void theReadingsListOpenedOnReadingSevenFillsTheScreen() {
        VirtualScreen s = screen().press("7r");
        assertTrue(s.row(20).strip().length() > 0 && s.row(19).strip().length() > 0,
                "no blank rows under the list's end: " + s.text());
        assertTrue(s.text().contains("Left to the audience"), s.text());
    }

    @Test
    void escClosesThePromptWithoutSearching() {
        VirtualScreen s = screen().press("/qj<Esc>");
        assertEquals(Where.BEATS, s.app.where());
        assertEquals(null, s.app.state().search());
        assertEquals(0, s.app.state().beat(), "keys typed in the prompt were text, not commands");
    }

    @Test
    void backspaceOnAnEmptyPromptClosesIt() {
        VirtualScreen s = screen().press("/a<BS>");
        assertEquals(Where.SEARCH_PROMPT, s.app.where());
        s.press("<BS>");
        assertEquals(Where.BEATS, s.app.where());
    }

    @Test
    void colonGoesToABeatByNumber() {
        VirtualScreen s = screen().press(":3<Enter>");
        assertEquals(2, s.app.state().beat());
        s.press(":9<Enter>");
        assertTrue(s.text().contains("No beat 9"), s.text());
    }

    @Test
    void spaceAndBPageTheBody() {
        VirtualScreen s = screen();
        String first = s.row(6);
        s.press(" ");
        assertNotEquals(first, s.row(6));
        // more above: marked on the beat list's rule, over the body, not on a row of its text
        assertTrue(s.row(5).endsWith("\u25B2"), s.row(5));
        assertFalse(s.row(6).endsWith("\u25B2"), s.row(6));
        s.press("b");
        assertEquals(first, s.row(6));
    }

    @Test
    void anUnknownKeySaysWhereTheKeysAre() {
        VirtualScreen s = screen().press("z");
        assertTrue(s.text().contains("The key z does nothing here; ? (question mark) lists every key."), s.text());
        s.press("j");
        assertFalse(s.text().contains("does nothing here"));
    }

    @Test
    void qQuitsAndCtrlCInterruptsFromAnywhere() {
        VirtualScreen s = screen();
        assertFalse(s.app.step(new KeyStroke('q', false, false)));
        assertEquals(ExplorerApp.Ending.QUIT, s.app.ending());
        VirtualScreen t = screen().press("/abc");
        assertFalse(t.app.step(new KeyStroke('c', true, false)));
        assertEquals(ExplorerApp.Ending.INTERRUPTED, t.app.ending());
        VirtualScreen u = screen();
        assertFalse(u.app.step(new KeyStroke(KeyType.EOF)));
    }

    @Test
    void theWhereAmILineNamesTheBeatAndReading() {
        VirtualScreen s = screen().press("jj2");
        assertTrue(s.app.whereAmI().startsWith("Beat 3 of 4, The refused kiss. Reading 2 of 9: Consent."), s.app.whereAmI());
    }

    @Test
    void monochromeAndHighContrastShowTheSameWords() {
        VirtualScreen colour = screen().press("j<Tab>");
        VirtualScreen mono = new VirtualScreen(MODEL, 80, 24, new TuiOptions(false, TuiOptions.DEFAULT_THEME, false))
                .press("j<Tab>");
        VirtualScreen contrast = new VirtualScreen(MODEL, 80, 24, new TuiOptions(true, TuiOptions.HIGH_CONTRAST, false))
                .press("j<Tab>");
        assertEquals(colour.words(), mono.words());
        assertEquals(colour.words(), contrast.words());
        assertEquals(colour.reverse(), mono.reverse());
        assertEquals(colour.reverse(), contrast.reverse());
        assertEquals(com.googlecode.lanterna.TextColor.ANSI.DEFAULT, mono.terminal.getCharacter(20, 10).getForegroundColor());
    }

    @Test
    void asciiModeDrawsNoBoxesOrMarks() {
        VirtualScreen s = new VirtualScreen(MODEL, 80, 24, new TuiOptions(false, TuiOptions.DEFAULT_THEME, true))
                .press("j<Tab>");
        for (char c : s.text().toCharArray()) {
            assertTrue(c < 0x7f, "not ASCII: " + c + "\n" + s.text());
        }
        assertTrue(s.row(5).startsWith("-----"), s.row(5));
    }

    @Test
    void aBigModelDrawsOnlyWhatIsOnScreen() {
        VirtualScreen s = new VirtualScreen(TuiModels.generated(2000), 120, 50);
        s.press("G");
        assertTrue(s.row(0).startsWith("Beat number 2000 of the generated scene \u00B7 Beat 2000 of 2000"), s.row(0));
        assertTrue(s.text().contains("Beats 1990\u20132000 of 2000"), s.text());
        s.press("wGm").press("kkkhh");
        assertTrue(s.row(0).startsWith("Beat number 1997"), s.row(0));
    }
}
