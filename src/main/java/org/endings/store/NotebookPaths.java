package org.endings.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Where notebooks live: {@code $XDG_DATA_HOME/endings/} when that is set to an absolute path, else
 * {@code ~/.local/share/endings/}, as the XDG Base Directory spec says; one file per model, named
 * for its film and a short hash of its whole key ({@code anora-2024-3f2a9c1b.json}). The environment
 * and the home folder are passed in, so that nothing here reads the real ones unasked.
 */
public final class NotebookPaths {
    /** The longest the readable part of a file name gets. */
    private static final int MAX_SLUG = 40;

    private NotebookPaths() {
    }

    /** The home folder: {@code HOME} when it is an absolute path, else the JVM's {@code user.home}. */
    public static Path home(Map<String, String> env) {
        Path home = absolute(env.get("HOME"));
        return home != null ? home : Path.of(System.getProperty("user.home"));
    }

    /** The folder notebooks live in. An unset, empty or relative XDG_DATA_HOME is ignored, as the spec says. */
    public static Path directory(Map<String, String> env, Path home) {
        Path data = absolute(env.get("XDG_DATA_HOME"));
        return (data != null ? data : home.resolve(".local").resolve("share")).resolve("endings");
    }

    /** The notebook file for a model key, in {@link #directory}. */
    public static Path file(Map<String, String> env, Path home, String modelKey) {
        return directory(env, home).resolve(fileName(modelKey));
    }

    /**
     * A name safe on any filesystem, for a person to recognise: the key's first two parts (the film's
     * title and year) in lower-case ASCII, and eight hex digits of the CRC-32 of the whole key, so
     * that two scenes of one film, or two films of one title, never share a file.
     */
    public static String fileName(String modelKey) {
        String[] parts = modelKey.split("\\|", -1);
        String readable = parts.length > 1 ? parts[0] + " " + parts[1] : parts[0];
        String slug = slug(readable);
        return (slug.isEmpty() ? "notebook" : slug) + "-" + hash(modelKey) + ".json";
    }

    /** Letters and digits only, accents dropped, runs of anything else one hyphen. */
    static String slug(String text) {
        // ASCII is its own NFKD, and the normaliser's data would be read from the JDK's image (~2 ms)
        String plain = (isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD)).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < plain.length() && b.length() < MAX_SLUG; i++) {
            char c = plain.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                b.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && b.length() > 0
                    && b.charAt(b.length() - 1) != '-') {
                b.append('-');
            }
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == '-') {
            end--;
        }
        return b.substring(0, end);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Eight hex digits of the key's CRC-32: enough to keep two keys apart in one folder, and with no
     * security provider to wake at start-up (SHA-256's cost about 25 ms before the first page).
     */
    private static String hash(String key) {
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        String hex = Long.toHexString(crc.getValue());
        return "0".repeat(8 - hex.length()) + hex;
    }

    private static Path absolute(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            Path p = Path.of(value);
            return p.isAbsolute() ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
