package org.endings.tui.terminal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import com.googlecode.lanterna.TerminalTextUtils;

import org.junit.jupiter.api.Test;

/** A run of text goes to the terminal as the bytes of its characters in the terminal's charset. */
class CharacterEncoderTest {
    @Test
    void aRunOfTextIsItsUtf8BytesWhateverItsCharacters() {
        Random random = new Random(18);
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                int pick = random.nextInt(6);
                int cp = switch (pick) {
                    case 0, 1 -> 0x20 + random.nextInt(0x5F);                 // ASCII
                    case 2 -> 0xA0 + random.nextInt(0x800 - 0xA0);            // two bytes: é, ×
                    case 3 -> 0x800 + random.nextInt(0xD800 - 0x800);         // three bytes: ’ “ ” … ‑
                    case 4 -> 0xE000 + random.nextInt(0xFFFE - 0xE000);       // three bytes, past the surrogates
                    default -> 0x10000 + random.nextInt(0x10FFFF - 0x10000);  // four bytes: a surrogate pair
                };
                text.appendCodePoint(cp);
            }
            StringBuilder printable = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                if (TerminalTextUtils.isPrintableCharacter(text.charAt(i))) {
                    printable.append(text.charAt(i));
                }
            }
            assertArrayEquals(printable.toString().getBytes(StandardCharsets.UTF_8),
                    new CharacterEncoder(StandardCharsets.UTF_8).encode(text), "round " + round + ": " + text);
        }
    }

    @Test
    void inAsciiWhatCannotBeWrittenIsAQuestionMark() {
        assertArrayEquals("a?b?c".getBytes(StandardCharsets.US_ASCII),
                new CharacterEncoder(StandardCharsets.US_ASCII).encode("a\u2019b\uD83C\uDFACc"));
    }
}
