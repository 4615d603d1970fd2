package org.endings.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The rehearsal of the text mode's commands: real commands, answered, and stopped at the reader's first line. */
class TextRehearsalTest {
    @Test
    void everyRehearsedCommandIsAnsweredNotRefused() {
        TextSession session = new TextSession(Fixtures.bundled(), TextOptions.plain());
        for (String command : TextRehearsal.commands(true)) {
            String answer = session.handle(command).text();
            assertFalse(answer.isBlank(), command);
            assertFalse(answer.startsWith("No "), command + ": " + answer);
            assertFalse(session.handle(command).quit(), command);
        }
    }

    @Test
    void itAsksBeforeEveryCommandAndStopsAtTheFirstLine() {
        AtomicInteger asked = new AtomicInteger();
        new TextRehearsal(Fixtures.bundled(), TextOptions.plain(), () -> asked.incrementAndGet() > 5).run();
        assertEquals(6, asked.get(), "five commands, then the reader's line stops it");

        asked.set(0);
        new TextRehearsal(Fixtures.bundled(), TextOptions.plain(), () -> {
            asked.incrementAndGet();
            return false;
        }).run();
        assertEquals(3 * TextRehearsal.commands(true).size(), asked.get(), "three rounds when no line comes, "
                + "the search in each (the bundled model's index is small)");
    }
}
