package org.endings.tui;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden files of what the screen shows, under src/test/resources/golden/tui. They change only
 * with -Dgolden.update=true, after someone has looked; a mismatch fails with a line diff.
 */
final class Golden {
    static final Path DIR = Path.of("src", "test", "resources", "golden", "tui");

    private Golden() {}

    static boolean updating() {
        return "true".equals(System.getProperty("golden.update"));
    }

    static void assertMatches(String name, String actual) {
        Path file = DIR.resolve(name + ".txt");
        try {
            if (updating()) {
                Files.createDirectories(DIR);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                System.out.println("golden file written: " + file);
                return;
            }
            if (!Files.exists(file)) {
                fail("No golden file " + file + "; look at the screen below, then run with -Dgolden.update=true:\n" + actual);
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                fail("The screen differs from " + file + " (- expected, + actual; -Dgolden.update=true rewrites it"
                        + " once you have looked):\n" + diff(expected, actual));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines that differ, each with its number; equal lines left out. */
    static String diff(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : null;
            String y = i < b.size() ? b.get(i) : null;
            if (x == null || !x.equals(y)) {
                if (x != null) {
                    out.append(String.format("-%3d| %s%n", i + 1, x));
                }
                if (y != null) {
                    out.append(String.format("+%3d| %s%n", i + 1, y));
                }
            }
        }
        return out.toString();
    }
}
