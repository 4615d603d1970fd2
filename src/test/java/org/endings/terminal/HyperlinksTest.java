package org.endings.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Which terminals are sent OSC 8 links, and what the bytes of a link are. */
class HyperlinksTest {
    @Test
    void terminalsKnownToShowLinksGetThem() {
        assertTrue(Hyperlinks.supported(Map.of("TERM", "xterm-256color", "TERM_PROGRAM", "iTerm.app")));
        assertTrue(Hyperlinks.supported(Map.of("TERM", "xterm-256color", "TERM_PROGRAM", "WezTerm")));
        assertTrue(Hyperlinks.supported(Map.of("TERM", "xterm-kitty")));
        assertTrue(Hyperlinks.supported(Map.of("TERM", "foot")));
        assertTrue(Hyperlinks.supported(Map.of("TERM", "xterm-256color", "VTE_VERSION", "7600")));
        assertTrue(Hyperlinks.supported(Map.of("TERM", "xterm-256color", "WT_SESSION", "abc")));
    }

    @Test
    void unknownOldMultiplexedOrDumbTerminalsDoNot() {
        assertFalse(Hyperlinks.supported(Map.of("TERM", "xterm-256color")), "an unknown xterm: its bytes could show");
        assertFalse(Hyperlinks.supported(Map.of("TERM", "xterm-256color", "VTE_VERSION", "4803")), "VTE before 0.50");
        assertFalse(Hyperlinks.supported(Map.of("TERM", "screen-256color", "TMUX", "/tmp/tmux-0/default,1,0",
                "TERM_PROGRAM", "tmux")));
        assertFalse(Hyperlinks.supported(Map.of("TERM", "xterm-kitty", "TMUX", "/tmp/t,1,0")), "kitty, but inside tmux");
        assertFalse(Hyperlinks.supported(Map.of("TERM", "dumb", "TERM_PROGRAM", "iTerm.app")));
        assertFalse(Hyperlinks.supported(Map.of("TERM", "linux")));
        assertFalse(Hyperlinks.supported(Map.of()));
        assertFalse(Hyperlinks.supported(Map.of("TERM", "xterm-256color", "VTE_VERSION", "seven")));
    }

    @Test
    void theVariableOverridesTheGuessBothWays() {
        assertTrue(Hyperlinks.supported(Map.of("TERM", "screen", "TMUX", "x", Hyperlinks.OVERRIDE, "1")));
        assertTrue(Hyperlinks.supported(Map.of(Hyperlinks.OVERRIDE, "always")));
        assertFalse(Hyperlinks.supported(Map.of("TERM", "xterm-kitty", Hyperlinks.OVERRIDE, "0")));
        assertFalse(Hyperlinks.supported(Map.of("TERM", "xterm-kitty", Hyperlinks.OVERRIDE, "never")));
    }

    @Test
    void aLinkIsPrintableAsciiBetweenItsOpeningAndItsEnd() {
        String open = new String(Hyperlinks.open("https://例.jp/a b\u001b]0;T\u0007\u202e?q=1;2", 3), StandardCharsets.US_ASCII);
        assertEquals("\u001b]8;id=endings-3;https://%E4%BE%8B.jp/a%20b%1B]0;T%07%E2%80%AE?q=1;2\u001b\\", open);
        assertEquals("\u001b]8;;\u001b\\", new String(Hyperlinks.close(), StandardCharsets.US_ASCII));
    }
}
