package org.endings.tui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.endings.core.Navigator;
import org.endings.core.Page;
import org.endings.core.Queries;
import org.endings.core.State;
import org.endings.core.Words;
import org.endings.model.Model;
import org.endings.text.TextMode;
import org.endings.text.TextOptions;

/**
 * A stance and a count read the same in both front ends: for the page the explorer shows, every
 * quote's stance on the lens and the list's count, as the core words them, stand in the explorer's
 * screen and in what the text mode says for the same place. Were either front end to word a stance
 * or a count itself, these would part.
 */
class WordingParityTest {
    private static final Model MODEL = TuiModels.bundled();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the refused kiss under consent|jj2<Tab>|3|2|reading consent;quotes",
        "the breakdown under hope|jjj3<Tab>|4|3|reading hope;quotes",
        "the ring under reclaimed power|<Tab>|1|1|quotes",
    })
    void stancesAndCountsReadTheSameOnTheScreenAndInTheTextMode(String name, String keys, int beat, int reading,
                                                                String commands) {
        VirtualScreen screen = new VirtualScreen(MODEL, 200, 400).press(keys);
        // The screen writes a hyphen between letters as U+2011, which is not read out as "dash".
        String shown = oneLine(screen.text()).replace('\u2011', '-');
        String said = oneLine(textMode(beat + "\n" + commands.replace(';', '\n') + "\n"));

        Navigator navigator = new Navigator(new Queries(MODEL));
        State state = screen.app.state();
        Page page = navigator.presenter().page(state);
        Page.Items quotes = (Page.Items) page.focused();
        List<String> phrases = new ArrayList<>();
        phrases.add(quotes.count());
        for (Page.Item item : quotes.items()) {
            // the screen puts the bearing on the lens before who said it; the text mode after: the same words
            for (org.endings.core.Phrase phrase : item.label()) {
                phrases.add(phrase.text().strip());
            }
        }
        for (String phrase : phrases) {
            assertTrue(shown.contains(oneLine(phrase)), () -> "the explorer does not say: " + phrase);
            assertTrue(said.contains(oneLine(phrase)), () -> "the text mode does not say: " + phrase);
        }
        assertTrue(said.contains(Words.listed(quotes.items().size(), "quote", "quotes")));
    }

    private static String textMode(String typed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TextMode.run(new Navigator(new Queries(MODEL)), new StringReader(typed),
                new PrintStream(bytes, true, StandardCharsets.UTF_8), new TextOptions(false, false, 0));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The words without the layout: lines joined, runs of spaces as one. */
    private static String oneLine(String text) {
        return text.replaceAll("[▲▼│]", " ").replaceAll("\\s+", " ");
    }
}
