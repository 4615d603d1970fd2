package org.endings.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code validate} found in one file: a line for each problem, as editors jump to, and the
 * line that adds them up ({@code null} when the file could not be read at all, which its one
 * problem line says).
 */
record Report(String name, List<String> problems, int errors, String summary) {
    Report {
        problems = List.copyOf(problems);
    }

    /** Every line, as validate prints them. */
    List<String> lines() {
        List<String> lines = new ArrayList<>(problems);
        if (summary != null) {
            lines.add(summary);
        }
        return lines;
    }
}
