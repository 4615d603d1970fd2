package org.endings.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import org.junit.jupiter.api.Test;

import org.endings.tui.terminal.Display;
import org.endings.tui.terminal.MeasuredCharacter;

/** What the display sends: only what changed, in as few moves as it can, and a screen that matches its cells. */
class DisplayTest {
    private final Glyphs glyphs = new Glyphs(Theme.monochrome(), false);
    private final int plain = Glyphs.styleId(Role.TEXT, false);
    private final int bold = Glyphs.styleId(Role.HEADING, false);

    private void write(Display d, int row, String text, int style) {
        for (int i = 0; i < text.length(); i++) {
            d.set(i, row, glyphs.ascii(text.charAt(i), style));
        }
    }

    private String frame(ByteArrayOutputStream bytes, Display d) throws IOException {
        bytes.reset();
        d.refresh(false);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anUnchangedFrameSendsOnlyTheCursor() throws IOException {
        ByteArrayOutputStream bytes = BytesTerminal.sink();
        Display d = new Display(new BytesTerminal(bytes, StandardCharsets.UTF_8, new TerminalSize(20, 3)));
        d.start();
        d.clear(glyphs.ascii(' ', plain));
        write(d, 0, "Beat 1 of 4", bold);
        write(d, 1, "The ring", plain);
        d.cursor(0, 1);
        assertTrue(frame(bytes, d).contains("The ring"));

        d.clear(glyphs.ascii(' ', plain));
        write(d, 0, "Beat 1 of 4", bold);
        write(d, 1, "The ring", plain);
        d.cursor(0, 1);
        assertEquals("\u001b[?25h\u001b[2;1H", frame(bytes, d), "nothing but the cursor: shown, and put back");
    }

    @Test
    void aFrameThatOnlyRecoloursChangesNoTextAndOneThatRewritesDoes() throws IOException {
        ByteArrayOutputStream bytes = BytesTerminal.sink();
        Display d = new Display(new BytesTerminal(bytes, StandardCharsets.UTF_8, new TerminalSize(20, 3)));
        d.start();
        assertTrue(d.changesText(), "the first frame draws everything");
        d.clear(glyphs.ascii(' ', plain));
        write(d, 1, "The ring", plain);
        frame(bytes, d);
        write(d, 1, "The ring", bold);
        assertFalse(d.changesText(), "the same words in another style: a screen reader hears nothing new");
        write(d, 1, "The kiss", bold);
        assertTrue(d.changesText());
    }

    @Test
    void onlyTheChangedCellsAreSentWithOneMoveForARun() throws IOException {
        ByteArrayOutputStream bytes = BytesTerminal.sink();
        Display d = new Display(new BytesTerminal(bytes, StandardCharsets.UTF_8, new TerminalSize(20, 3)));
        d.start();
        d.clear(glyphs.ascii(' ', plain));
        write(d, 1, "Beat 1 of 4", plain);
        d.cursor(0, 0);
        frame(bytes, d);

        write(d, 1, "Beat 2 of 9", plain);
        String sent = frame(bytes, d);
        assertTrue(sent.contains("\u001b[2;6H2 of 9"), "the few unchanged cells between two changes written again, "
                + "shorter than a move: " + sent);
        assertFalse(sent.contains("Beat"), "unchanged cells before the first change are not sent again: " + sent);
    }

    @Test
    void aLongGapOfUnchangedCellsIsSkippedWithAMove() throws IOException {
        ByteArrayOutputStream bytes = BytesTerminal.sink();
        Display d = new Display(new BytesTerminal(bytes, StandardCharsets.UTF_8, new TerminalSize(30, 3)));
        d.start();
        d.clear(glyphs.ascii(' ', plain));
        write(d, 1, "a unchanged middle z", plain);
        frame(bytes, d);

        write(d, 1, "b unchanged middle y", plain);
        assertEquals("\u001b[0m\u001b[2;1Hb\u001b[2;20Hy\u001b[?25h\u001b[1;1H", frame(bytes, d));
    }

    @Test
    void aGapInAnotherStyleIsNeverWrittenAgainInThePensStyle() throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(20, 3));
        ByteArrayOutputStream bytes = BytesTerminal.sink();
        Display virtual = new Display(terminal);
        Display d = new Display(new BytesTerminal(bytes, StandardCharsets.UTF_8, new TerminalSize(20, 3)));
        AnsiScreen screen = new AnsiScreen(20, 3);
        for (Display each : new Display[] {virtual, d}) {
            each.start();
            each.clear(glyphs.ascii(' ', plain));
            write(each, 0, "ab", plain);
            each.set(2, 0, glyphs.ascii('B', bold));
            write(each, 0, "   cd", plain);
            each.set(0, 0, glyphs.ascii('a', plain));
            each.set(1, 0, glyphs.ascii('b', plain));
            each.set(2, 0, glyphs.ascii('B', bold));
        }
        screen.feed(frame(bytes, d).getBytes(StandardCharsets.UTF_8));
        virtual.refresh(false);
        for (Display each : new Display[] {virtual, d}) {
            each.set(0, 0, glyphs.ascii('x', plain));
            each.set(4, 0, glyphs.ascii('y', plain));
        }
        String sent = frame(bytes, d);
        screen.feed(sent.getBytes(StandardCharsets.UTF_8));
        virtual.refresh(false);
        assertTrue(sent.contains("\u001b[1;5Hy"), "the bold B is not written again in the plain pen: " + sent);
        assertTrue(screen.at(2, 0).attributes().contains(com.googlecode.lanterna.SGR.BOLD));
        assertEquals("xbBcy", row(screen, 0).substring(0, 5));
        assertTrue(terminal.getCharacter(2, 0).isBold());
    }

    @Test
    void aRowWhoseEndGoesBlankIsErasedWithOneCode() throws IOException {
        ByteArrayOutputStream bytes = BytesTerminal.sink();
        Display d = new Display(new BytesTerminal(bytes, StandardCharsets.UTF_8, new TerminalSize(40, 3)));
        AnsiScreen screen = new AnsiScreen(40, 3);
        d.start();
        d.clear(glyphs.ascii(' ', plain));
        write(d, 1, "The refused kiss, and what came after", bold);
        screen.feed(frame(bytes, d).getBytes(StandardCharsets.UTF_8));

        d.clear(glyphs.ascii(' ', plain));
        write(d, 1, "The kiss", bold);
        String sent = frame(bytes, d);
        screen.feed(sent.getBytes(StandardCharsets.UTF_8));
        assertTrue(sent.contains("\u001b[0m\u001b[K") || sent.contains("\u001b[22m\u001b[K"),
                "the rest of the row erased in the default pen, once: " + sent);
        assertFalse(sent.contains("  "), "no run of spaces: " + sent);
        assertEquals("The kiss", row(screen, 1).strip());
        assertFalse(screen.at(10, 1).attributes().contains(com.googlecode.lanterna.SGR.BOLD), "erased cells are plain");
    }

    private static String row(AnsiScreen screen, int row) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < screen.columns(); c++) {
            AnsiScreen.Cell cell = screen.at(c, row);
            b.append(cell.text() == null ? "" : cell.text());
        }
        return b.toString();
    }

    /**
     * What the bytes draw is what the display holds, cell by cell (text, colours, attributes),
     * after every key through every view of the bundled model and the hostile one (wide, combining
     * and emoji characters), in colour and ASCII, with links and without: the gaps written again,
     * the rows erased and the runs of text leave nothing stale and nothing in a wrong pen.
     */
    @Test
    void theBytesSentDrawExactlyWhatTheDisplayHolds() throws IOException {
        org.endings.model.Model bundled = TuiModels.bundled();
        String keys = "jjkllhh\n\u001bjj2m\njjw\u001bc\u001bvs\u001b?j \u001b/ring\nnN\u001b1G\tgjjS\u001bp\u001bo\u001baMjjk\u001bTt";
        for (org.endings.model.Model model : java.util.List.of(bundled, TuiModels.hostile())) {
            for (TuiOptions options : java.util.List.of(TuiOptions.DEFAULT, new TuiOptions(false, TuiOptions.DEFAULT.theme(), true),
                    new TuiOptions(true, TuiOptions.DEFAULT.theme(), false, false, true))) {
                java.nio.charset.Charset charset = options.ascii() ? StandardCharsets.US_ASCII : StandardCharsets.UTF_8;
                for (TerminalSize size : java.util.List.of(new TerminalSize(100, 30), new TerminalSize(41, 17))) {
                    ByteArrayOutputStream bytes = BytesTerminal.sink();
                    Display d = new Display(new BytesTerminal(bytes, charset, size), options.links());
                    AnsiScreen screen = new AnsiScreen(size.getColumns(), size.getRows());
                    ExplorerApp app = new ExplorerApp(new org.endings.core.Navigator(new org.endings.core.Queries(model)), d, options);
                    d.start();
                    app.draw(true);
                    String where = (model == bundled ? "bundled" : "hostile") + ", " + options + ", " + size;
                    compare(screen, bytes, d, size, where + ", the first frame");
                    for (char c : keys.toCharArray()) {
                        app.step(key(c));
                        compare(screen, bytes, d, size, where + ", after the key " + c);
                    }
                }
            }
        }
    }

    private static com.googlecode.lanterna.input.KeyStroke key(char c) {
        return switch (c) {
            case '\n' -> new com.googlecode.lanterna.input.KeyStroke(com.googlecode.lanterna.input.KeyType.Enter);
            case '\u001b' -> new com.googlecode.lanterna.input.KeyStroke(com.googlecode.lanterna.input.KeyType.Escape);
            case '\t' -> new com.googlecode.lanterna.input.KeyStroke(com.googlecode.lanterna.input.KeyType.Tab);
            default -> new com.googlecode.lanterna.input.KeyStroke(c, false, false);
        };
    }

    private static void compare(AnsiScreen screen, ByteArrayOutputStream bytes, Display d, TerminalSize size, String where) {
        byte[] sentBytes = bytes.toByteArray();
        screen.feed(sentBytes);
        bytes.reset();
        try {
            compareCells(screen, d, size, where);
        } catch (AssertionError e) {
            System.err.println("the bytes of that frame: " + new String(sentBytes, StandardCharsets.UTF_8).replace("\u001b", "ESC"));
            throw e;
        }
    }

    private static void compareCells(AnsiScreen screen, Display d, TerminalSize size, String where) {
        for (int r = 0; r < size.getRows(); r++) {
            for (int c = 0; c < size.getColumns(); c++) {
                AnsiScreen.Cell shown = screen.at(c, r);
                MeasuredCharacter meant = d.cell(c, r);
                String at = where + ", row " + (r + 1) + ", column " + (c + 1);
                if (shown.text() == null) {
                    assertTrue(c > 0 && d.cell(c - 1, r).isDoubleWidth(), "half a wide character alone, " + at);
                    continue;
                }
                assertEquals(meant.getCharacterString(), shown.text(), at);
                assertEquals(meant.getBackgroundColor(), shown.background(), "background, " + at);
                assertEquals(meant.getModifiers(), shown.attributes(), "attributes, " + at);
                if (!meant.getCharacterString().isBlank()) {
                    assertEquals(meant.getForegroundColor(), shown.foreground(), "foreground, " + at);
                }
            }
        }
    }

    @Test
    void aChangeOfStyleAloneIsSent() throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(20, 3));
        Display d = new Display(terminal);
        d.start();
        d.clear(glyphs.ascii(' ', plain));
        write(d, 0, "Consent", plain);
        d.refresh(false);
        assertFalse(terminal.getCharacter(0, 0).isBold());

        write(d, 0, "Consent", bold);
        d.refresh(false);
        assertTrue(terminal.getCharacter(0, 0).isBold(), "the same letters, now bold");
        assertTrue(terminal.getCharacter(6, 0).isBold());
        assertFalse(terminal.getCharacter(7, 0).isBold());
    }

    @Test
    void aNarrowCharacterOverAWideOneLeavesNoHalfBehind() throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(10, 2));
        Display d = new Display(terminal);
        d.start();
        MeasuredCharacter wide = glyphs.cluster("\u6F22", 2, plain);
        d.clear(glyphs.ascii(' ', plain));
        d.set(2, 0, wide);
        d.set(4, 0, glyphs.ascii('x', plain));
        d.refresh(false);
        assertEquals("\u6F22", terminal.getCharacter(2, 0).getCharacterString());
        assertEquals("x", terminal.getCharacter(4, 0).getCharacterString());

        d.set(2, 0, glyphs.ascii('a', plain));   // over the wide character, whose right half becomes blank
        d.refresh(false);
        assertEquals("a", terminal.getCharacter(2, 0).getCharacterString());
        assertEquals(" ", terminal.getCharacter(3, 0).getCharacterString());
        assertEquals("x", terminal.getCharacter(4, 0).getCharacterString());
    }

    @Test
    void aWideCharacterOverTheLeftHalfOfAnotherLeavesNoStaleCell() throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(10, 2));
        Display d = new Display(terminal);
        d.start();
        d.clear(glyphs.ascii(' ', plain));
        write(d, 0, "abc", plain);
        d.refresh(false);

        d.clear(glyphs.ascii(' ', plain));
        d.set(1, 0, glyphs.cluster("\u65E5", 2, plain));
        d.set(0, 0, glyphs.cluster("\u672C", 2, plain));   // covers 日's left half: 日 is gone, its right half blank
        d.refresh(false);
        assertEquals("\u672C", terminal.getCharacter(0, 0).getCharacterString());
        assertEquals(" ", terminal.getCharacter(2, 0).getCharacterString(), "no stale c");
    }

    @Test
    void aResizeRedrawsTheWholeScreenAtTheNewSize() throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(20, 3));
        Display d = new Display(terminal);
        d.start();
        d.clear(glyphs.ascii(' ', plain));
        write(d, 0, "Wide enough", plain);
        d.refresh(false);

        terminal.setTerminalSize(new TerminalSize(8, 2));
        d.resizeIfNeeded();
        assertEquals(new TerminalSize(8, 2), d.size());
        d.clear(glyphs.ascii(' ', plain));
        write(d, 1, "Narrow", plain);
        d.refresh(false);
        assertEquals(" ", terminal.getCharacter(0, 0).getCharacterString(), "the old frame is gone");
        assertEquals("N", terminal.getCharacter(0, 1).getCharacterString());
    }

    private void link(Display d, int row, String text, String address, int id) {
        for (int i = 0; i < text.length(); i++) {
            d.set(i, row, ((org.endings.tui.terminal.MeasuredCharacter) glyphs.ascii(text.charAt(i), plain)).linkedTo(address, id));
        }
    }

    @Test
    void aLinkGoesOutAsOneOsc8RunClosedBeforeTheCursorMovesAndNotAgainWhileUnchanged() throws IOException {
        ByteArrayOutputStream bytes = BytesTerminal.sink();
        Display d = new Display(new BytesTerminal(bytes, StandardCharsets.UTF_8, new TerminalSize(30, 3)), true);
        d.start();
        d.clear(glyphs.ascii(' ', plain));
        write(d, 0, "Where to read it", bold);
        link(d, 1, "https://a.example/x", "https://a.example/x", 7);
        d.cursor(0, 0);
        String sent = frame(bytes, d);
        assertTrue(sent.contains("\u001b]8;id=endings-7;https://a.example/x\u001b\\https://a.example/x\u001b]8;;\u001b\\"), sent);
        assertTrue(sent.indexOf("\u001b]8;;\u001b\\") < sent.lastIndexOf("\u001b[1;1H"), "closed before the cursor goes home: " + sent);

        d.clear(glyphs.ascii(' ', plain));
        write(d, 0, "Where to read it", bold);
        link(d, 1, "https://a.example/x", "https://a.example/x", 7);
        assertFalse(frame(bytes, d).contains("\u001b]8"), "an unchanged link is not sent again");

        d.clear(glyphs.ascii(' ', plain));
        write(d, 0, "Where to read it", bold);
        write(d, 1, "https://a.example/x", plain);
        sent = frame(bytes, d);
        assertTrue(sent.contains("https://a.example/x") && !sent.contains("\u001b]8"),
                "the same text without its link is sent again, plain: " + sent);
    }

    @Test
    void withoutHyperlinksALinkedCellIsPlainText() throws IOException {
        ByteArrayOutputStream bytes = BytesTerminal.sink();
        Display d = new Display(new BytesTerminal(bytes, StandardCharsets.UTF_8, new TerminalSize(30, 3)), false);
        d.start();
        d.clear(glyphs.ascii(' ', plain));
        link(d, 1, "https://a.example/x", "https://a.example/x", 7);
        String sent = frame(bytes, d);
        assertTrue(sent.contains("https://a.example/x") && !sent.contains("\u001b]"), sent);
    }

    /** The same terminal without {@link org.endings.tui.terminal.Clipboard.Raw}: the display sends it a character at a time. */
    private static final class CharByChar extends com.googlecode.lanterna.terminal.ansi.ANSITerminal implements Display.RowEraser {
        private final TerminalSize size;
        private final org.endings.tui.terminal.CharacterEncoder encoder;

        CharByChar(ByteArrayOutputStream out, java.nio.charset.Charset charset, TerminalSize size) {
            super(new java.io.ByteArrayInputStream(new byte[0]), out, charset);
            this.size = size;
            this.encoder = new org.endings.tui.terminal.CharacterEncoder(charset);
        }

        @Override
        protected TerminalSize findTerminalSize() {
            return size;
        }

        @Override
        protected byte[] translateCharacter(char c) {
            return encoder == null ? super.translateCharacter(c) : encoder.encode(c);
        }

        @Override
        public void eraseRestOfRow() throws IOException {
            writeToTerminal(ERASE_REST_OF_ROW);
        }
    }

    /**
     * A frame's text goes to a terminal that takes raw bytes a run at a time: the very bytes a
     * character at a time gave, through every view of the bundled model and the hostile one (wide,
     * combining and emoji characters, escapes made harmless), in colour and in plain ASCII.
     */
    @Test
    void runsOfTextSendTheSameBytesAsACharacterAtATime() throws IOException {
        String keys = "jjkllhh\n\u001bjj2m\njjw\u001bc\u001bvs\u001b?j \u001b/ring\nnN\u001b1G\tgjjS\u001bp\u001bo\u001ba";
        for (org.endings.model.Model model : java.util.List.of(TuiModels.bundled(), TuiModels.hostile())) {
            for (TuiOptions options : java.util.List.of(TuiOptions.DEFAULT, new TuiOptions(false, TuiOptions.DEFAULT.theme(), true))) {
                java.nio.charset.Charset charset = options.ascii() ? StandardCharsets.US_ASCII : StandardCharsets.UTF_8;
                TerminalSize size = new TerminalSize(100, 30);
                ByteArrayOutputStream runs = BytesTerminal.sink();
                ByteArrayOutputStream single = BytesTerminal.sink();
                Display byRuns = new Display(new BytesTerminal(runs, charset, size));
                Display byChars = new Display(new CharByChar(single, charset, size));
                org.endings.core.Navigator navigator = new org.endings.core.Navigator(new org.endings.core.Queries(model));
                ExplorerApp a = new ExplorerApp(navigator, byRuns, options);
                ExplorerApp b = new ExplorerApp(navigator, byChars, options);
                byRuns.start();
                byChars.start();
                a.draw(true);
                b.draw(true);
                assertEquals(single.toString(StandardCharsets.UTF_8), runs.toString(StandardCharsets.UTF_8), "the first frame");
                for (char c : keys.toCharArray()) {
                    runs.reset();
                    single.reset();
                    com.googlecode.lanterna.input.KeyStroke key = switch (c) {
                        case '\n' -> new com.googlecode.lanterna.input.KeyStroke(com.googlecode.lanterna.input.KeyType.Enter);
                        case '\u001b' -> new com.googlecode.lanterna.input.KeyStroke(com.googlecode.lanterna.input.KeyType.Escape);
                        case '\t' -> new com.googlecode.lanterna.input.KeyStroke(com.googlecode.lanterna.input.KeyType.Tab);
                        default -> new com.googlecode.lanterna.input.KeyStroke(c, false, false);
                    };
                    a.step(key);
                    b.step(key);
                    assertTrue(single.size() > 0 || c == 'q', "key " + c + " sent nothing");
                    assertEquals(single.toString(StandardCharsets.ISO_8859_1), runs.toString(StandardCharsets.ISO_8859_1),
                            "after the key " + c + (options.ascii() ? ", in ASCII" : ""));
                }
            }
        }
    }
}
