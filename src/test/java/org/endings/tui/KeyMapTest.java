package org.endings.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

import org.endings.core.Action;
import org.endings.core.Page;
import org.endings.tui.KeyAction.Act;
import org.endings.tui.KeyMap.Binding;

class KeyMapTest {
    private final KeyMap keys = KeyMap.standard();

    @Test
    void aFooterKeptFromBeforeIsTheOneMadeAfreshForThatPlaceAndContext() {
        // one key map asked in turn for every place, model size, search and own page, twice over: each
        // answer is what a key map that was never asked before gives
        KeyMap asked = KeyMap.standard();
        Set<String> distinct = new java.util.HashSet<>();
        for (int round = 0; round < 2; round++) {
            for (Where where : Where.values()) {
                for (int readings : new int[] {1, 2, 9, 12}) {
                    for (boolean searching : new boolean[] {false, true}) {
                        for (boolean own : new boolean[] {false, true}) {
                            KeyMap.Context context = new KeyMap.Context(readings, searching);
                            List<KeyMap.FooterEntry> kept = asked.footer(where, context, own);
                            assertEquals(KeyMap.standard().footer(where, context, own), kept,
                                    where + ", " + readings + " readings, searching " + searching + ", own page " + own);
                            distinct.add(kept.toString());
                        }
                    }
                }
            }
        }
        assertTrue(distinct.size() > Where.values().length, "the footers differ by more than the place: " + distinct.size());
    }

    @Test
    void everyCoreActionHasAKey() {
        Set<Class<?>> bound = keys.bindings().stream()
                .filter(b -> b.command() instanceof Act)
                .map(b -> ((Act) b.command()).kind())
                .collect(Collectors.toSet());
        // A source or a person named by typing is the text mode's way; the explorer reaches them by
        // choosing: Enter on a source, p and S on a quote, a search match.
        // So is an answer typed in words: the explorer answers a round by choosing (0 to 9, Enter).
        Set<Class<?>> chosenNotNamed = Set.of(Action.ShowSource.class, Action.ShowPerson.class, Action.Answer.class);
        for (Class<?> action : Action.class.getPermittedSubclasses()) {
            assertTrue(bound.contains(action) || chosenNotNamed.contains(action), "no key does " + action.getSimpleName());
        }
    }

    @Test
    void everyBindingIsInTheHelpText() {
        String help = helpText(keys.help());
        for (Binding b : keys.bindings()) {
            assertTrue(help.contains(b.description()), "help leaves out " + b.description());
            boolean digit = b.key().type() == KeyType.Character && Character.isDigit(b.key().character());
            assertTrue(help.contains(b.key().label()) || digit && help.contains("1 to 9"),
                    "help leaves out the key " + b.key().label());
        }
    }

    @Test
    void everyBindingIsOnTheHelpScreenAsTheReaderPagesThroughIt() {
        VirtualScreen screen = new VirtualScreen(TuiModels.bundled(), 80, 24).press("?");
        StringBuilder seen = new StringBuilder();
        for (int page = 0; page < 40; page++) {
            for (int r = 1; r < 21; r++) {
                seen.append(screen.row(r).replace("\u25B2", "").replace("\u25BC", "").strip()).append(' ');
            }
            screen.press(" ");
        }
        String text = seen.toString().replaceAll("\\s+", " ");
        for (Binding b : keys.bindings()) {
            assertTrue(text.contains(b.description()), "the help screen never shows " + b.description());
        }
    }

    @Test
    void everyFunctionKeyHasALetterTwin() {
        for (Binding f : keys.bindings()) {
            if (!f.key().isFunctionKey()) {
                continue;
            }
            boolean twin = keys.bindings().stream().anyMatch(b -> b.key().type() == KeyType.Character
                    && !b.key().ctrl() && Character.isLetterOrDigit(b.key().character()) || b.key().character() == '?'
                    && b.description().equals(f.description()) && b.where().containsAll(f.where()));
            assertTrue(twin, f.key().label() + " has no letter twin");
        }
    }

    @Test
    void noKeyMeansTwoThingsInOnePlace() {
        for (Where where : Where.values()) {
            List<Key> seen = new ArrayList<>();
            for (Binding b : keys.bindings()) {
                if (b.where().contains(where)) {
                    assertFalse(seen.contains(b.key()), b.key().label() + " is bound twice in " + where);
                    seen.add(b.key());
                }
            }
        }
    }

