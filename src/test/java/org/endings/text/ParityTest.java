package org.endings.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.endings.core.Action;
import org.endings.core.View;
import org.junit.jupiter.api.Test;

/**
 * The text mode can do everything the core can: every action is reached by a command of the
 * table, as the tour transcript shows by doing it.
 */
class ParityTest {
    private static final List<String> TOUR = Fixtures.GOLDEN.script("tour.script");

    @Test
    void everyCoreActionIsReachedByACommandOfTheTour() {
        TextSession session = new TextSession(Fixtures.bundled(), TextOptions.plain());
        Set<Class<?>> reached = new LinkedHashSet<>();
        session.observe(action -> reached.add(action.getClass()));
        session.opening();
        TOUR.forEach(session::handle);
        List<String> missing = new ArrayList<>();
        for (Class<?> action : Action.class.getPermittedSubclasses()) {
            // The text mode has no cursor to move between a beat page's two lists: quotes reads the quotes.
            if (!reached.contains(action) && action != Action.SwitchList.class) {
                missing.add(action.getSimpleName());
            }
        }
        assertEquals(List.of(), missing, "core actions no command of the tour reaches");
    }

    @Test
    void everyCommandOfTheTableIsUsedInTheTranscripts() {
        Set<String> used = new LinkedHashSet<>();
        for (String line : TOUR) {
            if (line.isBlank()) {
                continue; // Enter alone: the rest of a long answer
            }
            Commands.Parsed parsed = Commands.parse(line);
            assertEquals(null, parsed.problem(), "the tour line " + line);
            used.add(parsed.command().word());
        }
        for (String line : Fixtures.GOLDEN.script("errors.script")) {
            Commands.Parsed parsed = Commands.parse(line);
            if (parsed.problem() == null) {
                used.add(parsed.command().word());
            }
        }
        List<String> unused = new ArrayList<>();
        for (Command command : Commands.ALL) {
            if (!used.contains(command.word())) {
                unused.add(command.word());
            }
        }
        assertEquals(List.of(), unused, "commands no transcript uses");
    }

    @Test
    void everyViewIsVisitedByTheTourAndHelpReadsTheCoreHelpPage() {
        TextSession session = new TextSession(Fixtures.bundled(), TextOptions.plain());
        Set<View> seen = EnumSet.of(session.state().view());
        StringBuilder said = new StringBuilder(session.opening());
        for (String line : TOUR) {
            said.append(session.handle(line).text());
            seen.add(session.state().view());
        }
        // the help page is read by the help command, without leaving the reader's place
        Set<View> expected = EnumSet.complementOf(EnumSet.of(View.HELP));
        assertEquals(expected, seen);
        assertTrue(said.toString().contains(session.printer().about(session.state())), "help reads the core's help page");
    }

    @Test
    void everyCommandCanBeTypedByItsWholeWordAndEachLetter() {
        for (Command command : Commands.ALL) {
            List<String> ways = new ArrayList<>(command.letters());
            ways.add(command.word());
            ways.add(command.word().toUpperCase(java.util.Locale.ROOT));
            for (String way : ways) {
                String line = command.arity() == Command.Arity.REQUIRED ? way + " 1" : way;
                Commands.Parsed parsed = Commands.parse(line);
                assertEquals(null, parsed.problem(), line);
                assertEquals(command, parsed.command(), line);
            }
        }
    }
}
