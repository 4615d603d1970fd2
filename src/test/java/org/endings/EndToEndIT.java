package org.endings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real program in a real terminal, after the jar is built (Maven's integration-test phase):
 * the scripts under src/test/e2e drive ./run.sh in tmux and through pipes, as a person would.
 */
class EndToEndIT {
    @BeforeAll
    static void needsTmux() throws Exception {
        boolean tmux = new ProcessBuilder("sh", "-c", "command -v tmux").start().waitFor() == 0;
        if (!tmux) {
            System.out.println("SKIPPED end-to-end tests: tmux is not installed (.ci/run installs it; apt-get install tmux).");
        }
        Assumptions.assumeTrue(tmux, "tmux is not installed");
    }

    private static void script(String name) throws IOException, InterruptedException {
        script(name, Map.of());
    }

    private static void script(String name, Map<String, String> variables) throws IOException, InterruptedException {
        Path log = Files.createTempFile("endings-" + name, ".log");
        ProcessBuilder run = new ProcessBuilder("bash", Path.of("src", "test", "e2e", name).toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // Readers' notebooks in a folder of the script's own, never the home of whoever runs the build;
        // the scripts make a fresh one for each reader they play.
        Path data = Files.createTempDirectory("endings-" + name + "-data");
        run.environment().put("XDG_DATA_HOME", data.toString());
        run.environment().putAll(variables);
        Process p = run.start();
        boolean done = p.waitFor(10, TimeUnit.MINUTES);
        if (!done) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        Files.deleteIfExists(log);
        assertEquals(0, done ? p.exitValue() : -1, name + " failed:\n" + output);
    }

    @Test
    void theExplorerNavigatesSearchesAndGivesTheTerminalBackAfterQCtrlCAndSigterm() throws Exception {
        script("tui-e2e.sh");
    }

    @Test
    void aSignalAtAnyMomentOfTheExplorersStartGivesTheTerminalBack() throws Exception {
        script("startup-race.sh");
    }

    @Test
    void aSignalAtAnyMomentOfTheExplorersStartOnABigModelGivesTheTerminalBack() throws Exception {
        // a big model is read before the terminal is taken, which is taken once the model is valid
        script("startup-race.sh", Map.of("RACE_BIG", "1", "RACE_DELAYS", "30 50 70 90 110 140"));
    }

    @Test
    void runShThroughALinkReadOnlyWithoutJavaOnThePathAndTheTextModeWithAHugeLineOrStdinClosed() throws Exception {
        script("launch-e2e.sh");
    }

    @Test
    void theTextModeAnswersThroughAPipeAndAtATerminal() throws Exception {
        script("text-e2e.sh");
    }

    @Test
    void theReadersNotebookKeepsAStanceANoteFromTheirEditorAndWhereTheyWereAndASecondEndingsOnlyReadsIt()
            throws Exception {
        script("notebook-e2e.sh");
    }

    @Test
    void noEscapePayloadInAModelANameANoteOrATypedLineTakesTheTerminalTitleOrClipboard() throws Exception {
        script("inject-e2e.sh");
    }
}
