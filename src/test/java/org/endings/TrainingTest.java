package org.endings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training run that run.sh makes after each build runs every path, and keeps nothing of a reader's. */
class TrainingTest {
    @Test
    void itEndsWellAndWritesNothingInTheReadersHome(@TempDir Path home) throws Exception {
        ProcessBuilder run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"), "org.endings.Training")
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true);
        run.environment().remove("XDG_DATA_HOME");
        run.environment().put("HOME", home.toString());
        Process p = run.start();
        String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), said);
        try (var files = Files.walk(home)) {
            assertEquals(java.util.List.of(home), files.toList(), "the training wrote in the reader's home (a notebook?)");
        }
    }
}
