package org.endings.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.endings.core.Queries;

/**
 * Finds the reading a reader means: by number, by id, by its title or the beginning of it, or by the
 * beginning of a word in its title ("transaction" for "Gratitude or transaction").
 */
final class ReadingNames {
    /** Either a reading number (1-based, not yet checked against the count) or why none was found. */
    record Found(int number, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    private final Queries queries;

    ReadingNames(Queries queries) {
        this.queries = queries;
    }

    Found find(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        int n = queries.readingCount();
        if (wanted.isEmpty()) {
            return new Found(0, "Say which reading: a number from 1 to " + n + " or the start of a name.");
        }
        if (wanted.chars().allMatch(c -> c >= '0' && c <= '9')) {
            if (wanted.length() > 9) {
                // too long for an int, and out of range all the same
                return new Found(0, "No reading " + wanted + ": there are " + n + " readings, 1 to " + n + ".");
            }
            return new Found(Integer.parseInt(wanted), null);
        }
        List<Integer> exact = new ArrayList<>();
        List<Integer> start = new ArrayList<>();
        List<Integer> word = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            String id = queries.reading(r).id().toLowerCase(Locale.ROOT);
            String title = queries.reading(r).title().toLowerCase(Locale.ROOT);
            if (id.equals(wanted) || title.equals(wanted)) {
                exact.add(r);
            } else if (id.startsWith(wanted) || title.startsWith(wanted)) {
                start.add(r);
            } else if (startsAWord(title, wanted)) {
                word.add(r);
            }
        }
        for (List<Integer> found : List.of(exact, start, word)) {
            if (found.size() == 1) {
                return new Found(found.get(0) + 1, null);
            }
            if (found.size() > 1) {
                return new Found(0, "“" + text.strip() + "” could be " + titles(found)
                        + ": type more of the name, or its number.");
            }
        }
        return new Found(0, "No reading “" + text.strip() + "”: readings lists the " + n
                + " readings; give a number from 1 to " + n + " or the start of a name.");
    }

    private static boolean startsAWord(String title, String wanted) {
        for (int at = title.indexOf(wanted); at >= 0; at = title.indexOf(wanted, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(title.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    private String titles(List<Integer> readings) {
        StringBuilder out = new StringBuilder();
        String between = readings.size() == 2 ? " or " : "; ";
        for (int i = 0; i < readings.size(); i++) {
            if (i > 0) {
                out.append(i == readings.size() - 1 && readings.size() > 2 ? "; or " : between);
            }
            out.append("reading ").append(readings.get(i) + 1).append(", ").append(queries.reading(readings.get(i)).title());
        }
        return out.toString();
    }
}
