package org.endings.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where one sentence of English prose ends and the next begins, as the rule "a thesis is one
 * sentence" needs it. A sentence ends at a run of end marks ({@code . ! ? …}, or {@code ...}), with
 * any closing quotation marks and brackets after it, followed by white space and a capital letter
 * (after any opening quotation marks or brackets). Not an end:
 * <ul>
 * <li>a full stop after a known abbreviation ({@code Mr. Dr. St. e.g.}), a single letter ({@code J. Smith})
 *     or a word with a stop inside it ({@code U.S.});</li>
 * <li>an end mark inside double quotation marks ({@code “…”} or {@code "…"}), unless it closes them:
 *     the quoted words' sentences are the source's, not the thesis's;</li>
 * <li>a question or exclamation mark that closes a quotation ({@code “Why?” Igor asks}), which may
 *     be followed by the rest of the sentence.</li>
 * </ul>
 * Single quotation marks are not followed, since ’ is also an apostrophe. What it cannot tell is
 * settled towards one sentence: a quoted question followed by a new sentence, or a sentence ending
 * in an abbreviation, passes.
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "mx", "dr", "prof", "st", "mt", "jr", "sr", "vs", "etc", "cf", "al", "ca", "approx");

    private Sentences() {
    }

    /** The offsets in {@code text} at which its second, third, … sentences begin; empty for one sentence. */
    static List<Integer> laterStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        boolean quoted = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!isEndMark(c)) {
                if (c == '“' || c == '”' || c == '"') {
                    quoted = c == '"' ? !quoted : c == '“';
                }
                i++;
                continue;
            }
            int run = i;
            boolean stop = false;
            while (i < n && isEndMark(text.charAt(i))) {
                stop |= text.charAt(i) != '?' && text.charAt(i) != '!';
                i++;
            }
            boolean singleStop = i - run == 1 && c == '.';
            boolean closesQuotation = false;
            boolean closesDouble = false;
            while (i < n && isClosing(text.charAt(i))) {
                char closing = text.charAt(i++);
                closesQuotation |= closing != ')' && closing != ']' && closing != '»';
                closesDouble |= closing == '”' || closing == '"';
            }
            boolean inside = quoted && !closesDouble;
            quoted &= !closesDouble;
            if (inside || (closesQuotation && !stop) || (singleStop && afterAbbreviation(text, run))) {
                continue;
            }
            int next = nextSentence(text, i);
            if (next >= 0) {
                starts.add(next);
            }
        }
        return List.copyOf(starts);
    }

    /** Where a sentence starts after an end at {@code from}: white space, opening marks, a capital; or -1. */
    private static int nextSentence(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        if (i == from) {
            return -1;
        }
        int start = i;
        while (i < text.length() && "“‘\"'([«".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i == text.length()) {
            return -1;
        }
        int letter = text.codePointAt(i);
        return Character.isUpperCase(letter) || Character.isTitleCase(letter) ? start : -1;
    }

    /** Whether the full stop at {@code stop} follows an abbreviation, an initial or a word with a stop inside. */
    private static boolean afterAbbreviation(String text, int stop) {
        int from = stop;
        while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
            from--;
        }
        String word = text.substring(from, stop);
        return word.length() == 1 && Character.isLetter(word.charAt(0))
                || word.indexOf('.') > 0
                || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isEndMark(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isClosing(char c) {
        return c == '”' || c == '"' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
