package org.endings.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.endings.core.Notebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: a child JVM saving notebook after notebook is killed with SIGKILL at a random moment,
 * a hundred times. After each kill the notebook parses and holds the last state saved or the one
 * being saved, never less and never a mix; and the next opening leaves no temp file behind.
 */
class NotebookCrashIT {
    private static final int RUNS = 100;

    @TempDir
    Path dir;

    /** What one killed child said: the state it found, and each state it saved. */
    private record Child(int found, List<Integer> saved) {
        int last() {
            return saved.isEmpty() ? found : saved.get(saved.size() - 1);
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aNotebookSurvivesAHundredKillsWhileSaving() throws Exception {
        Path file = dir.resolve("endings").resolve(NotebookPaths.fileName(Notebooks.KEY));
        Random random = new Random(14);
        int midSave = 0;
        int parsed = 0;
        int orphansBefore = 0;
        int orphansAfter = 0;
        long saves = 0;
        long started = System.nanoTime();
        for (int run = 0; run < RUNS; run++) {
            Child child = runAndKill(file, 20 + random.nextInt(381));
            saves += child.saved().size();
            int temps = temps(file);
            orphansBefore += temps;
            if (temps > 0) {
                midSave++;
            }
            if (Files.exists(file)) {
                Notebook onDisk = NotebookStore.read(file, Notebooks.KEY);
                parsed++;
                int n = Notebooks.counter(onDisk);
                assertEquals(Notebooks.numbered(n), onDisk, "a whole state, never a mix");
                int last = child.last();
                assertTrue(n == last || n == last + 1,
                        "run " + run + ": the file holds state " + n + "; the child had saved up to " + last);
            }
            try (NotebookStore store = NotebookStore.open(file, Notebooks.KEY)) {
                assertTrue(store.writable(), "a killed child's lock dies with it");
                assertEquals(List.of(), store.messages());
            }
            orphansAfter += temps(file);
        }
        assertEquals(0, orphansAfter);
        System.out.printf("Notebook crash safety: %d runs killed with SIGKILL in %.1f s; %d saves made in all; "
                        + "%d kills left a temp file (mid-save); %d files parsed, each a whole state, the last saved "
                        + "or the one being saved; orphaned temp files %d before the next opening, %d after.%n",
                RUNS, (System.nanoTime() - started) / 1e9, saves, midSave, parsed, orphansBefore, orphansAfter);
    }

    /**
     * Starts a child on the notebook, kills it {@code delay} ms after it is ready, and returns what it
     * said. Its output goes to a file, read after its death: a pipe's last lines can be lost when the
     * JDK drains it as the process exits.
     */
    private Child runAndKill(Path file, int delay) throws IOException, InterruptedException {
        Path log = dir.resolve("child.log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).redirectOutput(log.toFile()).start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.readString(log, StandardCharsets.UTF_8).contains("\n") && p.isAlive()
                && System.nanoTime() < until) {
            Thread.sleep(2);
        }
        assertTrue(p.isAlive(), "the child ended by itself: " + Files.readString(log, StandardCharsets.UTF_8));
        Thread.sleep(delay);
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("ready "), lines.get(0));
        List<Integer> saved = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.matches("saved \\d+")) {   // the last line may be cut short by the kill
                saved.add(Integer.parseInt(line.substring(6)));
            }
        }
        return new Child(Integer.parseInt(lines.get(0).substring(6)), saved);
    }

    private static int temps(Path file) throws IOException {
        try (Stream<Path> files = Files.list(file.getParent())) {
            return (int) files.filter(p -> NotebookStore.isTemp(file, p.getFileName().toString())).count();
        }
    }
}
