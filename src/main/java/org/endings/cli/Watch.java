package org.endings.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code validate --watch}: the file checked once in full, then again at every save, saying only
 * what changed — an author keeps it open beside the editor.
 */
final class Watch {
    private Watch() {
    }

    /** The saves of the file watched; injected, so that a test drives the loop one save at a time. */
    interface Saves {
        /** Waits for the next save of the file; false when the watch is over. */
        boolean next() throws IOException, InterruptedException;
    }

    /** Checks, prints the whole report, then what changed after each save, until the saves end. */
    static void run(Supplier<Report> check, Saves saves, PrintStream out) throws IOException, InterruptedException {
        Report last = check.get();
        last.lines().forEach(out::println);
        out.flush();
        while (saves.next()) {
            Report now = check.get();
            changes(last, now).forEach(out::println);
            out.flush();
            last = now;
        }
    }

    /**
     * The problems that are new (as validate prints them, where they are now), those that are gone,
     * and where that leaves the file. A problem is known by what it says and where in the JSON, not
     * by its line: one that only moved because the author typed above it is neither new nor gone.
     */
    static List<String> changes(Report before, Report now) {
        Map<String, String> was = byWhat(before);
        Map<String, String> is = byWhat(now);
        List<String> lines = new ArrayList<>();
        is.forEach((what, line) -> {
            if (!was.containsKey(what)) {
                lines.add(line);
            }
        });
        was.forEach((what, line) -> {
            if (!is.containsKey(what)) {
                lines.add(now.name() + ": fixed: " + what);
            }
        });
        boolean same = lines.isEmpty();
        if (now.errors() == 0) {
            lines.add(same && before.errors() == 0 ? now.name() + ": still valid." : now.summary());
        } else if (before.errors() > 0) {
            lines.add(now.name() + ": still " + ValidateCommand.plural(now.errors(), "error") + ".");
        } else {
            lines.add(now.summary());
        }
        return lines;
    }

    private static final Pattern PLACE = Pattern.compile(":\\d+:\\d+: (.*)", Pattern.DOTALL);

    /** Each problem line by what it says, its file:line:column taken off. */
    private static Map<String, String> byWhat(Report report) {
        Map<String, String> by = new LinkedHashMap<>();
        for (String line : report.problems()) {
            String what = line;
            if (line.startsWith(report.name())) {
                Matcher m = PLACE.matcher(line.substring(report.name().length()));
                if (m.matches()) {
                    what = m.group(1);
                }
            }
            by.putIfAbsent(what, line);
        }
        return by;
    }
}
