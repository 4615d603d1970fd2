package org.endings.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How a session starts and ends, and what it does with odd input and broken streams. */
class TextModeTest {
    private static final String OPENING_AND_FIRST_PAGE = Terminal.piped(Fixtures.bundled(), TextOptions.plain(), "").text();

    @Test
    void itOpensWithOneSentenceSayingWhatItIsAndHowToGetHelpThenTheFirstPage() {
        List<String> lines = OPENING_AND_FIRST_PAGE.lines().toList();
        assertEquals("Endings, text mode: how the ending of Anora (2024) can be read; type help for the commands, q to quit.",
                lines.get(0));
        assertEquals("Beat 1 of 4, The ring returned.", lines.get(1));
    }

    @Test
    void endOfInputExitsZeroAndWritesNothingMoreThroughAPipe() {
        Terminal.Run run = Terminal.piped(Fixtures.bundled(), TextOptions.plain(), "");
        assertEquals(0, run.exitCode());
        assertEquals(OPENING_AND_FIRST_PAGE, run.text());
        assertFalse(run.text().contains("> "));
    }

    @Test
    void endOfInputAtAPromptEndsThePromptLineThenSaysTheClosingLineSoTheShellStartsOnItsOwn() {
        Terminal.Run run = Terminal.piped(Fixtures.bundled(), new TextOptions(true, false, 0), "");
        assertEquals(0, run.exitCode());
        assertEquals(OPENING_AND_FIRST_PAGE + "> \nGoodbye. Beat 1 of 4, The ring returned. Reading 1 of 9: "
                + "Reclaimed power. View: beat. Quote 1 of 11.\n", run.text());
    }

    @Test
    void quitAtATerminalSaysOneClosingLineEndedByANewline() {
        for (int wrap : new int[] {0, 80, 40}) {
            TextSession session = new TextSession(Fixtures.bundled(), new TextOptions(true, false, wrap));
            session.handle("3");
            TextSession.Reply reply = session.handle("q");
            assertTrue(reply.quit());
            String closing = "Goodbye. Beat 3 of 4, The refused kiss. Reading 1 of 9: Reclaimed power. View: beat. "
                    + "Quote 1 of 19.";
            assertEquals(closing, reply.text().replace("\n", " ").strip());
            assertTrue(reply.text().endsWith(".\n"), reply.text());
            if (wrap > 0) {
                // each row shorter than the terminal: none leaves the cursor waiting at the right edge
                reply.text().lines().forEach(row -> assertTrue(row.length() < wrap, row));
            }
        }
    }

    @Test
    void quitExitsZeroWithoutAWord() {
        for (String quit : List.of("q", "quit", "QUIT", "qui")) {
            Terminal.Run run = Terminal.piped(Fixtures.bundled(), TextOptions.plain(), quit + "\nn\n");
            assertEquals(0, run.exitCode(), quit);
            assertEquals(OPENING_AND_FIRST_PAGE, run.text(), quit);
        }
    }

    @Test
    void aLineLongerThanTheLimitIsSaidToBeTooLongAndTheSessionGoesOnWithoutHoldingIt() {
        // 200 million characters, made as they are read: the session must not hold the line (a 400 MB
        // line once cost 4.7 GB), and must say what happened to it
        Reader huge = new Reader() {
            private long left = 200_000_000L;
            private boolean tailSent;
            private final char[] tail = "\n=\n".toCharArray();

            @Override
            public int read(char[] buffer, int off, int len) {
                if (left > 0) {
                    int n = (int) Math.min(len, left);
                    java.util.Arrays.fill(buffer, off, off + n, 'a');
                    left -= n;
                    return n;
                }
                if (tailSent) {
                    return -1;
                }
                tailSent = true;
                System.arraycopy(tail, 0, buffer, off, tail.length);
                return tail.length;
            }

            @Override
            public void close() {
            }
        };
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        assertEquals(0, TextMode.run(Fixtures.bundled(), huge, out, TextOptions.plain()));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(OPENING_AND_FIRST_PAGE
                + "That line was too long (more than 65536 characters); it was skipped.\n"
                + "Beat 1 of 4, The ring returned. Reading 1 of 9: Reclaimed power. View: beat. Quote 1 of 11.\n", text);
    }

    @Test
    void aLineJustUnderTheLimitIsReadAsACommand() {
        Terminal.Run run = Terminal.piped(Fixtures.bundled(), TextOptions.plain(), "/" + "x".repeat(Lines.MAX_CHARS - 1) + "\n");
        assertFalse(run.text().contains("too long"), run.text());
    }

    @Test
    void blankLinesAndWindowsLineEndingsAreTakenInStride() {
        Terminal.Run run = Terminal.piped(Fixtures.bundled(), TextOptions.plain(), "\n   \n=\r\n");
        assertEquals(OPENING_AND_FIRST_PAGE
                + "Beat 1 of 4, The ring returned. Reading 1 of 9: Reclaimed power. View: beat. Quote 1 of 11.\n", run.text());
    }

    @Test
    void whereAmIIsOneLine() {
        TextSession session = new TextSession(Fixtures.bundled(), TextOptions.plain());
        session.handle("3");
        assertEquals(1, session.handle("=").text().lines().count());
    }

