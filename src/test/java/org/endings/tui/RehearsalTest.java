package org.endings.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import org.junit.jupiter.api.Test;

import org.endings.core.Navigator;
import org.endings.core.Queries;
import org.endings.tui.terminal.Display;
import org.endings.tui.terminal.OffScreen;

/** The rehearsal after the first frame: every view, nothing kept or written, and it stops when asked. */
class RehearsalTest {
    private static final Navigator NAVIGATOR = new Navigator(new Queries(TuiModels.bundled()));

    @Test
    void itsKeysGoThroughEveryViewAndNeverToWhatSavesExportsOrQuits() throws Exception {
        for (boolean search : new boolean[] {true, false}) {
            Display screen = new Display(new OffScreen(new TerminalSize(120, 50), StandardCharsets.UTF_8));
            screen.start();
            ExplorerApp app = new ExplorerApp(NAVIGATOR, screen, TuiOptions.DEFAULT);
            app.draw(true);
            Set<Where> seen = EnumSet.noneOf(Where.class);
            boolean searched = false;
            for (KeyStroke key : Rehearsal.strokes(search)) {
                assertTrue(app.step(key), "the rehearsal quit the explorer at " + key);
                seen.add(app.where());
                searched |= app.state().search() != null;
            }
            for (Where w : EnumSet.of(Where.BEATS, Where.QUOTES, Where.QUOTE, Where.SOURCE, Where.PERSON, Where.WALK,
                    Where.COMPARE, Where.MATRIX, Where.READINGS, Where.SOURCES, Where.SCENE, Where.HELP, Where.MINE,
                    Where.SEARCH_PROMPT, Where.TEST_PROMPT, Where.AGAINST)) {
                assertTrue(seen.contains(w), "the rehearsal never reaches " + w + ": " + seen);
            }
            for (Where w : EnumSet.of(Where.EXPORT_PROMPT, Where.NOTE_PROMPT, Where.CREDENCE_PROMPT)) {
                assertFalse(seen.contains(w), "the rehearsal reaches " + w);
            }
            assertEquals(search, seen.contains(Where.SEARCH), "the search's results shown only when it searches");
            assertEquals(search, searched, "searched only when asked (a big model's index of words is not built)");
            assertTrue(app.state().search() == null, "the rehearsal leaves a search open");
            assertTrue(app.state().notebook().isEmpty(), "the rehearsal marked or noted something");
        }
    }

    @Test
    void itsTypedKeysDecodeAsKeysAKeyboardSends() throws Exception {
        OffScreen keyboard = new OffScreen(new TerminalSize(80, 24), StandardCharsets.UTF_8, Rehearsal.TYPED);
        Set<com.googlecode.lanterna.input.KeyType> kinds = EnumSet.noneOf(com.googlecode.lanterna.input.KeyType.class);
        for (KeyStroke key = keyboard.pollInput(); key != null; key = keyboard.pollInput()) {
            kinds.add(key.getKeyType());
        }
        assertTrue(kinds.containsAll(EnumSet.of(com.googlecode.lanterna.input.KeyType.Character,
                com.googlecode.lanterna.input.KeyType.Tab, com.googlecode.lanterna.input.KeyType.Enter,
                com.googlecode.lanterna.input.KeyType.ArrowUp,
                com.googlecode.lanterna.input.KeyType.PageDown)), kinds.toString());
    }

    private static int decoded() throws Exception {
        OffScreen keyboard = new OffScreen(new TerminalSize(80, 24), StandardCharsets.UTF_8, Rehearsal.TYPED);
        int n = 0;
        while (keyboard.pollInput() != null) {
            n++;
        }
        return n;
    }

    @Test
    void itPlaysEveryRoundUnlessToldToStopAndThenStopsAtOnce() throws Exception {
        int keys = Rehearsal.strokes(true).length;
        int[] asked = {0};
        new Rehearsal(NAVIGATOR, TuiOptions.DEFAULT, KeyMap.standard(), new TerminalSize(80, 24), new Rehearsal.Stop() {
            @Override
            public boolean now() {
                asked[0]++;
                return false;
            }
        }).run();
        assertEquals(decoded() + 1 + Rehearsal.ROUNDS * keys, asked[0], "every key decoded, and every key of every round");
        asked[0] = 0;
        new Rehearsal(NAVIGATOR, TuiOptions.DEFAULT, KeyMap.standard(), new TerminalSize(80, 24), new Rehearsal.Stop() {
            @Override
            public boolean now() {
                return ++asked[0] > 5;
            }
        }).run();
        assertEquals(6, asked[0], "no key after the stop");
    }
}
