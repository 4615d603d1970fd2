package org.endings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.endings.model.Loaded;
import org.endings.model.ModelException;
import org.endings.model.ModelLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a model for the explorer, the text mode and the other commands: a valid one opens without
 * where its parts stand being read (most of what loading a big model cost), and a broken one is still
 * reported one error a line, each at the line and column of its value, as {@code validate} reports it.
 */
class ModelsTest {
    private static final Path MODEL = Path.of("data", "anora.json");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @Test
    void aValidModelOpensWithoutWhereItsPartsStandBeingRead() throws ModelException {
        Loaded big = ModelLoader.load(MODEL);
        assertNotNull(Indexing.whileValidating(MODEL, big, err), "the explorer's way, indexes built while validating");
        assertFalse(big.locations().isRead());

        Loaded quick = Models.loadValid(MODEL, new ByteArrayInputStream(new byte[0]), err);
        assertFalse(quick.locations().isRead(), "the text mode's and the other commands' way");
        assertEquals("", errBytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aBrokenModelIsReportedAtTheLineAndColumnOfEachErrorAsValidateReportsIt() throws Exception {
        String json = Files.readString(MODEL, StandardCharsets.UTF_8);
        String broken = json
                .replace("\"beats\": [\"intimacy\", \"kiss\", \"breakdown\"]", "\"beats\": [\"intimacy\", \"kis\", \"breakdown\"]")
                .replace("\"speaker\": \"alex-coco\"", "\"speaker\": \"coco\"");
        Path file = dir.resolve("broken.json");
        Files.writeString(file, broken, StandardCharsets.UTF_8);
        Loaded loaded = ModelLoader.load(file);

        Failure f = assertThrows(Failure.class, () -> Indexing.whileValidating(file, loaded, err));
        assertTrue(loaded.locations().isRead());
        List<String> lines = errBytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.contains(file + ":" + place(broken, broken.indexOf("\"kis\"")) + ": error: /quotes/1/beats/1: quote "
                + "\"explainer-repay\" is about beat \"kis\", which is not among the beats: did you mean \"kiss\"? "
                + "(known: ring, intimacy, kiss, breakdown)"), lines.toString());
        // every quote of the mistyped beat and of the mistyped speaker, each at its own "kis" or "coco", in file order
        List<String> places = new ArrayList<>();
        Matcher m = Pattern.compile("\"kis\"|\"coco\"").matcher(broken);
        while (m.find()) {
            places.add(place(broken, m.start()));
        }
        assertEquals(7, places.size());
        assertEquals(places, lines.stream().map(l -> l.substring(file.toString().length() + 1, l.indexOf(": error: "))).toList());
        assertEquals(file + " has 7 errors: fix them and run again (endings validate FILE checks a model).", f.getMessage());

        Run validate = Run.of("validate", file.toString());
        assertEquals(lines, validate.out().lines().limit(lines.size()).toList(), "validate says the same at the same places");
    }

    /** "line:column" of the character at {@code offset} of {@code json}. */
    private static String place(String json, int offset) {
        String before = json.substring(0, offset);
        return before.chars().filter(c -> c == '\n').count() + 1 + ":" + (before.length() - before.lastIndexOf('\n'));
    }
}
