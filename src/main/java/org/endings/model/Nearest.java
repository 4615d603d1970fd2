package org.endings.model;

import java.util.Locale;

/**
 * What a misspelt name most likely meant, for "did you mean": a field name, or an id the model does not
 * have. One or two letters off (an insertion, a deletion, a change, two neighbours swapped), or the same
 * letters in another case; a name of more than 64 characters is no one's typo.
 */
final class Nearest {
    /** The most edits a suggestion may be from what was written. */
    private static final int MOST = 2;

    private Nearest() {
    }

    /**
     * The candidate closest to {@code name}, at most two edits away and no more than a third of its
     * length (at least one), the first in iteration order on a tie; null when none is that close.
     */
    static String among(String name, Iterable<String> candidates) {
        if (name.length() > 64) {
            return null;
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = MOST + 1;
        for (String candidate : candidates) {
            if (candidate == null || candidate.equals(name) || Math.abs(candidate.length() - name.length()) > MOST) {
                continue;
            }
            int limit = Math.min(bestDistance - 1, Math.max(1, candidate.length() / 3));
            int d = distance(candidate.toLowerCase(Locale.ROOT), wanted, limit);
            if (d <= limit) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * Edits (insert, delete, replace, swap two neighbours) from one word to another, or any number
     * above {@code limit} once it is clear the distance is more: each row of the table is at least the
     * smaller of the row before and the one before that plus one, so two rows over the limit end it.
     */
    static int distance(String a, String b, int limit) {
        int n = b.length();
        int[] before = new int[n + 1];
        int[] previous = new int[n + 1];
        int[] row = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            previous[j] = j;
        }
        int previousMin = 0;
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            int rowMin = i;
            for (int j = 1; j <= n; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                row[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > limit && previousMin >= limit) {
                return limit + 1;
            }
            previousMin = rowMin;
            int[] spare = before;
            before = previous;
            previous = row;
            row = spare;
        }
        return previous[n];
    }
}
