package org.endings.tui.terminal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** What stty prints is split into words as trim().split("\\s+") splits it, without a regular expression. */
class TtyTerminalWordsTest {
    @Test
    void sttysOutputIsSplitAsTheRegexSplitsIt() {
        String[] seen = {"", "\n", "24 80\n", "  50   120  ", "500:5:bf:8a3b:3:1c:7f:15:4:0:1:0:11:13:1a:0:12:f:17:16:0:0:0\n \n50 120\n",
            "a\tb\r\nc"};
        for (String s : seen) {
            assertArrayEquals(s.trim().split("\\s+"), TtyTerminal.words(s), s);
        }
        Random random = new Random(18);
        String alphabet = "ab:01 \t\n\r";
        for (int round = 0; round < 5000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertArrayEquals(s.trim().split("\\s+"), TtyTerminal.words(s), "round " + round + ": " + s);
        }
    }
}
