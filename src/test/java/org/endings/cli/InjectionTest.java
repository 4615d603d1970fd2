package org.endings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.endings.terminal.Sanitizer;
import org.endings.testing.Injection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Escape injection through pipes (issue 17): every payload of {@link Injection} in every text field
 * of a model, in file names, arguments, typed lines, the notebook and broken models, through
 * validate, quotes, export, notebook show and the text mode; not one byte written may steer a
 * terminal. The same payloads in tmux: src/test/e2e/inject-e2e.sh.
 */
class InjectionTest {
    @TempDir
    Path dir;

    private final List<Path> models = new ArrayList<>();
    private Path model;
    private Path notebook;
    private long bytes;
    private int runs;

    @BeforeEach
    void write() throws IOException {
        for (String name : Injection.fileNames(".json")) {
            models.add(Files.writeString(dir.resolve(name), Injection.model(), StandardCharsets.UTF_8));
        }
        model = models.get(0);
        notebook = Files.writeString(dir.resolve("notebook.json"), Injection.notebook(), StandardCharsets.UTF_8);
    }

    /** Runs the command line and checks all it wrote, out and err; returns the run. */
    private Run run(int code, String stdin, String... args) {
        Run run = Run.with(stdin, Map.of(), false, args);
        String all = Sanitizer.cleanLine(String.join(" ", args));
        String what = all.substring(0, Math.min(200, all.length()));
        byte[] out = run.out().getBytes(StandardCharsets.UTF_8);
        byte[] err = run.err().getBytes(StandardCharsets.UTF_8);
        assertNull(Injection.unsafe(out), () -> "stdout of " + what);
        assertNull(Injection.unsafe(err), () -> "stderr of " + what);
        assertEquals(code, run.code(), () -> what + "\n" + Sanitizer.clean(run.err()));
        bytes += out.length + err.length;
        runs++;
        return run;
    }

    private void report(String what) {
        System.out.printf("injection, %s: %d payloads, %d runs, %,d bytes checked, 0 found%n",
                what, Injection.PAYLOADS.size(), runs, bytes);
    }

    @Test
    void noPayloadInAnyFieldOfAModelReachesTheTerminalThroughAnyCommand() {
        List<String> validate = new ArrayList<>(List.of("validate"));
        models.forEach(m -> validate.add(m.toString()));
        Run valid = run(0, "", validate.toArray(String[]::new));
        assertEquals(models.size(), valid.out().lines().filter(l -> l.contains(": valid (2 beats")).count(), valid.out());
        String m = model.toString();
        Run quotes = run(0, "", "quotes", "--model", m);
        assertTrue(quotes.out().contains("\u241b]52;c;"), "the payload is shown, not obeyed");
        run(0, "", "quotes", "--model", m, "--format", "jsonl");
        for (String format : List.of("text", "markdown", "html", "json")) {
            run(0, "", "export", "--model", m, "--format", format);
            if (!format.equals("json")) {
                run(0, "", "export", "--model", m, "--format", format, "--reading", "2", "--beat", "1");
            }
        }
        Run show = run(0, "", "notebook", "show", "--model", m, "--notebook", notebook.toString());
        assertTrue(show.out().contains("f4 "), "the note is shown: " + show.out());
        assertTrue(show.out().contains("f1 "), "the orphaned beat is shown: " + show.out());
        run(0, "", "notebook", "show", "--format", "json", "--model", m, "--notebook", notebook.toString());
        System.out.printf("injection: %d payloads in each of %d text fields (%,d placements), %d file names%n",
                Injection.PAYLOADS.size(), Injection.FIELDS, Injection.PAYLOADS.size() * Injection.FIELDS, models.size());
        report("validate, quotes, quotes --format jsonl, export text|markdown|html|json, notebook show");
    }

    @Test
    void typedPayloadsAndTheNotebooksNotesAreShownNotObeyedInTheTextMode() {
        String typed = Injection.typed(true);
        // through a pipe no key is the terminal's: every payload as it is, but its line ends
        String piped = String.join(" ", Injection.PAYLOADS.stream().map(Injection.Payload::text).toList()).replace('\n', ' ');
        List<String> lines = new ArrayList<>(List.of("look", "beats", "readings", "quotes", "quote 1", "person", "source",
                "sources", "walk", "matrix", "compare 1 2", "2", "quotes", "mine", "note"));
        for (String payload : List.of(typed, piped)) {
            lines.addAll(List.of("note " + payload, "note", "/" + payload, "search " + payload, "reading " + payload,
                    payload, "help " + payload, "compare 1 " + payload, "quote " + payload, "person " + payload,
                    "source " + payload, "credence " + payload, "beat " + payload, "stance " + payload, "open " + payload));
        }
        lines.addAll(List.of("mine", "q"));
        Run text = run(0, String.join("\n", lines) + "\n", "--text", "--model", model.toString(),
                "--notebook", notebook.toString());
        assertTrue(text.out().contains("\u27e8U+202E\u27e9gnp.exe"), "the payload is shown, not obeyed");
        run(0, "", "notebook", "show", "--model", model.toString(), "--notebook", notebook.toString());
        report("the text mode's typed lines and notes");
    }

    @Test
    void aPayloadInAnArgumentIsQuotedSafelyInTheError() {
        String p = Injection.typed(true).replace('\u0000', ' ');
        String m = model.toString();
        run(2, "", "quotes", "--model", m, "--reading", p);
        run(2, "", "quotes", "--model", m, "--person", p);
        run(2, "", "quotes", "--model", m, "--source", p);
        run(2, "", "quotes", "--model", m, "--beat", p);
        run(2, "", "quotes", "--model", m, "--stance", p);
        run(2, "", "quotes", "--model", m, "--format", p);
        run(2, "", "export", "--model", m, "--format", p);
        run(2, "", "export", "--model", m, "--reading", p);
        run(2, "", "--theme", p, "--text", "--model", m);
        run(2, "", "--wrap", p, "--text", "--model", m);
        run(2, "", "--" + p);
        run(2, "", p);
        run(2, "", "notebook", p);
        run(1, "", "validate", dir.resolve(Injection.fileNames("-missing.json").get(1)).toString());
        run(1, "", "--text", "--model", dir.resolve(Injection.fileNames("-missing.json").get(2)).toString());
        report("arguments");
    }

    @Test
    void aBrokenModelWhoseBadValueCarriesPayloadsIsReportedSafely() throws IOException {
        List<String> validate = new ArrayList<>(List.of("validate"));
        List<Injection.Broken> broken = Injection.broken();
        for (int i = 0; i < broken.size(); i++) {
            List<String> names = Injection.fileNames("-" + broken.get(i).name() + ".json");
            Path file = Files.writeString(dir.resolve(names.get(i % names.size())), broken.get(i).json(), StandardCharsets.UTF_8);
            validate.add(file.toString());
            run(1, "", "quotes", "--model", file.toString());
            run(1, "", "export", "--model", file.toString(), "--format", "json");
            run(1, "", "--text", "--model", file.toString());
        }
        Run run = run(1, "", validate.toArray(String[]::new));
        for (Injection.Broken b : broken) {
            assertTrue(run.out().lines().anyMatch(l -> l.matches(".*-" + b.name() + "\\.json:[0-9]+:[0-9]+: error: .*")),
                    () -> b.name() + " has no located error:\n" + run.out());
        }
        report(broken.size() + " broken models");
    }
}
