package org.endings.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Checks that every quote is verbatim, and every article's title as printed: each must occur in one of
 * the source texts once runs of whitespace are folded to one space on both sides. (An interview or
 * podcast known through an article has a description for a title, not a printed one, and is not
 * looked for.) Nothing else is forgiven: a straight ' where
 * the article prints ’ is a misquote. For a misquote it shows the closest passage: the quote's
 * length of text around the longest run of the quote's words that a text also has in a row
 * (compared without case and punctuation, so that a changed apostrophe still finds its passage),
 * cut to about a line around where the two first differ. Time is linear in the texts plus, per
 * misquote, the occurrences of its words in them.
 */
public final class SourceCheck {
    /** About how many characters of a closest passage a problem shows. */
    static final int PASSAGE_CHARS = 160;

    private SourceCheck() {
    }

    /**
     * A problem for each article of {@code model} whose title is not verbatim in any of
     * {@code sourceTexts} (file name → full text), at {@code /sources/N/title}, then for each quote
     * whose text is not, at {@code /quotes/N/text}. Empty texts are left to {@link ModelValidator}.
     */
    public static List<Problem> check(Model model, Map<String, String> sourceTexts) {
        Objects.requireNonNull(model, "model");
        // by name, so that a tie between files is broken the same way whatever map the caller built
        List<SourceText> texts = new ArrayList<>();
        new TreeMap<>(sourceTexts).forEach((name, text) -> texts.add(new SourceText(name, fold(text))));
        List<Problem> problems = new ArrayList<>();
        List<Source> sources = model.sources();
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            String at = "/sources/" + i;
            if (source.kind() == SourceKind.ARTICLE) {
                check(source.title(), texts, at + "/title", ModelValidator.label("source", source.id(), at)
                        + " is an article whose title", problems);
            }
        }
        List<Quote> quotes = model.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            Quote quote = quotes.get(i);
            String at = "/quotes/" + i;
            check(quote.text(), texts, at + "/text", ModelValidator.label("quote", quote.id(), at), problems);
        }
        return List.copyOf(problems);
    }

    /** A problem at {@code pointer} when {@code text}, not empty, is in none of {@code texts}. */
    private static void check(String text, List<SourceText> texts, String pointer, String subject,
            List<Problem> problems) {
        String wanted = fold(text);
        if (wanted.isEmpty() || texts.stream().anyMatch(source -> source.folded.contains(wanted))) {
            return;
        }
        problems.add(Problem.error(pointer, subject + " is not verbatim in any source; "
                + (texts.isEmpty() ? "there is no source text to compare it with" : closest(wanted, texts))));
    }

    /** {@code text} with each run of whitespace (including no-break spaces) made one space, and trimmed. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = folded.length() > 0;
            } else {
                if (space) {
                    folded.append(' ');
                    space = false;
                }
                folded.append(c);
            }
        }
        return folded.toString();
    }

    /** How words are matched when looking for the closest passage: lower case, letters and digits only. */
    static String key(String word) {
        StringBuilder key = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        // a word of punctuation alone, such as "—", matches only itself
        return key.length() == 0 ? word : key.toString();
    }

    private static String closest(String wanted, List<SourceText> texts) {
        Words quote = new Words(wanted);
        String[] keys = new String[quote.count()];
        for (int q = 0; q < keys.length; q++) {
            keys[q] = key(quote.word(q));
        }
        // with no word in common, the opening of the first text that has any words
        SourceText bestText = texts.stream().filter(text -> !text.folded.isEmpty()).findFirst().orElse(texts.get(0));
        Anchor best = new Anchor(0, 0, 0);
        for (SourceText text : texts) {
            Anchor anchor = text.longestRun(keys);
            if (anchor.length() > best.length()) {
                bestText = text;
                best = anchor;
            }
        }
        Words words = bestText.words();
        // the window of the quote's length, placed where the anchor puts the quote's first word
        int first = Math.max(0, best.textStart() - best.quoteStart());
        int last = Math.max(first + 1, Math.min(words.count(), first + keys.length));
        String passage = words.count() == 0 ? "" : bestText.folded.substring(words.start(first), words.end(last - 1));
        return "closest passage (" + bestText.name + "): “" + excerpt(passage, sharedPrefix(wanted, passage)) + "”";
    }

    /** Where two texts first differ: in a long passage, the part worth showing. */
    private static int sharedPrefix(String one, String other) {
        int length = Math.min(one.length(), other.length());
        int i = 0;
        while (i < length && one.charAt(i) == other.charAt(i)) {
            i++;
        }
        return i;
    }

    /** At most about {@link #PASSAGE_CHARS} characters of {@code passage} around {@code focus}, cut at spaces. */
    static String excerpt(String passage, int focus) {
        if (passage.length() <= PASSAGE_CHARS) {
            return passage;
        }
        int from = Math.max(0, Math.min(focus - PASSAGE_CHARS / 2, passage.length() - PASSAGE_CHARS));
        int to = from + PASSAGE_CHARS;
        if (from > 0) {
            int space = passage.indexOf(' ', from - 1);
            from = space < 0 || space >= to ? from : space + 1;
        }
        if (to < passage.length()) {
            int space = passage.lastIndexOf(' ', to);
            to = space <= from ? to : space;
        }
        return (from > 0 ? "…" : "") + passage.substring(from, to) + (to < passage.length() ? "…" : "");
    }

    /** Where the longest shared run of words starts in the quote and in the text, and how many words it has. */
    private record Anchor(int quoteStart, int textStart, int length) {
    }

    /** The words of a folded text, by their character offsets. */
    private static final class Words {
        private final String text;
        private final int[] starts;
        private final int[] ends;

        Words(String folded) {
            text = folded;
            int count = folded.isEmpty() ? 0 : 1;
            for (int i = 0; i < folded.length(); i++) {
                if (folded.charAt(i) == ' ') {
                    count++;
                }
            }
            starts = new int[count];
            ends = new int[count];
            int start = 0;
            for (int w = 0; w < count; w++) {
                int space = folded.indexOf(' ', start);
                int end = space < 0 ? folded.length() : space;
                starts[w] = start;
                ends[w] = end;
                start = end + 1;
            }
        }

        int count() {
            return starts.length;
        }

        int start(int word) {
            return starts[word];
        }

        int end(int word) {
            return ends[word];
        }

        String word(int word) {
            return text.substring(starts[word], ends[word]);
        }
    }

    /** One source text, folded; its word index is built only once a misquote needs it. */
    private static final class SourceText {
        private final String name;
        private final String folded;
        private Words words;
        private Map<String, int[]> occurrences;
        // the run of shared words ending at each word of the text, valid where stamp says so
        private int[] run;
        private int[] stamp;
        private int round;

        SourceText(String name, String folded) {
            this.name = name;
            this.folded = folded;
        }

        Words words() {
            if (words == null) {
                words = new Words(folded);
                Map<String, List<Integer>> at = new HashMap<>();
                for (int w = 0; w < words.count(); w++) {
                    at.computeIfAbsent(key(words.word(w)), k -> new ArrayList<>()).add(w);
                }
                occurrences = new HashMap<>(at.size() * 2);
                at.forEach((key, list) -> occurrences.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
                run = new int[words.count()];
                stamp = new int[words.count()];
                Arrays.fill(stamp, Integer.MIN_VALUE);
            }
            return words;
        }

        /**
         * The longest run of {@code keys} that this text has in a row, by the classic longest common
         * substring recurrence over words, visiting only the text's occurrences of each quote word.
         */
        Anchor longestRun(String[] keys) {
            words();
            Anchor best = new Anchor(0, 0, 0);
            int bestRound = -1;
            for (int q = 0; q < keys.length; q++, round++) {
                int[] places = occurrences.get(keys[q]);
                if (places == null) {
                    continue;
                }
                // backwards, so that run[w - 1] still holds the previous quote word's value when read
                for (int p = places.length - 1; p >= 0; p--) {
                    int w = places[p];
                    int length = w > 0 && stamp[w - 1] == round - 1 ? run[w - 1] + 1 : 1;
                    run[w] = length;
                    stamp[w] = round;
                    // on a tie within one quote word, the earlier place in the text wins
                    if (length > best.length() || (length == best.length() && bestRound == round)) {
                        best = new Anchor(q - length + 1, w - length + 1, length);
                        bestRound = round;
                    }
                }
            }
            round++; // a gap, so that no run carries over into the next quote
            return best;
        }
    }
}
