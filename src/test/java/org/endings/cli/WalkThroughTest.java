package org.endings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walk-through of docs/model-format.md says what the program says: its model validates, as shown. */
class WalkThroughTest {
    @TempDir
    Path dir;

    private static String doc() throws IOException {
        String doc = Files.readString(Path.of("docs", "model-format.md"), StandardCharsets.UTF_8);
        int at = doc.indexOf("## Walk-through");
        assertTrue(at > 0, "the walk-through is there");
        return doc.substring(at);
    }

    @Test
    void theWalkThroughsModelValidatesAsTheDocSays() throws IOException {
        String walk = doc();
        int start = walk.indexOf("```json\n") + "```json\n".length();
        String json = walk.substring(start, walk.indexOf("```", start));
        Path file = dir.resolve("harbour.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        Run run = Run.of("validate", file.toString());
        assertEquals(0, run.code(), run.out());
        String said = run.out().replace(file.toString(), "harbour.json");
        assertTrue(walk.contains("$ ./run.sh validate harbour.json\n" + said), said);
    }

    @Test
    void theWalkThroughsFirstStepsSayWhatNewAndValidateSay() throws IOException {
        Run made = Run.of("new", dir.resolve("harbour.json").toString(), "--title", "The Quiet Harbour", "--year", "1999",
                "--director", "Mara Example");
        Run checked = Run.of("validate", dir.resolve("harbour.json").toString());
        String said = (made.err() + "$ ./run.sh validate harbour.json\n" + checked.out())
                .replace(dir.resolve("harbour.json").toString(), "harbour.json");
        assertTrue(doc().contains(said), said);
    }
}
