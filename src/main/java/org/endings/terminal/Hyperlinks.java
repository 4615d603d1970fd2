package org.endings.terminal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Terminal hyperlinks (OSC 8, as Egmont Koblinger's specification describes them and GNU ls,
 * systemd and gcc write them): text on screen that the terminal opens as an address when clicked.
 *
 * <p>No terminal can be asked whether it takes them, and one that does not may show the address's
 * bytes as text, so they are written only where the terminal is known to (by the variables it
 * sets, as those programs decide), and never inside tmux or screen, which drop or mangle them
 * unless configured. {@code ENDINGS_HYPERLINKS=1} or {@code 0} overrides the guess either way.
 *
 * <p>The address is written with every byte outside printable ASCII percent-encoded, as the
 * specification asks; so nothing in it can end the sequence or reach the terminal raw.
 */
public final class Hyperlinks {
    private Hyperlinks() {}

    /** The variable that overrides the guess: 1, yes or always; 0, no or never. */
    public static final String OVERRIDE = "ENDINGS_HYPERLINKS";

    private static final String OSC8 = "\u001b]8;";
    private static final String ST = "\u001b\\";

    /** Whether the terminal these variables describe shows OSC 8 hyperlinks. */
    public static boolean supported(Map<String, String> env) {
        String override = env.getOrDefault(OVERRIDE, "").trim().toLowerCase(Locale.ROOT);
        if (override.equals("1") || override.equals("yes") || override.equals("always")) {
            return true;
        }
        if (override.equals("0") || override.equals("no") || override.equals("never")) {
            return false;
        }
        String term = env.getOrDefault("TERM", "");
        if (term.isEmpty() || term.equals("dumb") || term.equals("linux") || term.startsWith("screen")
                || term.startsWith("tmux") || !env.getOrDefault("TMUX", "").isEmpty()
                || !env.getOrDefault("STY", "").isEmpty()) {
            return false;
        }
        String program = env.getOrDefault("TERM_PROGRAM", "");
        switch (program) {
            case "iTerm.app", "WezTerm", "vscode", "ghostty", "Hyper", "Tabby", "rio", "kitty" -> {
                return true;
            }
            default -> { }
        }
        if (term.equals("xterm-kitty") || term.startsWith("foot") || term.equals("alacritty")
                || term.equals("xterm-ghostty") || term.equals("wezterm")
                || !env.getOrDefault("KITTY_WINDOW_ID", "").isEmpty()
                || !env.getOrDefault("WT_SESSION", "").isEmpty()) {
            return true;
        }
        return atLeast(env.get("VTE_VERSION"), 5000) || atLeast(env.get("KONSOLE_VERSION"), 201100);
    }

    private static boolean atLeast(String number, int least) {
        if (number == null || number.isEmpty()) {
            return false;
        }
        try {
            return Integer.parseInt(number.trim()) >= least;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * The bytes that open a link to {@code address}; {@code id} ties together the pieces of one
     * address wrapped over several rows, so the terminal underlines and opens them as one.
     */
    public static byte[] open(String address, int id) {
        return (OSC8 + "id=endings-" + id + ';' + encode(address) + ST).getBytes(StandardCharsets.US_ASCII);
    }

    /** The bytes that end the link being written. */
    public static byte[] close() {
        return (OSC8 + ';' + ST).getBytes(StandardCharsets.US_ASCII);
    }

    /** The address with every byte outside ASCII 0x21–0x7E (and the percent sign's own escapes kept) percent-encoded. */
    static String encode(String address) {
        StringBuilder out = new StringBuilder(address.length());
        for (byte b : address.getBytes(StandardCharsets.UTF_8)) {
            int u = b & 0xFF;
            if (u > 0x20 && u < 0x7F) {
                out.append((char) u);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(u >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(u & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
