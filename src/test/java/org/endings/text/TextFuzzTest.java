package org.endings.text;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.endings.terminal.Sanitizer;

/**
 * The text mode's command parser and a whole session on the bundled model, fed random lines: neither
 * may throw, and no answer may carry a control character. Seeds under src/test/resources/org/endings/
 * text/TextFuzzTestInputs.
 */
class TextFuzzTest {
    private static final org.endings.core.Navigator BUNDLED = Fixtures.bundled();

    @FuzzTest(maxDuration = "30s")
    void anyLineParses(byte[] bytes) {
        String line = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        if (!line.isBlank()) {
            Commands.parse(line);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void anySessionAnswers(FuzzedDataProvider data) {
        TextSession session = new TextSession(BUNDLED, new TextOptions(data.consumeBoolean(), false,
                data.consumeInt(0, 200)));
        for (int i = 0; i < 12 && data.remainingBytes() > 0; i++) {
            String line = data.consumeString(80);
            TextSession.Reply reply = session.handle(line);
            assertFalse(!Sanitizer.isSafe(reply.text()), reply.text());
            if (reply.quit()) {
                return;
            }
        }
    }
}
