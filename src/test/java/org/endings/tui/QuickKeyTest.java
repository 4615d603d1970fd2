package org.endings.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

import org.endings.model.Model;

/**
 * Which keys the thread that read them may answer itself ({@link ExplorerApp#quick}): those that move
 * through the pages, mark a stance or open a prompt; never one that may quit, run the editor, write a
 * file or the clipboard, deal a round, or end a prompt.
 */
class QuickKeyTest {
    private static final Model MODEL = TuiModels.bundled();

    private static KeyStroke key(char c) {
        return new KeyStroke(c, false, false);
    }

    @Test
    void movingThroughThePagesIsQuick() {
        VirtualScreen s = new VirtualScreen(MODEL, 100, 30);
        for (char c : "jkhl12[]gGmwcrsoSpMa?i+~-v ".toCharArray()) {
            assertTrue(s.app.quick(key(c)), "'" + c + "' on " + s.row(0));
            s.press(String.valueOf(c));
            s.press("<Esc>");
        }
        assertTrue(s.app.quick(new KeyStroke(KeyType.Tab)));
        assertTrue(s.app.quick(new KeyStroke(KeyType.Enter)), "Enter opens what is under the cursor");
        assertTrue(s.app.quick(new KeyStroke(KeyType.Backspace)));
        assertTrue(s.app.quick(key('z')), "a key that does nothing here says so");
        assertTrue(s.app.quick(key('/')), "opening a prompt");
    }

    @Test
    void aKeyThatMayLeaveThePagesIsNot() {
        VirtualScreen s = new VirtualScreen(MODEL, 100, 30);
        assertFalse(s.app.quick(key('q')), "quit");
        assertFalse(s.app.quick(key('e')), "the note, in the reader's editor");
        for (char c : "xt%".toCharArray()) {
            assertTrue(s.app.quick(key(c)), "'" + c + "' only opens its prompt: the export, the round, the credence are Enter's");
        }
        assertFalse(s.app.quick(new KeyStroke('c', true, false)), "Ctrl-C");
        assertFalse(s.app.quick(new KeyStroke(KeyType.EOF)));
        assertFalse(s.app.quick(null));
        s.press("<Tab>");
        s.press("<Enter>");   // a quote: y copies it, p and S open its speaker and source
        assertFalse(s.app.quick(key('y')), "copy to the clipboard");
        assertTrue(s.app.quick(key('p')), "the speaker's page");
    }

    @Test
    void noKeyIsQuickInAPrompt() {
        VirtualScreen s = new VirtualScreen(MODEL, 100, 30);
        s.press("/");
        for (char c : "ringjkq".toCharArray()) {
            assertFalse(s.app.quick(key(c)), "typing '" + c + "' at the prompt");
        }
        assertFalse(s.app.quick(new KeyStroke(KeyType.Enter)), "Enter ends the prompt: it may search, export, edit");
        assertFalse(s.app.quick(new KeyStroke(KeyType.Escape)));
    }

    @Test
    void aQuickKeyIsHandledThere_anyOtherIsLeftAsItWas() {
        VirtualScreen s = new VirtualScreen(MODEL, 100, 30);
        assertFalse(s.app.handleIfQuick(key('q')), "quit is not quick");
        assertTrue(s.app.ending() == ExplorerApp.Ending.RUNNING, "and nothing was done with it");
        assertTrue(s.app.handleIfQuick(key('j')));
        s.app.draw(true);
        assertTrue(s.row(0).startsWith("The intimacy"), s.row(0));
        s.press("/");
        assertFalse(s.app.handleIfQuick(key('r')), "typing at a prompt");
        s.app.draw(true);
        assertTrue(s.text().contains("Search:"), s.text());
        assertFalse(s.text().contains("Search: r"), "the key was not typed");
    }
}
