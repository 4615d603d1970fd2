package org.endings.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.endings.testing.Injection;
import org.junit.jupiter.api.Test;

/** Not one byte of what the text mode writes can steer a terminal: no ESC, no C1 control, no bidi override. */
class SafeOutputTest {
    private static final TextOptions AT_A_TERMINAL = new TextOptions(true, false, 0);

    /** Lines a hostile user might type: escapes echoed back in errors and search results. */
    private static final List<String> HOSTILE_INPUT = List.of(
            "xyz" + Fixtures.POISON, "/" + Fixtures.POISON, "/ring" + Fixtures.POISON, "reading " + Fixtures.POISON,
            "compare 1 " + Fixtures.POISON, "help " + Fixtures.POISON, "\u001B[A", "\u009B" + "A", "quote \u001B");

    @Test
    void theFullTourWritesNoEscapeNorC1Control() {
        assertSafe(Terminal.typed(Fixtures.bundled(), AT_A_TERMINAL, Fixtures.GOLDEN.script("tour.script")).bytes());
    }

    @Test
    void aModelFullOfEscapeSequencesCannotReachTheTerminal() {
        List<String> lines = new ArrayList<>(Fixtures.GOLDEN.script("tour.script"));
        lines.addAll(List.of("reading hope", "compare 1 2", "1", "quotes", "quote 1", "quote 2", "/ring", "/pwned"));
        // piped, as the typed lines would be echoed by a terminal, not by the program
        Terminal.Run run = Terminal.piped(Fixtures.hostile(), TextOptions.plain(), String.join("\n", lines));
        assertEquals(0, run.exitCode());
        assertSafe(run.bytes());
        // the poison is shown, not obeyed: the reader can still hear that something odd is there
        assertTrue(run.text().contains("␛[2J"), run.text());
        assertTrue(run.text().contains("⟨U+202E⟩"), run.text());
    }

    @Test
    void escapesTypedByTheReaderAreNotEchoedBack() {
        Terminal.Run run = Terminal.piped(Fixtures.hostile(), TextOptions.plain(), String.join("\n", HOSTILE_INPUT) + "\n");
        assertEquals(0, run.exitCode());
        assertSafe(run.bytes());
    }

    @Test
    void hardWrappingKeepsTheOutputSafe() {
        Terminal.Run run = Terminal.typed(Fixtures.hostile(), new TextOptions(true, false, 12), Fixtures.GOLDEN.script("tour.script"));
        assertSafe(run.bytes());
    }

    @Test
    void colourAsksForBoldHeadersAndRedErrorsAndNothingElse() {
        List<String> lines = new ArrayList<>(Fixtures.GOLDEN.script("tour.script"));
        lines.addAll(HOSTILE_INPUT);
        Terminal.Run run = Terminal.piped(Fixtures.hostile(), new TextOptions(false, true, 0), String.join("\n", lines));
        String text = run.text();
        Matcher sgr = Pattern.compile("\u001B\\[(1|22|31|39)m").matcher(text);
        assertTrue(sgr.find(), "colour was asked for");
        assertSafe(sgr.replaceAll("").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void withoutColourTheOutputHasNoSgrEither() {
        Terminal.Run run = Terminal.typed(Fixtures.bundled(), AT_A_TERMINAL, List.of("7", "xyz"));
        assertFalse(run.text().contains("\u001B"));
    }

    /** Valid UTF-8, no ESC byte, and no C0 (but newline), DEL, C1, bidi control or line separator as a character. */
    static void assertSafe(byte[] bytes) {
        String unsafe = Injection.unsafe(bytes);
        if (unsafe != null) {
            fail(unsafe);
        }
    }
}
