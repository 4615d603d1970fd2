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
}
