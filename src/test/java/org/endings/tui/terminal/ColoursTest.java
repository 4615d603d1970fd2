package org.endings.tui.terminal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.googlecode.lanterna.TextColor;

import org.junit.jupiter.api.Test;

/**
 * Colours reach the terminal as escapes it reads whatever the reader's locale: Lanterna formats a
 * colour's numbers in the default locale, which under Arabic writes 31 as ٣١.
 */
class ColoursTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anEscapeIsWrittenWithAsciiDigitsWhateverScriptItsNumbersCameIn() {
        assertArrayEquals(bytes("\u001b[31m"), Display.sgr(bytes("٣١")));          // Arabic-Indic
        assertArrayEquals(bytes("\u001b[96m"), Display.sgr(bytes("۹۶")));          // Persian
        assertArrayEquals(bytes("\u001b[38;5;208m"), Display.sgr(bytes("३८;५;२०८")));   // Devanagari, an indexed colour
        assertArrayEquals(bytes("\u001b[49m"), Display.sgr(bytes("49")));
    }

    /** What a reader under ar-EG gets, in a JVM of its own (the colours are made once per JVM). */
    @Test
    void colours_madeFirstByTheExplorer_areAsciiUnderAnArabicLocale_andTheLocaleIsPutBack() throws Exception {
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=ar", "-Duser.country=EG", "-cp", System.getProperty("java.class.path"),
                Probe.class.getName())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true).start();
        String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(true, probe.waitFor(60, TimeUnit.SECONDS));
        assertEquals("96 49 ar_EG ٣١", out);
    }

    /** Run in its own JVM by the test above. */
    public static final class Probe {
        public static void main(String[] args) {
            Colours.ready();
            Colours.ready();
            System.out.println(new String(TextColor.ANSI.CYAN_BRIGHT.getForegroundSGRSequence(), StandardCharsets.US_ASCII)
                    + " " + new String(TextColor.ANSI.DEFAULT.getBackgroundSGRSequence(), StandardCharsets.US_ASCII)
                    + " " + java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)
                    + " " + String.format("%d", 31));
        }
    }
}
