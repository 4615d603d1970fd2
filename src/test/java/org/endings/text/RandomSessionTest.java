package org.endings.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Random;

import org.endings.core.Navigator;
import org.junit.jupiter.api.Test;

/** Whatever a reader types, in whatever order, every answer comes from the program, never from a failure inside. */
class RandomSessionTest {
    private static final List<String> TYPED = List.of("n", "p", "next", "previous", "1", "2", "3", "4", "beat", "beats",
            "look", "g", "=", "reading 1", "reading 2", "reading next", "reading previous", "readings", "quotes",
            "quote 1", "quote 2", "quote 5", "open", "down", "up", "first", "last", "walk", "matrix", "compare 1 2",
            "compare 2 3", "compare", "sources", "/ring", "/hope", "/baker", "search", "clear", "back", "more", "", "help");

    @Test
    void randomSequencesOfCommandsNeverFailInside() {
        for (boolean small : new boolean[] {false, true}) {
            for (int seed = 0; seed < 400; seed++) {
                Navigator explorer = small ? Fixtures.small() : Fixtures.bundled();
                TextSession session = new TextSession(explorer, new TextOptions(seed % 2 == 0, false, 0));
                session.opening();
                Random random = new Random(seed);
                StringBuilder typed = new StringBuilder();
                for (int i = 0; i < 60; i++) {
                    String line = TYPED.get(random.nextInt(TYPED.size()));
                    typed.append(line).append('\n');
                    String reply = session.handle(line).text();
                    assertFalse(reply.startsWith("Something went wrong"), () -> reply + "after typing:\n" + typed);
                }
            }
        }
    }

    @Test
    void backAfterEndingASearchDoesNotReturnToItsResults() {
        TextSession session = new TextSession(Fixtures.bundled(), TextOptions.plain());
        for (String line : List.of("/ring", "open", "clear")) {
            session.handle(line);
        }
        String reply = session.handle("back").text();
        assertFalse(reply.startsWith("Something went wrong"), reply);
        assertEquals(null, session.state().search());
    }
}
