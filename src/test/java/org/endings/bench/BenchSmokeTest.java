package org.endings.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.endings.model.Loaded;
import org.endings.model.ModelLoader;
import org.endings.model.ModelValidator;
import org.endings.model.Problem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark runs, at a tiny size: the generator writes a valid model, and the in-process harness
 * measures everything it reports. Times are not checked; speed is measured by bench/run, not asserted.
 */
class BenchSmokeTest {
    @TempDir
    Path dir;

    @Test
    void theGeneratedModelIsValidAndTheSameForTheSameSeed() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        ModelGenerator.write(a, 12, 3, 60, 7);
        ModelGenerator.write(b, 12, 3, 60, 7);
        assertEquals(Files.readString(a), Files.readString(b));

        Loaded loaded = ModelLoader.load(a);
        List<Problem> errors = ModelValidator.validate(loaded.model()).stream().filter(Problem::isError).toList();
        assertEquals(List.of(), errors);
        assertEquals(12, loaded.model().beats().size());
        assertEquals(3, loaded.model().readings().size());
        assertEquals(60, loaded.model().quotes().size());
    }

    @Test
    void theHarnessReportsEveryMeasure() throws Exception {
        Path model = dir.resolve("tiny.json");
        ModelGenerator.write(model, 12, 3, 60, 1);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        List<Harness.Result> results = Harness.run(model, Harness.Sizes.SMOKE,
                new PrintStream(log, true, StandardCharsets.UTF_8));

        Set<String> names = results.stream().map(Harness.Result::name).collect(Collectors.toSet());
        assertEquals(Set.of("load_validate_big_cold", "load_validate_big", "index_big", "search_big",
                "search_big_slowest", "key_frame_bundled", "key_frame_saving", "key_frame_big"), names);
        for (Harness.Result r : results) {
            assertTrue(r.n() > 0, r.name());
            assertTrue(r.min() <= r.median() && r.median() <= r.max(), r.line());
            assertTrue(r.line().startsWith("RESULT\t" + r.name() + "\t"), r.line());
        }
        assertFalse(log.toString(StandardCharsets.UTF_8).isEmpty());
    }

    /**
     * The outside harness runs the real explorer (from the test classpath, a reader of its own) and
     * less in tmux: every key of both tours reaches the screen, and every figure is there. Times are not
     * checked.
     */
    @Test
    void theKeyToScreenHarnessAnswersEveryKeyOfTheTour() throws Exception {
        boolean tools = new ProcessBuilder("sh", "-c", "command -v tmux && command -v less").start().waitFor() == 0;
        Assumptions.assumeTrue(tools, "tmux or less is not installed");
        String java = ProcessHandle.current().info().command().orElse("java");
        String explorer = "env -u ENDINGS_ACCESSIBLE -u ACCESSIBLE " + KeyToScreen.sh(java) + " -XX:TieredStopAtLevel=1 -cp "
                + KeyToScreen.sh(System.getProperty("java.class.path")) + " org.endings.Main";
        String title = ModelLoader.loadBundled().model().beats().get(0).title();
        KeyToScreen.Report report = KeyToScreen.run(new KeyToScreen.Options(explorer, title, 1, 0.3, 120, 50,
                dir.resolve("keys"), 10_000, 70,
                KeyToScreen.EXPLORER_TOUR.size()), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertEquals(List.of("explorer", "less"), report.keys().stream().map(KeyToScreen.Keys::target).toList());
        for (KeyToScreen.Keys k : report.keys()) {
            assertEquals(0, k.silent(), k.line());
            assertEquals(KeyToScreen.EXPLORER_TOUR.size(), k.n(), k.line());
            assertTrue(0 < k.p50() && k.p50() <= k.p90() && k.p90() <= k.p99() && k.p99() <= k.max(), k.line());
        }
        assertEquals(List.of("settling after the first frame", "after the first frame", "after the keys"),
                report.idle().stream().map(KeyToScreen.Idle::when).toList());
        report.idle().forEach(i -> assertTrue(i.cpuSeconds() >= 0, i.line()));
        // a sample a key, and the screen each reached: the tour goes where it says
        assertEquals(1 + 2 * KeyToScreen.EXPLORER_TOUR.size(), report.samples().size());
        String samples = String.join("\n", report.samples());
        for (String view : List.of("Matrix of beats and readings", "Compare ", "Help · Keys", "Your reading",
                "Search for “snow”", "Readings · ", "Sources · ", "The scene · ", "reading walk", "Against ", "Round:")) {
            assertTrue(samples.contains(view), view + " never reached:\n" + samples);
        }
    }
}
