package org.endings.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.endings.terminal.Sanitizer;

/**
 * Any bytes through the loader and then the validator: the only exception allowed out is the model
 * error, and its message is one safe line with a place. Seeds: src/test/resources/org/endings/model/
 * LoaderFuzzTestInputs/anyBytes (the crashing number, lone surrogates, the bundled model). Every build
 * runs them; src/test/fuzz/run fuzzes for real.
 */
class LoaderFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void anyBytes(byte[] bytes) {
        Loaded loaded;
        try {
            loaded = ModelLoader.load("fuzz.json", bytes);
        } catch (ModelException e) {
            String message = e.getMessage();
            assertTrue(message.startsWith("fuzz.json:") && message.contains(": error: "), message);
            assertTrue(Sanitizer.isSafeLine(message), message);
            assertTrue(e.line() >= 1 && e.column() >= 1, message);
            return;
        }
        // (a problem's words may quote the file's text raw: the printer sanitises them, see Models.diagnostic)
        for (Problem p : ModelValidator.validate(loaded.model())) {
            loaded.locations().at(p.pointer());
        }
    }
}