    @Test
    void aFailureInsideSaysOneLineKeepsThePlaceAndShowsNoStackTrace() {
        TextSession session = new TextSession(Fixtures.bundled(), TextOptions.plain());
        session.handle("2");
        session.observe(action -> {
            throw new IllegalStateException("boom");
        });
        TextSession.Reply reply = session.handle("n");
        assertEquals("Something went wrong (IllegalStateException); nothing changed. Type look to hear where you are.\n",
                reply.text());
        assertFalse(reply.quit());
        assertEquals(1, session.state().beat());
    }

    @Test
    void againRepeatsTheLastCommandNotItself() {
        TextSession session = new TextSession(Fixtures.bundled(), TextOptions.plain());
        session.handle("1");
        session.handle("n");
        session.handle("g");
        session.handle("again");
        assertEquals(3, session.state().beat());
    }

    @Test
    void nMovesBetweenMatchesWhileASearchIsActiveButTheWordNextAlwaysMovesBeats() {
        TextSession session = new TextSession(Fixtures.bundled(), TextOptions.plain());
        session.handle("/ring");
        session.handle("b");
        assertTrue(session.handle("n").text().startsWith("Match 2 of 10: "));
        assertTrue(session.handle("next").text().startsWith("Beat 2 of 4, The intimacy."));
        assertEquals("Search ended.\n", session.handle("clear").text());
        assertTrue(session.handle("n").text().startsWith("Beat 3 of 4, The refused kiss."));
    }

    @Test
    void aLongAnswerAtATerminalStopsBetweenItemsAndEnterSaysTheRest() {
        TextSession session = new TextSession(Fixtures.bundled(), new TextOptions(true, false, 0));
        session.handle("4");
        String first = session.handle("quotes").text();
        assertTrue(Fixtures.asTyped(first).startsWith("Beat 4 of 4, The breakdown.\n29 quotes.\n1. "), first);
        assertTrue(first.matches("(?s).*\n\\d+ more quotes: press Enter\\.\n"), first);
        StringBuilder all = new StringBuilder(first.substring(0, first.lastIndexOf('\n', first.length() - 2) + 1));
        String next = session.handle("").text();
        int screens = 1;
        while (next.endsWith("press Enter.\n")) {
            assertTrue(next.lines().count() <= TextSession.ROWS, next);
            // a page is whole quotes: it starts with one's number, and (below) the pages make the answer
            String page = next.substring(0, next.lastIndexOf('\n', next.length() - 2) + 1);
            assertTrue(page.matches("(?s)\\d+\\. .*\n"), page);
            all.append(page);
            next = session.handle(screens % 2 == 0 ? "" : "more").text();
            screens++;
        }
        all.append(next);
        assertTrue(screens > 2, "29 quotes take several pages");
        TextSession piped = new TextSession(Fixtures.bundled(), TextOptions.plain());
        piped.handle("4");
        // At a terminal a hyphen between letters is written as a non-breaking one (U+2011), which a
        // screen reader does not read out as "dash", and a row the screen still shows gets a
        // no-break space; a pipe gets the model's own text.
        assertEquals(piped.handle("quotes").text(), Fixtures.asTyped(all.toString()),
                "the pages together say the whole answer");
        assertEquals("Nothing more: that answer was said in full.\n", session.handle("more").text());
        assertEquals("", session.handle("").text());
    }

    @Test
    void anotherCommandDropsTheRestOfALongAnswer() {
        TextSession session = new TextSession(Fixtures.bundled(), new TextOptions(true, false, 0));
        session.handle("help");
        session.handle("=");
        assertEquals("", session.handle("").text());
    }

    @Test
    void throughAPipeNothingIsHeldBack() {
        String piped = Terminal.piped(Fixtures.bundled(), TextOptions.plain(), "4\nquotes\n").text();
        assertFalse(piped.contains("press Enter"));
        assertTrue(piped.contains("\n18. "));
    }

    @Test
    void anUnreadableInputEndsWithOneAndSaysWhy() {
        Reader broken = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("device gone");
            }

            @Override
            public void close() {
            }
        };
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = TextMode.run(Fixtures.bundled(), broken, new PrintStream(bytes, true, StandardCharsets.UTF_8),
                TextOptions.plain());
        assertEquals(1, code);
        assertTrue(bytes.toString(StandardCharsets.UTF_8).endsWith("Could not read the input (device gone); leaving.\n"));
    }

    @Test
    void aClosedOutputEndsTheSessionInsteadOfReadingForever() {
        OutputStream closed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("broken pipe");
            }
        };
        Reader endless = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) {
                buffer[offset] = '\n';
                return 1;
            }

            @Override
            public void close() {
            }
        };
        assertEquals(1, TextMode.run(Fixtures.bundled(), endless, new PrintStream(closed, true, StandardCharsets.UTF_8),
                TextOptions.plain()));
    }

    @Test
    void eachAnswerIsWrittenInOnePiece() {
        // a screen reader reads what arrives together as one update
        List<Integer> writes = new java.util.ArrayList<>();
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                writes.add(1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                writes.add(len);
            }
        };
        PrintStream out = new PrintStream(counting, false, StandardCharsets.UTF_8);
        TextMode.run(Fixtures.bundled(), new StringReader("n\n=\n"), out, new TextOptions(true, false, 0));
        assertEquals(4, writes.size(), writes.toString()); // opening, two answers, the newline at end of input
    }
}
