package org.endings.tui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.endings.core.Navigator;
import org.endings.core.Queries;
import org.endings.model.Model;
import org.endings.tui.terminal.Display;

/** A model whose every text holds escapes, BEL, NUL, OSC title and clipboard sequences and bidi overrides. */
class HostileModelTest {
    private static final Model HOSTILE = TuiModels.hostile();
    /** Keys that visit every screen of the hostile model. */
    private static final List<String> TOURS = List.of("", "j", "j<Tab>", "j<Tab><Enter>", "<Tab><Enter>", "w", "wj", "m",
            "mjl", "c", "cj", "r", "rj", "s", "sj", "?", "? ", "/the<Enter>", "/PWNED<Enter>", "/\u00e9<Enter>", "i",
            "j<Tab>i", "2", "2m", ":1<Enter>", "j<Tab>j<Enter><Esc>wj");

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {80, 40, 120})
    void everyScreenDrawsWithNoRawControlCharacter(int columns) {
        int rows = columns == 40 ? 12 : columns == 120 ? 50 : 24;
        for (String keys : TOURS) {
            VirtualScreen screen = assertDoesNotThrow(() -> new VirtualScreen(HOSTILE, columns, rows).press(keys), keys);
            assertNoControls(screen, keys);
        }
    }

    @Test
    void aHeaderWithControlsIsCutBetweenTheWordsAsShownNotAsStored() {
        ScreenPainter painter = new ScreenPainter(Theme.standard(), false, KeyMap.standard());
        // each bidi control is drawn as an eight-character placeholder: the cut is made on what is drawn
        String header = "Beat 2 of 2: The kiss\u202E\u202E\u202E \u00B7 Power\u001B]0;PWNED-TITLE\u0007 \u00B7 reading walk";
        for (int columns = 20; columns <= 90; columns++) {
            int width = columns;
            String cut = assertDoesNotThrow(() -> painter.cutBetweenWords(header, width), "at " + columns);
            assertTrue(org.endings.terminal.DisplayWidth.of(cut) <= columns, columns + ": " + cut);
            assertTrue(cut.indexOf('\u202E') < 0 && cut.indexOf('\u001B') < 0, columns + ": " + cut);
        }
    }

    @Test
    void escapesShowAsVisiblePlaceholders() {
        VirtualScreen screen = new VirtualScreen(HOSTILE, 120, 50);
        String text = screen.text();
        assertTrue(text.contains("\u241B]0;PWNED-TITLE\u2407"), text);
        assertTrue(text.contains("\u27E8U+202E\u27E9evil"), text);
    }

    @Test
    void noByteSequenceOtherThanCursorColourAndScreenModeReachesTheTerminal() throws IOException {
        for (String keys : TOURS) {
            byte[] bytes = render(keys, StandardCharsets.UTF_8);
            String out = new String(bytes, StandardCharsets.UTF_8);
            for (int i = 0; i < out.length(); i++) {
                char c = out.charAt(i);
                if (c == 0x1b) {
                    i = csiEnd(out, i, keys);
                } else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || isBidiControl(c)) {
                    fail(String.format("U+%04X reached the terminal at %d after keys %s", (int) c, i, keys));
                }
            }
            assertFalse(out.contains("\u001b]"), "an OSC sequence (title, clipboard) reached the terminal");
        }
    }

    @Test
    void anAsciiTerminalGetsOnlyPrintableAscii() throws IOException {
        byte[] bytes = render("j<Tab><Enter>", StandardCharsets.US_ASCII);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0x1b) {
                i = csiEnd(new String(bytes, StandardCharsets.ISO_8859_1), i, "ascii");
            } else {
                assertTrue(b >= 0x20 && b < 0x7f, "byte " + b + " reached an ASCII terminal");
            }
        }
    }

    @Test
    void aSourceAddressIsSentOnlyAsAPercentEncodedLinkWhereLinksAreShown() throws IOException {
        String hostile = "https://x.example/" + TuiModels.HOSTILE;
        List<org.endings.model.Source> sources = new java.util.ArrayList<>();
        for (org.endings.model.Source s : HOSTILE.sources()) {
            sources.add(new org.endings.model.Source(s.id(), s.kind(), s.outlet(), s.title(), s.date(), s.reportedBy(), hostile));
        }
        Model model = new Model(HOSTILE.format(), HOSTILE.work(), HOSTILE.scene(), HOSTILE.people(), sources,
                HOSTILE.beats(), HOSTILE.readings(), HOSTILE.quotes());
        for (boolean links : new boolean[] {true, false}) {
            ByteArrayOutputStream sink = new ByteArrayOutputStream();
            Display screen = new Display(new BytesTerminal(sink, StandardCharsets.UTF_8, new TerminalSize(200, 100)), links);
            screen.start();
            ExplorerApp app = new ExplorerApp(new Navigator(new Queries(model)), screen,
                    new TuiOptions(true, TuiOptions.DEFAULT_THEME, false, false, links));
            app.draw(true);
            VirtualScreen.press(app, "<Tab>S");
            screen.stop();
            String out = sink.toString(StandardCharsets.UTF_8);
            assertTrue(out.contains("PWNED-TITLE"), "on the source's page: " + out);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\u001b\\]8;(id=endings-\\d+)?;([\\x21-\\x7e]*)\u001b\\\\")
                    .matcher(out);
            int opened = 0;
            String rest = out;
            while (m.find()) {
                if (!m.group(2).isEmpty()) {
                    opened++;
                    assertTrue(m.group(2).startsWith("https://x.example/%1B]0;PWNED-TITLE%07%1B]52;"), m.group(2));
                }
            }
            rest = m.replaceAll("");
            assertEquals(links, opened > 0, "a link is sent exactly where links are shown");
            assertFalse(rest.contains("\u001b]"), "no other OSC sequence: " + rest);
        }
    }

    /** Draws the keys' screens on an ANSI terminal writing to bytes, encoded as the real terminal encodes. */
    private static byte[] render(String keys, Charset charset) throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        BytesTerminal terminal = new BytesTerminal(sink, charset, new TerminalSize(80, 24));
        Display screen = new Display(terminal);
        screen.start();
        boolean ascii = !charset.equals(StandardCharsets.UTF_8);
        ExplorerApp app = new ExplorerApp(new Navigator(new Queries(HOSTILE)), screen,
                new TuiOptions(true, TuiOptions.DEFAULT_THEME, ascii));
        app.draw(true);
        VirtualScreen.press(app, keys);
        screen.stop();
        return sink.toByteArray();
    }

    /** The end of the CSI sequence starting at {@code i}: ESC [ parameters final-byte; anything else fails. */
    private static int csiEnd(String out, int i, String keys) {
        if (i + 1 >= out.length() || out.charAt(i + 1) != '[') {
            fail("ESC not followed by [ after keys " + keys + ": " + out.substring(i, Math.min(out.length(), i + 10)));
        }
        int j = i + 2;
        while (j < out.length() && (Character.isDigit(out.charAt(j)) || out.charAt(j) == ';' || out.charAt(j) == '?')) {
            j++;
        }
        if (j >= out.length() || "HmhlJKsuABCDf".indexOf(out.charAt(j)) < 0) {
            fail("unexpected escape sequence after keys " + keys + ": " + out.substring(i, Math.min(out.length(), j + 1)));
        }
        return j;
    }

    private static void assertNoControls(VirtualScreen screen, String keys) {
        TerminalSize size = screen.terminal.getTerminalSize();
        for (int r = 0; r < size.getRows(); r++) {
            for (int c = 0; c < size.getColumns(); c++) {
                TextCharacter tc = screen.terminal.getCharacter(c, r);
                String s = tc.getCharacterString();
                for (int k = 0; k < s.length(); k++) {
                    char ch = s.charAt(k);
                    if (ch < 0x20 || (ch >= 0x7f && ch < 0xa0) || isBidiControl(ch)) {
                        fail(String.format("U+%04X at %d,%d after keys %s:%n%s", (int) ch, c, r, keys, screen.text()));
                    }
                }
            }
        }
        assertEquals(size.getRows(), screen.text().split("\n", -1).length - 1);
    }

    private static boolean isBidiControl(char c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
