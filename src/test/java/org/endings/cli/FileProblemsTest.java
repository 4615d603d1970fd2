package org.endings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.endings.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17, finding 11: problems with a file as a whole, standard input as a model, and the exit codes. */
class FileProblemsTest {
    @TempDir
    Path tmp;

    @Test
    void aMissingFileAndADirectoryAreReportedAtOneOneSoThatEditorsCanParseTheLine() {
        Run missing = Run.of("validate", tmp.resolve("nowhere.json").toString());
        assertEquals(1, missing.code());
        assertEquals(tmp.resolve("nowhere.json") + ":1:1: error: no such file", missing.out().lines().findFirst().orElseThrow());
        Run directory = Run.of("validate", tmp.toString());
        assertEquals(tmp + ":1:1: error: is a directory: expected a model file", directory.out().lines().findFirst().orElseThrow());
    }

    @Test
    void oversizedStandardInputSaysMoreThanTheLimitNotAMadeUpSize() {
        byte[] big = new byte[9 << 20];
        java.util.Arrays.fill(big, (byte) ' ');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"validate", "-"}, new ByteArrayInputStream(big),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()), Map.of(), false);
        assertEquals(1, code);
        assertEquals("<stdin>:1:1: error: the file is too big: more than the limit of 8 MiB (8388608 bytes)",
                out.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
    }

    @Test
    void modelFromStandardInputWorksWithQuotes() throws Exception {
        String model = Files.readString(Path.of("data", "anora.json"));
        Run run = Run.with(model, Map.of(), false, "quotes", "--model", "-", "--format", "jsonl");
        assertEquals(0, run.code(), run.err());
        assertEquals(47, run.out().lines().count());
    }

    @Test
    void modelFromStandardInputIsRefusedClearlyByTheExplorerAndTheTextMode() {
        for (String[] args : new String[][] {{"--model", "-"}, {"--text", "--model", "-"}, {"--model", "-", "--no-text"}}) {
            Run run = Run.with("{}", Map.of(), false, args);
            assertEquals(2, run.code(), String.join(" ", args));
            assertTrue(run.err().startsWith("endings: --model -: standard input carries the explorer's keys or the text"
                    + " mode's commands, so it cannot carry the model too"), run.err());
        }
    }

    @Test
    void theHelpNamesEveryExitCodeSeventyIncluded() {
        String help = Run.of("--help").out().replaceAll("\\s+", " ");
        for (String code : new String[] {"0 done", "1 a model or file problem", "2 a usage error", "70 a fault inside the program",
                "129, 130, 131, 143", "141"}) {
            assertTrue(help.contains(code), code + " in: " + help);
        }
    }
}
