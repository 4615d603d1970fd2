package org.endings.tui.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key typed alone is taken without Lanterna's decoder, and comes out as the very key the decoder
 * makes of it; anything else still goes through the decoder, in the order typed.
 */
class QuickKeysTest {
    @TempDir
    Path dir;

    /** What Lanterna's decoder, with the profile every ANSI terminal gets, makes of {@code text}, key by key. */
    private static List<KeyStroke> lanterna(String text) throws IOException {
        InputDecoder decoder = new InputDecoder(new StringReader(text));
        decoder.addProfile(new DefaultKeyDecodingProfile());
        List<KeyStroke> keys = new ArrayList<>();
        // a reader of a string says it is ready at its end, where the decoder makes an EOF key
        for (KeyStroke k = decoder.getNextCharacter(false); k != null && k.getKeyType() != KeyType.EOF;
                k = decoder.getNextCharacter(false)) {
            keys.add(k);
        }
        return keys;
    }

    @Test
    void eachByteTakenAloneIsTheKeyTheDecoderMakesOfIt() throws IOException {
        int simple = 0;
        for (int b = 0; b < 256; b++) {
            if (!QuickKeys.simple(b)) {
                continue;
            }
            simple++;
            List<KeyStroke> decoded = lanterna(String.valueOf((char) b));
            assertEquals(1, decoded.size(), "one key for byte " + b);
            assertEquals(decoded.get(0), QuickKeys.key(b), "byte " + b);
        }
        assertEquals(95 + 3, simple, "the printable ASCII characters, Space among them, and Tab, Enter, Backspace");
        assertTrue(!QuickKeys.simple(0x1B) && !QuickKeys.simple(0x03) && !QuickKeys.simple(0xC3) && !QuickKeys.simple('\r'),
                "never Escape, a control key, a byte of a longer character, or a CR (the start of CR NUL)");
    }

    @Test
    void keysComeInTheOrderTypedWhicheverWayEachIsTaken() throws Exception {
        Path fifo = dir.resolve("tty");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo is not here");
        TtyInput in = TtyInput.of(fifo, new ByteArrayInputStream(new byte[0]));
        OutputStream out = TtyInputTest.startWithWriter(in, fifo);

        // The decoder as a terminal has it: over a reader of the same bytes, counting the keys it makes.
        InputDecoder decoder = new InputDecoder(new InputStreamReader(in, StandardCharsets.UTF_8));
        decoder.addProfile(new DefaultKeyDecodingProfile());
        int[] asked = {0};
        QuickKeys.Decoder lanterna = () -> {
            KeyStroke k = decoder.getNextCharacter(false);
            asked[0] += k == null ? 0 : 1;
            return k;
        };
        QuickKeys quick = new QuickKeys(in);

        // each chunk arrives on its own, as a key typed after a pause does
        String[] chunks = {"j", "\u001b[A", "k", "ab", "\n", "\u00e9", "G", "\t", "\u007f", "\u001b[B\u001b[B", " ", "\r", "\u0000", "q", "\r", "x", "q"};
        List<KeyStroke> got = new ArrayList<>();
        List<Integer> decoderCalls = new ArrayList<>();
        for (String chunk : chunks) {
            int before = asked[0];
            out.write(chunk.getBytes(StandardCharsets.UTF_8));
            out.flush();
            assertTrue(in.await(5000), "the bytes of " + chunk + " arrive");
            for (KeyStroke k = quick.poll(lanterna); k != null; k = quick.poll(lanterna)) {
                got.add(k);
            }
            decoderCalls.add(asked[0] - before);
        }
        assertEquals(lanterna(String.join("", chunks)), got, "the keys the decoder alone makes of the same bytes");
        assertEquals(0, (int) decoderCalls.get(0), "a letter alone, at the start: no decoder");
        assertTrue(decoderCalls.get(1) > 0, "an escape sequence: the decoder");
        assertEquals(0, (int) decoderCalls.get(2), "a letter alone after the decoder said it had nothing: no decoder");
        assertTrue(decoderCalls.get(3) > 0, "two letters at once: the decoder");
        assertEquals(0, (int) decoderCalls.get(4), "Enter alone: no decoder");
        assertTrue(decoderCalls.get(5) > 0, "a letter of two bytes: the decoder");
        assertTrue(decoderCalls.get(12) > 0, "the NUL after the CR the decoder kept: the decoder, which makes Enter of both");
        assertTrue(decoderCalls.get(13) == 0, "and then a letter alone: no decoder");
        // a CR and then a letter: the decoder, which drops both (no key starts with CR but CR NUL)
        assertNull(quick.poll(lanterna), "nothing left");
        in.close();
        out.close();
    }
}
