package org.endings.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.endings.bench.ModelGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A big model file is read and decoded on a second thread while it is parsed; whatever the file
 * holds, loading it from its path ends as loading its bytes does: the same model, or the same
 * problem said the same way, at the same place.
 */
class StreamedTextTest {
    @TempDir
    Path dir;

    /** What loading ends in: the model, or the problem's message. */
    private record Outcome(Model model, String problem, String firstQuotePlace) {
    }

    private static Outcome outcome(Path file) {
        try {
            Loaded loaded = ModelLoader.load(file);
            return new Outcome(loaded.model(), null, place(loaded));
        } catch (ModelException e) {
            return new Outcome(null, e.getMessage(), null);
        }
    }

    private static Outcome outcomeOfBytes(Path file) throws IOException {
        try {
            Loaded loaded = ModelLoader.load(file.toString(), Files.readAllBytes(file));
            return new Outcome(loaded.model(), null, place(loaded));
        } catch (ModelException e) {
            return new Outcome(null, e.getMessage(), null);
        }
    }

    private static String place(Loaded loaded) {
        return loaded.model().quotes().isEmpty() ? "" : loaded.locations().at("/quotes/0/text").toString();
    }

    /** Loads {@code file} both ways and says they end the same; returns the outcome. */
    private static Outcome sameBothWays(Path file) throws IOException {
        Outcome streamed = outcome(file);
        assertEquals(outcomeOfBytes(file), streamed, file.toString());
        return streamed;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static byte[] padded(byte[] model) {
        byte[] out = new byte[(int) ModelLoader.STREAMED_BYTES + 1000 + model.length];
        java.util.Arrays.fill(out, (byte) ' ');
        System.arraycopy(model, 0, out, 0, model.length);
        return out;
    }

    private static byte[] bundled() throws IOException {
        try (InputStream in = StreamedTextTest.class.getResourceAsStream(ModelLoader.BUNDLED_RESOURCE)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aBigGeneratedModelIsReadOnTwoThreadsToTheSameModelAsFromItsBytes() throws IOException {
        // typographic quotes, accents and wide characters throughout: many a character's bytes fall
        // across two of the chunks the file is read in
        Path file = dir.resolve("generated.json");
        ModelGenerator.write(file, 300, 6, 3000, 7);
        assertTrue(Files.size(file) > 3 * ModelLoader.STREAMED_BYTES, "many chunks: " + Files.size(file));
        assertNotNull(StreamedText.load("generated.json", file, Files.size(file)), "read the quick way");
        Outcome outcome = sameBothWays(file);
        assertEquals(3000, outcome.model().quotes().size());
    }

    @Test
    void aFourByteCharacterAcrossTheFirstChunksEdgeIsReadWhole() throws IOException {
        String json = new String(bundled(), StandardCharsets.UTF_8);
        int at = json.indexOf("\"title\"") + 10;   // inside the first title
        // shift the title so that an emoji's four bytes straddle 65,536, then pad past the threshold
        byte[] head = json.substring(0, at).getBytes(StandardCharsets.UTF_8);
        String filler = " ".repeat(65_536 - head.length - 2);
        byte[] model = (json.substring(0, at) + filler + "🎬" + json.substring(at)).getBytes(StandardCharsets.UTF_8);
        assertEquals((byte) 0xF0, model[65_534]);
        Path file = write("emoji.json", padded(model));
        assertNotNull(StreamedText.load("emoji.json", file, Files.size(file)));
        assertTrue(sameBothWays(file).model().work().title().contains("🎬"));
    }

    /** Each broken fixture of the loader's tests, padded past the size read on two threads. */
    static Stream<String> brokenFixtures() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "models", "bad"))) {
            files.map(f -> f.getFileName().toString()).sorted().forEach(names::add);
        }
        return names.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFixtures")
    void aBigBrokenFileIsReportedAsFromItsBytes(String name) throws IOException {
        Path file = write(name, padded(Files.readAllBytes(Path.of("src", "test", "resources", "models", "bad", name))));
        assertNull(StreamedText.load(name, file, Files.size(file)), "no model the quick way");
        assertNotNull(sameBothWays(file).problem(), name);
    }

    @Test
    void bytesThatAreNotUtf8DeepInABigFileOrCutShortAtItsEndAreReportedAsFromItsBytes() throws IOException {
        byte[] model = padded(bundled());
        byte[] deep = model.clone();
        deep[200_000] = (byte) 0xE9;   // Latin-1 é among the padding, in the fourth chunk
        Outcome outcome = sameBothWays(write("deep.json", deep));
        assertTrue(outcome.problem().contains("byte 0xE9 at offset 200000"), outcome.problem());
        byte[] cut = java.util.Arrays.copyOf(model, model.length + 2);
        cut[cut.length - 2] = (byte) 0xE2;   // the first two of an em dash's three bytes, and the end
        cut[cut.length - 1] = (byte) 0x80;
        assertTrue(sameBothWays(write("cut.json", cut)).problem().contains("not valid UTF-8"));
        byte[] bom = new byte[model.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(model, 0, bom, 3, model.length);
        assertTrue(sameBothWays(write("bom.json", bom)).problem().contains("byte-order mark"));
    }
}
