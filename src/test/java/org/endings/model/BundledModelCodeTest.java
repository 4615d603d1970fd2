package org.endings.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.endings.testing.Golden;

/**
 * The bundled model as code ({@code BundledModel}) is the bundled file's own: the source is what
 * {@link BundledModelSource} writes from the file (rewritten with -Dgolden.update=true), the model it
 * builds equals the one the loader reads from the file, that model passes the validator without a
 * word, and a file changed by one byte is read as JSON again.
 */
class BundledModelCodeTest {
    private static byte[] bundledBytes() throws IOException {
        try (InputStream in = BundledModelCodeTest.class.getResourceAsStream(ModelLoader.BUNDLED_RESOURCE)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theCodeIsMadeFromTheBundledFileAndBuildsItsModel() throws Exception {
        byte[] json = bundledBytes();
        Model read = ModelLoader.load("anora.json", json).model();
        Golden.at(Path.of("src", "main", "java", "org", "endings", "model")).check("BundledModel.java",
                BundledModelSource.of(read, json));
        assertTrue(BundledModel.isFrom(json), "made from these bytes");
        assertEquals(read, BundledModel.model(), "every record, list and map, in the file's order");
        assertEquals(java.util.List.of(), ModelValidator.validate(BundledModel.model()), "valid, without a warning");
        assertEquals(read, ModelLoader.loadBundled().model());
    }

    @Test
    void aBundledFileChangedByOneByteIsReadAsJsonAgain() throws Exception {
        byte[] json = bundledBytes();
        byte[] changed = json.clone();
        int at = new String(json, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("The ring returned");
        changed[at + 4] = 'w';   // "The wing returned"
        assertFalse(BundledModel.isFrom(changed));
        assertNotEquals(BundledModel.model(), ModelLoader.load("changed.json", changed).model());
        assertFalse(BundledModel.isFrom(java.util.Arrays.copyOf(json, json.length + 1)), "a byte more");
    }

    @Test
    void everyCharacterSurvivesItsLiteral() {
        assertEquals("\"a\\\"b\\\\u0041\\012\\u2019\\u00e9\"", BundledModelSource.str("a\"b\\u0041\n\u2019\u00e9"));
        assertEquals("null", BundledModelSource.str(null));
    }
}
