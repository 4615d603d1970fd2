package org.endings.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code validate} found in one file: a line for each problem, as editors jump to, and the
 * line that adds them up ("2 errors, 1 warning."; "1 error." for a file whose reading stopped at a
 * break in the JSON or in a field's shape).
 */
record Report(String name, List<String> problems, int errors, String summary) {
    Report {
        problems = List.copyOf(problems);
        java.util.Objects.requireNonNull(summary, "summary");
    }

    /** Every line, as validate prints them. */
    List<String> lines() {
        List<String> lines = new ArrayList<>(problems);
        lines.add(summary);
        return lines;
    }
}
