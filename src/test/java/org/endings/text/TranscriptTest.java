package org.endings.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Scripted input, exact expected output: the transcripts under src/test/resources/golden/text. */
class TranscriptTest {
    private static final TextOptions AT_A_TERMINAL = new TextOptions(true, false, 0);

    @Test
    void fullTourOfEveryCommandAndViewReadsAsTheGoldenTranscript() {
        Terminal.Run run = Terminal.typed(Fixtures.bundled(), AT_A_TERMINAL, Fixtures.GOLDEN.script("tour.script"));
        assertEquals(0, run.exitCode());
        Fixtures.GOLDEN.check("tour.txt", run.text());
    }

    @Test
    void everyErrorSaysWhatWentWrongAndWhatWouldWork() {
        Terminal.Run run = Terminal.typed(Fixtures.bundled(), AT_A_TERMINAL, Fixtures.GOLDEN.script("errors.script"));
        assertEquals(0, run.exitCode());
        Fixtures.GOLDEN.check("errors.txt", run.text());
    }

    @Test
    void pipedInputGetsNoPromptAndQuitEndsWithoutNoise() {
        // printf 'n\nn\n=\nquit\n' | ./run.sh --text
        Terminal.Run run = Terminal.piped(Fixtures.bundled(), TextOptions.plain(), "n\nn\n=\nquit\n");
        assertEquals(0, run.exitCode());
        Fixtures.GOLDEN.check("pipe.txt", run.text());
    }

    @Test
    void wrapBreaksLinesAtTheAskedWidth() {
        Terminal.Run run = Terminal.typed(Fixtures.bundled(), new TextOptions(true, false, 40), List.of("2", "=", "quote 1"));
        assertEquals(0, run.exitCode());
        Fixtures.GOLDEN.check("wrap40.txt", run.text());
    }
}
