package org.endings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.endings.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17's hostile corpus through {@code endings validate}: every bad model gives exit 1, exactly one
 * {@code file:line:col: error:} line and the summary line "file: 1 error.", no stack trace,
 * within 2 s. Hand-made models under src/test/resources/hostile; generated ones from {@link HostileCorpus}.
 */
class HostileCorpusTest {
    @TempDir
    static Path tmp;

    @Test
    void everyBadModelGivesOnePreciseLineAndExitOne() throws Exception {
        // (the loader tests' minimal model, made valid for the validator too: its first quote needs a speaker)
        String minimal = Files.readString(Path.of("src/test/resources/org/endings/model/LoaderFuzzTestInputs/anyBytes/minimal.json"))
                .replace("\"text\": \"Plain words.\",", "\"text\": \"Plain words.\", \"speaker\": \"dir\",");
        List<Path> files = new ArrayList<>(HostileCorpus.handMade());
        for (Map.Entry<String, byte[]> e : HostileCorpus.generate(minimal).entrySet()) {
            files.add(Files.write(tmp.resolve(e.getKey() + ".json"), e.getValue()));
        }
        files.add(Files.createDirectories(tmp.resolve("a-directory.json")));
        Path a = tmp.resolve("loop-a.json");
        Path b = tmp.resolve("loop-b.json");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        files.add(a);
        files.add(Files.createSymbolicLink(tmp.resolve("broken-link.json"), tmp.resolve("gone.json")));
        files.add(Path.of("/dev/zero"));
        files.add(Path.of("/dev/null"));
        files.add(tmp.resolve("missing.json"));
        // (an unreadable file: chmod 000 does not stop root, who runs CI here; ModelLoaderTest covers the words)
        Path unreadable = Files.write(tmp.resolve("unreadable.json"), new byte[] {'{'});
        unreadable.toFile().setReadable(false, false);
        files.add(unreadable);

        List<String> wrong = new ArrayList<>();
        for (Path file : files) {
            String why = check(file);
            if (why != null) {
                wrong.add(file.getFileName() + ": " + why);
            }
        }
        System.out.println("hostile corpus: " + files.size() + " bad models, " + (files.size() - wrong.size()) + " as expected");
        assertTrue(files.size() >= 200, "only " + files.size() + " bad models");
        assertEquals(List.of(), wrong);
    }

    /** Null when the file is refused as it should be, else what went wrong. */
    private static String check(Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long start = System.nanoTime();
        int code = Main.run(new String[] {"validate", file.toString()}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), false);
        long millis = (System.nanoTime() - start) / 1_000_000;
        String text = out.toString(StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        String prefix = file + ":";
        long located = lines.stream().filter(l -> l.matches("\\Q" + prefix + "\\E\\d+:\\d+: error: .*")).count();
        boolean summary = lines.size() == 2 && lines.get(1).equals(file + ": 1 error.");
        if (code != 1) {
            return "exit " + code + ": " + text + err;
        }
        if (located != 1 || !summary) {
            return "not one located error line: " + text;
        }
        if (!err.toString(StandardCharsets.UTF_8).isEmpty() || text.contains("Exception") || text.contains("\tat ")) {
            return "a stack trace or stderr: " + err;
        }
        if (millis > 2000) {
            return "took " + millis + " ms";
        }
        assertFalse(text.contains("\u001b"));
        return null;
    }
}
