package org.endings.text;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Expected transcripts kept as files under src/test/resources/golden/text. They are rewritten only
 * with -Dgolden.update=true, after someone has read them; a mismatch fails with a line diff.
 */
final class Golden {
    static final Path DIR = Path.of("src", "test", "resources", "golden", "text");

    private Golden() {
    }

    static boolean updating() {
        return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
    }

    static void check(String name, String actual) {
        Path file = DIR.resolve(name);
        try {
            if (updating()) {
                Files.createDirectories(DIR);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                fail("No golden file " + file + "; run with -Dgolden.update=true to write it, then read it.");
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                fail("Transcript " + name + " differs from " + file + " (- expected, + actual):\n"
                        + diff(expected, actual));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The script of a transcript, one typed line per line; lines starting with # are notes. */
    static List<String> script(String name) {
        try {
            return Files.readAllLines(DIR.resolve(name), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line diff from the longest common subsequence, with two lines of context around each change. */
    static String diff(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        List<String> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                lines.add("  " + a[i]);
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                lines.add("+ " + b[j++]);
            } else {
                lines.add("- " + a[i++]);
            }
        }
        boolean[] shown = new boolean[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            if (!lines.get(k).startsWith("  ")) {
                for (int c = Math.max(0, k - 2); c <= Math.min(lines.size() - 1, k + 2); c++) {
                    shown[c] = true;
                }
            }
        }
        for (int k = 0; k < lines.size(); k++) {
            if (shown[k]) {
                if (k > 0 && !shown[k - 1] && out.length() > 0) {
                    out.append("…\n");
                }
                out.append(lines.get(k)).append('\n');
            }
        }
        return out.toString();
    }
}