    @Test
    void theKeysTheIssueNamesDoWhatItSays() {
        assertAction(Action.NextBeat.class, key('j'), Where.BEATS);
        assertAction(Action.NextItem.class, key('j'), Where.QUOTES);
        assertAction(Action.NextItem.class, key(KeyType.ArrowDown), Where.QUOTES);
        assertAction(Action.PrevBeat.class, key('h'), Where.QUOTES);
        assertAction(Action.NextBeat.class, key(KeyType.ArrowRight), Where.WALK);
        assertAction(Action.NextReading.class, key('l'), Where.MATRIX);
        assertAction(Action.PrevReading.class, key(KeyType.ArrowLeft), Where.MATRIX);
        assertAction(Action.NextBeat.class, key('j'), Where.MATRIX);
        assertAction(Action.NextItem.class, key('j'), Where.COMPARE);
        assertAction(Action.Back.class, key(KeyType.Escape), Where.QUOTE);
        assertAction(Action.Back.class, key(KeyType.Backspace), Where.SOURCES);
        assertAction(Action.ChooseReading.class, key('7'), Where.QUOTES);
        assertAction(Action.First.class, key('g'), Where.SEARCH);
        assertAction(Action.Last.class, key(KeyType.End), Where.SEARCH);
        assertAction(Action.NextMatch.class, key('n'), Where.QUOTE);
        assertAction(Action.PrevMatch.class, key('N'), Where.BEATS);
        assertAction(Action.Show.class, key('m'), Where.BEATS);
        assertAction(Action.Show.class, key(KeyType.F1), Where.MATRIX);
        assertAction(Action.Show.class, key('?'), Where.MATRIX);
        assertAction(Action.OpenItem.class, key(KeyType.Enter), Where.QUOTES);
        assertAction(Action.Open.class, key(KeyType.Enter), Where.MATRIX);
        assertAction(Action.SwitchList.class, key(KeyType.Tab), Where.BEATS);
        assertUi(KeyAction.Ui.PAGE_DOWN, key(' '), Where.QUOTE);
        assertUi(KeyAction.Ui.PAGE_DOWN, key(KeyType.PageDown), Where.WALK);
        assertUi(KeyAction.Ui.PAGE_UP, key('b'), Where.HELP);
        assertUi(KeyAction.Ui.SEARCH_PROMPT, key('/'), Where.SOURCES);
        assertAction(Action.Quit.class, key('q'), Where.COMPARE);
        assertUi(KeyAction.Ui.INTERRUPT, new KeyStroke('c', true, false), Where.SEARCH_PROMPT);
        assertAction(Action.Search.class, key(KeyType.Enter), Where.SEARCH_PROMPT);
        assertAction(Action.GoToBeat.class, key(KeyType.Enter), Where.BEAT_PROMPT);
        assertUi(KeyAction.Ui.INTERRUPT, new KeyStroke('c', true, false), Where.MATRIX);
    }

    @Test
    void theHomeFooterLeadsToEveryOtherScreen() {
        String footer = keys.footer(Where.BEATS).stream().map(e -> e.keys() + " " + e.words())
                .collect(Collectors.joining("  "));
        for (String entry : List.of("m matrix", "w walk", "c compare", "r readings", "s sources", "/ search", "? (question mark) help",
                "q quit", "Tab other list")) {
            assertTrue(footer.contains(entry), footer + " leaves out " + entry);
        }
    }

    @Test
    void qQuestionMarkAndBackspaceCloseHelpAndQQuitsEverywhereElse() {
        assertAction(Action.Back.class, key('q'), Where.HELP);
        assertAction(Action.Back.class, key('?'), Where.HELP);
        assertAction(Action.Back.class, key(KeyType.Backspace), Where.HELP);
        assertAction(Action.Quit.class, key('q'), Where.QUOTE);
    }

    @Test
    void controlFBDAndUPageAsInLessAndVim() {
        assertUi(KeyAction.Ui.PAGE_DOWN, new KeyStroke('f', true, false), Where.QUOTE);
        assertUi(KeyAction.Ui.PAGE_DOWN, new KeyStroke('d', true, false), Where.HELP);
        assertUi(KeyAction.Ui.PAGE_UP, new KeyStroke('b', true, false), Where.SOURCES);
        assertUi(KeyAction.Ui.PAGE_UP, new KeyStroke('u', true, false), Where.BEATS);
    }

    @Test
    void numberSignOpensByNumberOnTheBeatListToo() {
        assertUi(KeyAction.Ui.ITEM_PROMPT, key('#'), Where.BEATS);
    }

    @Test
    void theFooterLeavesOutTheKeyToTheViewYouAreIn() {
        for (Where where : List.of(Where.MATRIX, Where.WALK, Where.READINGS, Where.SOURCES, Where.HELP)) {
            String footer = keys.footer(where).toString();
            String own = switch (where) {
                case MATRIX -> "matrix";
                case WALK -> "walk";
                case READINGS -> "readings";
                case SOURCES -> "sources";
                default -> "help";
            };
            assertTrue(keys.footer(where).stream().noneMatch(e -> e.words().equals(own)), footer);
        }
    }

