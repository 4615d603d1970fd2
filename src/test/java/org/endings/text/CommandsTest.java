package org.endings.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The command table: one row per command, read by any unique beginning in any case. */
class CommandsTest {
    private static Commands.Parsed parse(String line) {
        return Commands.parse(line);
    }

    @Test
    void wordsAndLettersAreUniqueAndEveryCommandHasALineOfHelp() {
        Set<String> seen = new HashSet<>();
        for (Command command : Commands.ALL) {
            assertTrue(seen.add(command.word()), command.word());
            for (String letter : command.letters()) {
                assertTrue(seen.add(letter), letter);
            }
            assertFalse(command.help().isBlank(), command.word());
            assertTrue(command.help().endsWith("."), command.word());
        }
    }

    @Test
    void anyUniqueBeginningInAnyCaseNamesACommand() {
        assertEquals("matrix", parse("ma").command().word());
        assertEquals("matrix", parse("MAT").command().word());
        assertEquals("sources", parse("So").command().word());
        assertEquals("where", parse("wh").command().word());
        assertEquals("walk", parse("wa").command().word());
    }

    @Test
    void theWholeWordWinsOverLongerWordsItBegins() {
        assertEquals("quote", parse("quote 2").command().word());
        assertEquals("reading", parse("reading 2").command().word());
        assertEquals("beat", parse("beat").command().word());
    }

    @Test
    void whatFollowsDecidesBetweenWordsWithTheSameBeginning() {
        assertEquals("readings", parse("r").command().word());
        assertEquals("reading", parse("r 2").command().word());
        assertEquals("quotes", parse("quo").command().word());
        assertEquals("quote", parse("quo 3").command().word());
        assertEquals("“c” could be compare, clear, credence, cite or challenge: type more letters.", parse("c").problem());
        assertEquals("“m” could be more, matrix or mine: type more letters.", parse("m").problem());
    }

    @Test
    void lettersAreKnownAsLetters() {
        Commands.Parsed n = parse("n");
        assertEquals("next", n.command().word());
        assertTrue(n.byLetter());
        assertFalse(parse("next").byLetter());
        assertFalse(parse("ne").byLetter());
        assertTrue(parse("N").byLetter());
    }

    @Test
    void aSymbolTakesWhatFollowsItAtOnce() {
        Commands.Parsed search = parse("/ring road");
        assertEquals("search", search.command().word());
        assertEquals("ring road", search.argument());
        assertEquals("help", parse("?quote").command().word());
        assertEquals("quote", parse("?quote").argument());
        assertEquals("where", parse("=").command().word());
        assertEquals("search", parse("/").command().word());
        assertEquals("", parse("/").argument());
    }

    @Test
    void aNumberAloneGoesToThatBeat() {
        Commands.Parsed three = parse("3");
        assertEquals("beat", three.command().word());
        assertEquals("3", three.argument());
    }

    @Test
    void mistakesSayWhatWentWrongAndWhatWouldWork() {
        assertEquals("No command “xyzzy”: help lists the commands.", parse("xyzzy").problem());
        assertEquals("back takes nothing after it: type b alone.", parse("b 2").problem());
        assertEquals("A number alone goes to that beat: type 3.", parse("3 4").problem());
        assertNull(parse("help quote").problem());
    }

    @Test
    void helpGroupsEveryCommandOnceByWhatTheReaderIsDoing() {
        java.util.List<Command> listed = new java.util.ArrayList<>();
        Commands.grouped().values().forEach(listed::addAll);
        assertEquals(Commands.ALL.size(), listed.size());
        assertEquals(new java.util.HashSet<>(Commands.ALL), new java.util.HashSet<>(listed));
        assertFalse(Commands.grouped().containsKey("More"), "every command has its group");
    }

    @Test
    void helpLinesSayHowToTypeACommand() {
        assertEquals("search TEXT, or /", Commands.named("search").usage());
        assertEquals("next, or n", Commands.named("next").usage());
        assertEquals("compare A B", Commands.named("compare").usage());
    }

    @Test
    void everyCommandOfTheTableRunsOnARealSession() {
        TextSession session = new TextSession(new org.endings.core.Navigator(new org.endings.core.Queries(
                org.endings.model.ModelLoader.loadBundled().model())), TextOptions.plain());
        for (Command command : Commands.ALL) {
            Outcome outcome = Commands.run(command.word(), session, "", false);
            assertTrue(outcome != null, command.word() + " answers");
        }
    }
}
