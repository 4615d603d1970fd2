package org.endings.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Golden files, what a user should see, under src/test/resources/golden/ in one sub-directory per
 * front end. They are rewritten only with -Dgolden.update=true, after someone has looked; a
 * mismatch fails with a line diff.
 */
public final class Golden {
    private final Path dir;

    private Golden(Path dir) {
        this.dir = dir;
    }

    /** The golden files of one sub-directory, such as "tui" or "text". */
    public static Golden in(String subdirectory) {
        return new Golden(Path.of("src", "test", "resources", "golden", subdirectory));
    }

    /** The golden files of a directory of their own, relative to the project (such as a generated source). */
    public static Golden at(Path dir) {
        return new Golden(dir);
    }

    static boolean updating() {
        return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
    }

    /** Fails with a diff unless file {@code name} holds {@code actual}; with -Dgolden.update=true, writes it. */
    public void check(String name, String actual) {
        Path file = dir.resolve(name);
        try {
            if (updating()) {
                Files.createDirectories(dir);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                System.out.println("golden file written: " + file);
                return;
            }
            if (!Files.exists(file)) {
                fail("No golden file " + file + "; read what the test made, below, then run with"
                        + " -Dgolden.update=true to write it:\n" + actual);
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                fail("What the test made differs from " + file + " (- expected, + actual; -Dgolden.update=true rewrites it"
                        + " once you have looked):\n" + diff(expected, actual));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A script kept beside the goldens, one typed line per line; lines starting with # are notes. */
    public List<String> script(String name) {
        try {
            return Files.readAllLines(dir.resolve(name), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A line diff from the longest common subsequence, with two lines of context around each change;
     * where lines changed, the expected ones come first.
     */
    static String diff(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                lines.add("  " + a[i]);
                i++;
                j++;
            } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
                lines.add("- " + a[i++]);
            } else {
                lines.add("+ " + b[j++]);
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
        StringBuilder out = new StringBuilder();
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