    @Test
    void keysAScreenReaderPassesOverAreWrittenWithTheirNames() {
        assertEquals("? (question mark)", Key.of('?').spoken());
        assertEquals("# (number sign)", Key.of('#').spoken());
        assertEquals("j", Key.of('j').spoken());
        String footer = keys.footer(Where.BEATS).toString();
        assertFalse(footer.contains("/k") || footer.contains("1-9"), footer);
    }

    @Test
    void footerKeysAreJoinedByWhatTheyDo() {
        assertEquals("j k", keys.footer(Where.QUOTES).get(0).keys(), "a slash between keys is read out as \"slash\"");
        assertTrue(keys.footer(Where.QUOTES).stream().anyMatch(e -> e.keys().equals("1 to 9") && e.words().equals("reading")));
    }

    @Test
    void theFooterNamesOnlyTheReadingsTheModelHas() {
        assertTrue(keys.footer(Where.QUOTES, new KeyMap.Context(2, false)).stream()
                .anyMatch(e -> e.keys().equals("1 2") && e.words().equals("reading")));
        List<KeyMap.FooterEntry> one = keys.footer(Where.BEATS, new KeyMap.Context(1, false));
        assertTrue(one.stream().anyMatch(e -> e.keys().equals("1") && e.words().equals("reading")), one.toString());
        assertTrue(one.stream().noneMatch(e -> e.words().equals("compare")), "one reading has nothing to compare with");
    }

    @Test
    void theFooterOffersNextMatchAndTheEndOfASearchOnlyWhileOneIsOn() {
        for (Where where : List.of(Where.SEARCH, Where.QUOTE, Where.BEATS)) {
            List<KeyMap.FooterEntry> searching = keys.footer(where, new KeyMap.Context(9, true));
            assertTrue(searching.stream().anyMatch(e -> e.keys().equals("n N")), searching.toString());
            assertTrue(searching.stream().anyMatch(e -> e.keys().equals("C") && e.words().equals("end search")),
                    searching.toString());
            assertTrue(keys.footer(where, new KeyMap.Context(9, false)).stream()
                    .noneMatch(e -> e.keys().equals("n N") || e.keys().equals("C")));
        }
        assertAction(Action.Search.class, key('C'), Where.SEARCH);
    }

    @Test
    void helpGivesEachActionOneRowWithAllItsKeysUnderWhatTheReaderIsDoing() {
        List<Page.Block> help = keys.help();
        List<String> rows = help.stream().filter(b -> b instanceof Page.Text).map(b -> ((Page.Text) b).text()).toList();
        assertEquals(1, rows.stream().filter(r -> r.startsWith("j, Down: ")).count(), rows.toString());
        assertEquals(1, rows.stream().filter(r -> r.startsWith("Space, PgDn, Ctrl-F, Ctrl-D: page down")).count());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("q: quit (everywhere but help); close help (in help).")),
                "help says what q does where");
        assertTrue(rows.stream().noneMatch(r -> r.startsWith("j: ") || r.startsWith("Down: ")),
                "no key on a row apart from its twin");
        List<String> headings = help.stream().filter(b -> b instanceof Page.Heading).map(b -> ((Page.Heading) b).text())
                .toList();
        for (KeyMap.Task task : List.of(KeyMap.Task.MOVE, KeyMap.Task.OPEN, KeyMap.Task.SEARCH, KeyMap.Task.PROMPT)) {
            assertTrue(headings.contains(task.title()), headings.toString());
        }
        assertFalse(headings.contains(KeyMap.Task.MORE.title()), "every key has its place in help");
    }

    @Test
    void typedTextInThePromptIsNotACommand() {
        assertEquals(null, keys.find(key('q'), Where.SEARCH_PROMPT));
        assertEquals(null, keys.find(key('7'), Where.BEAT_PROMPT));
    }

    private void assertAction(Class<? extends Action> kind, KeyStroke key, Where where) {
        Binding b = keys.find(key, where);
        assertNotNull(b, key + " does nothing in " + where);
        assertTrue(b.command() instanceof Act act && act.kind() == kind,
                key + " in " + where + " does " + b.command() + ", not " + kind.getSimpleName());
    }

    private void assertUi(KeyAction.Ui ui, KeyStroke key, Where where) {
        Binding b = keys.find(key, where);
        assertNotNull(b, key + " does nothing in " + where);
        assertEquals(ui, b.command());
    }

    private static KeyStroke key(char c) {
        return new KeyStroke(c, false, false);
    }

    private static KeyStroke key(KeyType type) {
        return new KeyStroke(type);
    }

    private static String helpText(List<Page.Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Page.Block b : blocks) {
            if (b instanceof Page.Text t) {
                out.append(t.text()).append('\n');
            } else if (b instanceof Page.Heading h) {
                out.append(h.text()).append('\n');
            }
        }
        return out.toString();
    }
}
