package org.endings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.endings.testing.Golden;

/** {@code endings test}: a round of blind reading played through a pipe, as a class would be given it. */
class TestCommandTest {
    private static final Golden GOLDEN = Golden.in("text");

    @Test
    void aWholeRoundPlaysThroughAPipeAndReadsAsTheGoldenTranscript(@TempDir Path data) {
        // printf 'hope supports\nnext\nnone\nnext\n3\nch\nnext\n' | ./run.sh test --seed 1 --size 3 --speaker
        Run run = Run.with("hope supports\nnext\nnone\nnext\n3\nch\nnext\n", Map.of("XDG_DATA_HOME", data.toString()),
                false, "test", "--seed", "1", "--size", "3", "--speaker");
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        GOLDEN.check("round.txt", run.out());
    }

    @Test
    void enterAloneAfterTheModelsAnswerGoesOnAsNextDoes(@TempDir Path data) {
        Map<String, String> env = Map.of("XDG_DATA_HOME", data.toString());
        Run typed = Run.with("none\nnext\nnone\nnext\n", env, false, "test", "--seed", "5", "--size", "2",
                "--no-notebook");
        Run entered = Run.with("none\n\nnone\n\n", env, false, "test", "--seed", "5", "--size", "2", "--no-notebook");
        assertEquals(typed.out(), entered.out());
        assertTrue(entered.out().contains("Summary of a round of 2"), entered.out());
        assertTrue(entered.out().contains("Press Enter, or type next, for quote 2 of 2."), entered.out());
    }

    @Test
    void theRoundCanBeDealtFromAnotherModelNamedAfterTheCommandOrBeforeIt(@TempDir Path data) {
        Path model = data.resolve("harbour.json");
        assertEquals(0, Run.of("new", model.toString(), "--title", "The Quiet Harbour", "--year", "1999",
                "--director", "Mara Lind").code());
        Map<String, String> env = Map.of("XDG_DATA_HOME", data.toString());
        for (Run run : List.of(
                Run.with("none\n", env, false, "test", "--model", model.toString(), "--seed", "1", "--no-notebook"),
                Run.with("none\n", env, false, "--model", model.toString(), "test", "--seed", "1", "--no-notebook"))) {
            assertTrue(run.out().contains("The Quiet Harbour") || run.err().contains("Too few stances"),
                    run.out() + run.err());
            assertFalse(run.err().contains("Unknown option"), run.err());
        }
    }

    @Test
    void twoReadersGivenTheSameSeedAreDealtTheSameRound(@TempDir Path data) {
        Run one = Run.with("", Map.of("XDG_DATA_HOME", data.resolve("one").toString()), false, "test", "--seed", "42");
        Run two = Run.with("", Map.of("XDG_DATA_HOME", data.resolve("two").toString()), false, "test", "--seed", "42");
        assertEquals(one.out(), two.out());
        assertTrue(one.out().contains("A round of 10 quotes, seed 42."), one.out());
    }

    @Test
    void theRoundIsKeptInTheReadersNotebookUnlessTheyKeepNothing(@TempDir Path data) throws Exception {
        Map<String, String> env = Map.of("XDG_DATA_HOME", data.toString());
        Run kept = Run.with("none\nnext\n", env, false, "test", "--seed", "3", "--size", "1");
        assertEquals(0, kept.code(), kept.err());
        Run shown = Run.with("", env, false, "notebook", "show");
        assertTrue(shown.out().contains("Round 1 (size 1, seed 3)"), shown.out());
        Run json = Run.with("", env, false, "notebook", "show", "--format", "json");
        assertTrue(json.out().contains("\"format\" : \"endings-notebook/2\""), json.out());
        Path other = Files.createDirectories(data.resolve("other"));
        Run none = Run.with("none\nnext\n", Map.of("XDG_DATA_HOME", other.toString()), false, "test", "--seed", "3",
                "--size", "1", "--no-notebook");
        assertEquals(0, none.code(), none.err());
        try (var files = Files.list(other)) {
            assertEquals(0, files.count(), "--no-notebook keeps nothing");
        }
    }

    @Test
    void optionsThatDealNoRoundEndTheCommandWithWhatWouldWork() {
        Run big = Run.of("test", "--size", "500");
        assertEquals(2, big.code());
        assertEquals("endings: A round holds 1 to 100 quotes; “500” is not one of those.\n", big.err());
        Run few = Run.of("test", "--beat", "1", "--reading", "consent");
        assertEquals(2, few.code());
        assertTrue(few.err().startsWith("endings: Too few stances for a round:"), few.err());
        Run stdin = Run.of("test", "--model", "-");
        assertEquals(2, stdin.code());
    }

    /** The README's `printf … | ./run.sh test …` examples, run as written. */
    @Test
    void everyTestExampleOfTheReadmeIsARoundThatEnds(@TempDir Path data) throws Exception {
        Pattern example = Pattern.compile("^printf '([^']*)' \\| \\./run\\.sh (test[^#]*?)\\s*(#.*)?$");
        List<String> found = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            Matcher m = example.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            found.add(line);
            String input = m.group(1).replace("\\n", "\n");
            Run run = Run.with(input, Map.of("XDG_DATA_HOME", data.toString()), false, m.group(2).split("\\s+"));
            assertEquals(0, run.code(), line + "\n" + run.err());
            assertTrue(run.out().contains("Blind reading. Summary of a round of"), line + "\n" + run.out());
            assertFalse(run.out().contains("Something went wrong"), run.out());
        }
        assertFalse(found.isEmpty(), "the README shows no round played through a pipe");
    }
}
