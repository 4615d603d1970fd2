package org.endings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command lines QuickArgs reads without Picocli end exactly as Picocli ends them — same exit code,
 * same output, same errors — and everything else is left to Picocli.
 */
class QuickArgsTest {
    private static final String MODEL = Path.of("data", "anora.json").toString();

    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {}

    /** One run, from where a new reader starts: its own notebook folder, and no notebook file given left over. */
    private Outcome run(boolean quick, String... args) throws IOException {
        Files.deleteIfExists(dir.resolve("notebook.json"));
        Path data = Files.createTempDirectory(dir, "data");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Environment env = new Environment(new ByteArrayInputStream("n\n=\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("XDG_DATA_HOME", data.toString()), false);
        int code = quick ? QuickArgs.run(args, env) : EndingsCommand.commandLine(env).execute(args);
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private List<String[]> handled() throws IOException {
        Path sources = Files.createDirectories(dir.resolve("sources"));
        Files.writeString(sources.resolve("a.txt"), "nothing the model quotes", StandardCharsets.UTF_8);
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(Path.of(MODEL)).replaceFirst("\"year\": 2024", "\"year\": 1066"),
                StandardCharsets.UTF_8);
        String b = broken.toString();
        String s = sources.toString();
        return List.of(
                new String[] {},
                new String[] {"--text"},
                new String[] {"--no-text"},
                new String[] {"--text", "--wrap", "40"},
                new String[] {"--text", "--wrap=40"},
                new String[] {"--model", MODEL, "--text"},
                new String[] {"--model=" + MODEL},
                new String[] {"--model", b, "--text"},
                new String[] {"--model", "no/such/file.json"},
                new String[] {"--theme", "high-contrast", "--text"},
                new String[] {"--theme=nope", "--text"},
                new String[] {"--color", "--text"},
                new String[] {"--no-color"},
                new String[] {"--debug", "--text"},
                new String[] {"--text", "--start"},
                new String[] {"--text", "--no-notebook"},
                new String[] {"--text", "--notebook", dir.resolve("notebook.json").toString()},
                new String[] {"--notebook=" + dir.resolve("notebook.json"), "--start", "--text"},
                new String[] {"validate", MODEL},
                new String[] {"validate", MODEL, b},
                new String[] {"validate", b},
                new String[] {"validate", "no/such/file.json"},
                new String[] {"validate", "--debug", MODEL},
                new String[] {"validate", "--sources", s, MODEL},
                new String[] {"validate", MODEL, "--sources=" + s},
                new String[] {"validate", "--sources", dir.resolve("none").toString(), MODEL},
                new String[] {"quotes"},
                new String[] {"quotes", "--format", "jsonl"},
                new String[] {"quotes", "--format=jsonl", "--beat", "kiss"},
                new String[] {"quotes", "--reading", "consent", "--stance", "challenges"},
                new String[] {"quotes", "--speaker", "sean-baker"},
                new String[] {"quotes", "--beat", "nope"},
                new String[] {"quotes", "--stance", "nope"},
                new String[] {"quotes", "--model", MODEL, "--debug"},
                new String[] {"quotes", "--model", b});
    }

    @Test
    void theSubcommandsItStepsAroundAreThoseOfTheRootCommand() {
        var env = new Environment(new ByteArrayInputStream(new byte[0]), System.out, System.err, Map.of(), false);
        assertEquals(EndingsCommand.commandLine(env).getSubcommands().keySet(), QuickArgs.SUBCOMMANDS);
    }

    @Test
    void theCommonLinesEndAsUnderPicocli() throws IOException {
        for (String[] args : handled()) {
            Outcome quick = run(true, args);
            assertNotEquals(QuickArgs.NOT_HANDLED, quick.code(), () -> "not read quickly: " + Arrays.toString(args));
            assertEquals(run(false, args), quick, () -> Arrays.toString(args));
        }
    }

    @Test
    void theNotebookOptionsAreReadAsPicocliReadsThem() {
        Environment env = new Environment(new ByteArrayInputStream(new byte[0]), System.out, System.err, Map.of(), false);
        for (String[] args : List.of(new String[] {}, new String[] {"--start"}, new String[] {"--no-notebook"},
                new String[] {"--notebook", "n.json", "--start"}, new String[] {"--notebook=n.json"})) {
            EndingsCommand quick = new EndingsCommand(env);
            assertTrue(QuickArgs.root(args, quick), () -> Arrays.toString(args));
            picocli.CommandLine picocli = EndingsCommand.commandLine(env);
            picocli.parseArgs(args);
            EndingsCommand parsed = picocli.getCommand();
            assertEquals(parsed.notebookFile(), quick.notebookFile(), () -> Arrays.toString(args));
            assertEquals(parsed.noNotebook(), quick.noNotebook(), () -> Arrays.toString(args));
            assertEquals(parsed.startAtBeginning(), quick.startAtBeginning(), () -> Arrays.toString(args));
        }
    }

    @Test
    void everythingElseIsLeftToPicocli() throws IOException {
        List<String[]> lines = new ArrayList<>(List.of(
                new String[] {"--help"}, new String[] {"-h"}, new String[] {"--version"}, new String[] {"-V"},
                new String[] {"--bogus"}, new String[] {"stray"}, new String[] {"--text", "--text"},
                new String[] {"--text", "--no-text"}, new String[] {"--text=true"}, new String[] {"--wrap", "-1"},
                new String[] {"--wrap", "x"}, new String[] {"--wrap", "99999999999"}, new String[] {"--model"},
                new String[] {"--model", "validate"}, new String[] {"--model="}, new String[] {"--", "--text"},
                new String[] {"@args.txt"}, new String[] {"--debug", "validate", MODEL},
                new String[] {"validate"}, new String[] {"validate", "--help"}, new String[] {"validate", "--", MODEL},
                new String[] {"validate", "@files.txt"}, new String[] {"validate", "-"},
                new String[] {"validate", "--model", MODEL, MODEL}, new String[] {"validate", "--sources"},
                new String[] {"validate", "--sources", MODEL, "--sources", MODEL, MODEL},
                new String[] {"quotes", "--format", "JSONL"}, new String[] {"quotes", "extra"},
                new String[] {"quotes", "--beat"}, new String[] {"quotes", "--beat", "a", "--beat", "b"},
                new String[] {"quotes", "--help"}, new String[] {"quotes", "--debug=yes"},
                new String[] {"--notebook"}, new String[] {"--notebook", "notebook"}, new String[] {"--model", "notebook"},
                new String[] {"--start=yes"}, new String[] {"--no-notebook=true"}, new String[] {"--start", "--start"},
                new String[] {"--notebook", "n.json", "--no-notebook"}, new String[] {"notebook", "path"},
                new String[] {"quotes", "--notebook", "n.json"}));
        for (String[] args : lines) {
            assertEquals(QuickArgs.NOT_HANDLED, run(true, args).code(), () -> Arrays.toString(args));
        }
    }
}
