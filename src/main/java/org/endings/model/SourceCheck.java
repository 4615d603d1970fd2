package org.endings.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Checks that every quote is verbatim in its own source's text, and every article's title as printed.
 *
 * <p>A text is tied to a source by its file name: {@code explainer.txt} is the text of the source whose
 * id is {@code explainer}. A quote is looked for in the text of its source and of the sources that
 * report it, following {@code reportedBy} (a quote from an interview known through an article is in
 * the article's text, or in a transcript of the interview saved as its own file); an article's title,
 * likewise. A text matches once runs of whitespace are folded to one space on both sides; nothing
 * else is forgiven: a straight ' where the article prints ’ is a misquote. (An interview or podcast
 * known through an article has a description for a title, not a printed one, and is not looked for.)
 *
 * <p>A source that has quotes or a title to check but no text anywhere along its reporters is a
 * warning, once, at the source that reports the others; so is a file named after no source. A
 * misquote is an error that shows the closest passage of the quote's texts (around the longest run of
 * the quote's words that a text has in a row, compared without case and punctuation) and, word by
 * word, where the two differ. Time is linear in the texts plus, per misquote, the occurrences of its
 * words in them and the quote's length times the passage's.
 */
public final class SourceCheck {
    /** About how many characters of a closest passage a problem shows. */
    static final int PASSAGE_CHARS = 160;
    /** How many places where a quote and its passage differ a problem names. */
    static final int DIFFERENCES_SHOWN = 3;
    /** How many words of one difference a problem shows. */
    static final int WORDS_SHOWN = 8;
    /** Longer quotes are shown their passage, not compared word by word (the table would be too big). */
    static final int MOST_WORDS_COMPARED = 1_500;
    /** How many places with the same longest run of a misquote's words are compared with it in full. */
    static final int MOST_TIES = 8;
    /** The file ending of a source text; the rest of its name is the source's id. */
    public static final String EXTENSION = ".txt";

    private SourceCheck() {
    }

    /**
     * What the check found: its problems, in file order, and how many quotes and article titles were
     * compared with a text ({@code checked}) or had none to be compared with ({@code unchecked}).
     */
    public record Result(List<Problem> problems, int checked, int unchecked) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Checks {@code model} against {@code sourceTexts} (file name → full text; {@code ID.txt} holds the
     * text of source {@code ID}). Warnings at {@code /sources} for a file named after no source and at
     * {@code /sources/N} for a source with no text; errors at {@code /sources/N/title} for an article
     * whose title is not verbatim, then at {@code /quotes/N/text} for each quote whose text is not.
     * Empty texts, unknown sources and rings of reporters are left to {@link ModelValidator}.
     */
    public static Result check(Model model, Map<String, String> sourceTexts) {
        Objects.requireNonNull(model, "model");
        List<Source> sources = model.sources();
        Map<String, Integer> byId = new LinkedHashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            byId.putIfAbsent(sources.get(i).id(), i);
        }
        SourceText[] own = new SourceText[sources.size()];
        List<String> unnamed = new ArrayList<>();
        // by name, so that problems come in the same order whatever map the caller built
        new TreeMap<>(sourceTexts).forEach((name, text) -> {
            Integer at = byId.get(idOf(name));
            if (at == null) {
                unnamed.add(name);
            } else {
                own[at] = new SourceText(name, fold(text));
            }
        });
        Check check = new Check(model, byId, own);
        List<Problem> misquotes = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            if (source.kind() == SourceKind.ARTICLE) {
                check.text(source.title(), i, "/sources/" + i + "/title",
                        ModelValidator.label("source", source.id(), "/sources/" + i) + " is an article whose title",
                        true, misquotes);
            }
        }
        List<Quote> quotes = model.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            Quote quote = quotes.get(i);
            Integer source = byId.get(quote.source());
            String at = "/quotes/" + i;
            check.text(quote.text(), source == null ? -1 : source, at + "/text", ModelValidator.label("quote", quote.id(), at),
                    false, misquotes);
        }
        List<Problem> missing = new ArrayList<>();
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            String warning = check.missing(i);
            if (warning != null) {
                missing.add(Problem.warning("/sources/" + i, warning));
                wanted.add(sources.get(i).id() + EXTENSION);
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (String name : unnamed) {
            problems.add(Problem.warning("/sources", unnamedFile(name, byId.keySet(), wanted)));
        }
        problems.addAll(missing);
        problems.addAll(misquotes);
        return new Result(problems, check.checked, check.unchecked);
    }

    /** The source id a file holds the text of: its name without {@link #EXTENSION}. */
    static String idOf(String fileName) {
        return fileName.endsWith(EXTENSION) ? fileName.substring(0, fileName.length() - EXTENSION.length()) : fileName;
    }

    /** The warning for a file named after no source: what to call it instead ({@code wanted}: the texts missing). */
    private static String unnamedFile(String name, Iterable<String> ids, List<String> wanted) {
        String near = Nearest.among(idOf(name), ids);
        return "the source text \"" + name + "\" is named after no source, so nothing is checked against it: "
                + (near != null ? "did you mean \"" + near + EXTENSION + "\"?"
                : "name each text after the id of the source it holds"
                        + (wanted.isEmpty() ? "" : " (" + String.join(", ", wanted) + ")"));
    }

    /** The state of one check: which texts each source's quotes are looked for in, and what went unchecked. */
    private static final class Check {
        private final List<Source> sources;
        private final Map<String, Integer> byId;
        private final SourceText[] own;
        // per source that reports the others: how many quotes, and whether its title, had no text to go by
        private final int[] quotesMissing;
        private final int[] reportedMissing;
        private final boolean[] titleMissing;
        int checked;
        int unchecked;

        Check(Model model, Map<String, Integer> byId, SourceText[] own) {
            this.sources = model.sources();
            this.byId = byId;
            this.own = own;
            quotesMissing = new int[sources.size()];
            reportedMissing = new int[sources.size()];
            titleMissing = new boolean[sources.size()];
        }

        /**
         * The source and those that report it, in order, each once: a ring or a reporter that is not
         * there ends the chain (the validator reports both).
         */
        private List<Integer> chain(int source) {
            List<Integer> chain = new ArrayList<>();
            Integer at = source;
            while (at != null && !chain.contains(at)) {
                chain.add(at);
                String reporter = sources.get(at).reportedBy();
                at = reporter == null ? null : byId.get(reporter);
            }
            return chain;
        }

        /** Looks for {@code text} in the texts of {@code source}'s chain; a misquote is added to {@code problems}. */
        void text(String text, int source, String pointer, String subject, boolean title, List<Problem> problems) {
            String wanted = fold(text);
            if (wanted.isEmpty() || source < 0) {
                return;
            }
            List<Integer> chain = chain(source);
            List<SourceText> texts = new ArrayList<>();
            for (int at : chain) {
                if (own[at] != null) {
                    texts.add(own[at]);
                }
            }
            if (texts.isEmpty()) {
                unchecked++;
                int reporter = chain.get(chain.size() - 1);
                if (title) {
                    titleMissing[reporter] = true;
                } else {
                    quotesMissing[reporter]++;
                    if (reporter != source) {
                        reportedMissing[reporter]++;
                    }
                }
                return;
            }
            checked++;
            if (texts.stream().noneMatch(t -> t.folded.contains(wanted))) {
                problems.add(Problem.error(pointer, subject + " is not verbatim in " + names(texts) + "; "
                        + closest(wanted, texts, title ? "the title" : "the quote")));
            }
        }

        /** The warning for a source whose title or quotes had no text to be checked against, or null. */
        String missing(int source) {
            int quotes = quotesMissing[source];
            if (quotes == 0 && !titleMissing[source]) {
                return null;
            }
            String id = sources.get(source).id();
            String what = quotes == 0 ? "its title is"
                    : (titleMissing[source] ? "its title and " : "") + (quotes == 1 ? "1 quote" : quotes + " quotes")
                    + (reportedMissing[source] == 0 ? "" : reportedMissing[source] == quotes
                            ? " from the sources it reports" : " from it and the sources it reports")
                    + (quotes == 1 && !titleMissing[source] ? " is" : " are");
            return ModelValidator.label("source", id, "/sources/" + source) + " has no text to be checked against "
                    + "(no file \"" + id + EXTENSION + "\"), so " + what + " not checked";
        }
    }

    /** "explainer.txt", or "indiewire.txt or explainer.txt". */
    private static String names(List<SourceText> texts) {
        StringJoiner names = new StringJoiner(" or ");
        texts.forEach(t -> names.add(t.name));
        return names.toString();
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

    /** The closest passage of {@code texts} to the quote, and where the two differ. */
    private static String closest(String wanted, List<SourceText> texts, String noun) {
        Words quote = new Words(wanted);
        String[] keys = new String[quote.count()];
        for (int q = 0; q < keys.length; q++) {
            keys[q] = key(quote.word(q));
        }
        // every place that has the most of its words in a row (a few at most), in each text
        int most = 0;
        List<SourceText> places = new ArrayList<>();
        List<Anchor> anchors = new ArrayList<>();
        for (SourceText text : texts) {
            List<Anchor> ties = text.longestRuns(keys);
            int length = ties.isEmpty() ? 0 : ties.get(0).length();
            if (length > most) {
                most = length;
                places.clear();
                anchors.clear();
            }
            for (int t = 0; length == most && length > 0 && t < ties.size() && anchors.size() < MOST_TIES; t++) {
                places.add(text);
                anchors.add(ties.get(t));
            }
        }
        if (most == 0) {
            return (texts.size() == 1 ? "it has" : "they have") + " none of its words";
        }
        int n = quote.count();
        if (n > MOST_WORDS_COMPARED) {
            Words words = places.get(0).words();
            int first = Math.max(0, anchors.get(0).textStart() - anchors.get(0).quoteStart());
            int last = Math.min(words.count(), first + n) - 1;
            String passage = places.get(0).folded.substring(words.start(first), words.end(last));
            return "the closest passage" + in(texts, places.get(0)) + " begins “" + excerpt(passage, 0) + "”";
        }
        // of those, the one the quote differs from least, the first on a tie
        Alignment best = null;
        SourceText bestText = null;
        for (int a = 0; a < anchors.size(); a++) {
            Anchor anchor = anchors.get(a);
            Words words = places.get(a).words();
            int slack = Math.min(60, n / 2 + 2);
            int from = Math.max(0, anchor.textStart() - anchor.quoteStart() - slack);
            int to = Math.min(words.count(), anchor.textStart() - anchor.quoteStart() + n + slack);
            Alignment alignment = new Alignment(quote, words, from, to);
            if (best == null || alignment.cost < best.cost) {
                best = alignment;
                bestText = places.get(a);
            }
        }
        return best.describe(bestText.folded, in(texts, bestText), noun);
    }

    /** " (explainer.txt)" when the quote had more than one text to be found in, else nothing. */
    private static String in(List<SourceText> texts, SourceText text) {
        return texts.size() == 1 ? "" : " (" + text.name + ")";
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

    /**
     * The quote laid word by word against the stretch of a text where it best fits: the classic
     * edit-distance table, with the text's words before and after the passage free, so the passage
     * is chosen by the alignment itself. A word the same costs nothing, as does the quote's first word
     * ending its word of the text or its last word beginning one (the quotation marks a quote leaves
     * off); a word the same but for punctuation costs 1, for case (and punctuation) 2, another word 3,
     * a word more or less 4.
     */
    private static final class Alignment {
        private static final byte SAME = 0;
        private static final byte CHANGED = 1;
        private static final byte ADDED = 2;   // a word of the quote the text does not have
        private static final byte LEFT_OUT = 3; // a word of the text the quote does not have
        /**
         * What a word more or less costs: more than another word in its place (3), so that a word changed
         * at either end of the quote is shown as changed, not as one added beside a passage cut short.
         */
        private static final int GAP = 4;

        private final Words quote;
        private final Words text;
        private final int from;
        /** Each step of the alignment, in order: its kind, and the quote's and the text's word. */
        private final List<int[]> steps = new ArrayList<>();
        /** How far the quote is from the passage: 0 for the same words. */
        final int cost;

        Alignment(Words quote, Words text, int from, int to) {
            this.quote = quote;
            this.text = text;
            this.from = from;
            int n = quote.count();
            int m = to - from;
            String[] quoteKeys = new String[n];
            for (int i = 0; i < n; i++) {
                quoteKeys[i] = key(quote.word(i));
            }
            String[] textKeys = new String[m];
            for (int j = 0; j < m; j++) {
                textKeys[j] = key(text.word(from + j));
            }
            byte[] move = new byte[(n + 1) * (m + 1)];
            int[] previous = new int[m + 1];
            int[] row = new int[m + 1];
            // row 0: the text's words before the passage are free
            for (int i = 1; i <= n; i++) {
                row[0] = previous[0] + GAP;
                move[i * (m + 1)] = ADDED;
                for (int j = 1; j <= m; j++) {
                    int cost = cost(i - 1, j - 1, quoteKeys, textKeys);
                    int best = previous[j - 1] + cost;
                    byte how = cost == 0 ? SAME : CHANGED;
                    if (previous[j] + GAP < best) {
                        best = previous[j] + GAP;
                        how = ADDED;
                    }
                    if (row[j - 1] + GAP < best) {
                        best = row[j - 1] + GAP;
                        how = LEFT_OUT;
                    }
                    row[j] = best;
                    move[i * (m + 1) + j] = how;
                }
                int[] spare = previous;
                previous = row;
                row = spare;
            }
            // the text's words after the passage are free: end where the cost is least, earliest on a tie
            int end = 0;
            for (int j = 1; j <= m; j++) {
                if (previous[j] < previous[end]) {
                    end = j;
                }
            }
            cost = previous[end];
            int i = n;
            int j = end;
            while (i > 0) {
                byte how = j == 0 ? ADDED : move[i * (m + 1) + j];
                switch (how) {
                    case SAME, CHANGED -> steps.add(new int[] {how, --i, from + --j});
                    case ADDED -> steps.add(new int[] {how, --i, -1});
                    default -> steps.add(new int[] {how, -1, from + --j});
                }
            }
            java.util.Collections.reverse(steps);
        }

        private int cost(int q, int t, String[] quoteKeys, String[] textKeys) {
            String word = quote.word(q);
            String theirs = text.word(from + t);
            boolean edge = (q == 0 && theirs.endsWith(word)
                    && marksOnly(theirs.substring(0, theirs.length() - word.length())))
                    || (q == quote.count() - 1 && theirs.startsWith(word) && marksOnly(theirs.substring(word.length())));
            if (word.equals(theirs) || edge) {
                return 0;
            }
            if (!quoteKeys[q].equals(textKeys[t])) {
                return 3;
            }
            // the same letters: a change of punctuation alone is nearer than one of case too
            return letters(word).equals(letters(theirs)) ? 1 : 2;
        }

        private static String letters(String word) {
            StringBuilder letters = new StringBuilder(word.length());
            word.codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
            return letters.toString();
        }

        /** True when {@code part} has no letter or digit: quotation marks, a comma, a full stop. */
        private static boolean marksOnly(String part) {
            return part.codePoints().noneMatch(Character::isLetterOrDigit);
        }

        /** "the closest passage is “…”: the quote says [I'm] where the source says [I’m] (…)". */
        String describe(String folded, String in, String noun) {
            int first = -1;
            int last = -1;
            for (int[] step : steps) {
                if (step[2] >= 0) {
                    first = first < 0 ? step[2] : first;
                    last = step[2];
                }
            }
            if (first < 0) {
                return "the closest passage" + in + " has none of its words";
            }
            String passage = folded.substring(text.start(first), text.end(last));
            long same = steps.stream().filter(step -> step[0] == SAME).count();
            if (same * 2 < quote.count()) {
                return "nothing there is close to it: the most of its words it has in a row are “"
                        + excerpt(passage, 0) + "”";
            }
            List<String> differences = new ArrayList<>();
            int focus = -1;
            int previousWord = -1;
            int count = 0;
            for (int k = 0; k < steps.size(); ) {
                if (steps.get(k)[0] == SAME) {
                    previousWord = steps.get(k)[2];
                    k++;
                    continue;
                }
                List<String> ours = new ArrayList<>();
                List<String> theirs = new ArrayList<>();
                int at = -1;
                for (; k < steps.size() && steps.get(k)[0] != SAME; k++) {
                    int[] step = steps.get(k);
                    if (step[1] >= 0) {
                        ours.add(quote.word(step[1]));
                    }
                    if (step[2] >= 0) {
                        theirs.add(text.word(step[2]));
                        at = at < 0 ? step[2] : at;
                    }
                }
                if (focus < 0) {
                    int word = at >= 0 ? at : Math.min(previousWord + 1, last);
                    focus = Math.max(0, text.start(Math.max(word, first)) - text.start(first));
                }
                if (++count <= DIFFERENCES_SHOWN) {
                    boolean starts = steps.get(0)[0] != SAME && differences.isEmpty() && previousWord < first;
                    boolean ends = k == steps.size();
                    differences.add((count == 1 ? noun + " " : "it ") + difference(ours, theirs, previousWord, starts, ends));
                }
                if (!theirs.isEmpty()) {
                    previousWord = at + theirs.size() - 1;
                }
            }
            StringBuilder out = new StringBuilder("the closest passage" + in + " is “" + excerpt(passage, Math.max(focus, 0))
                    + "”");
            if (differences.isEmpty()) {
                return out.toString();
            }
            out.append(": ").append(String.join("; ", differences));
            if (count > DIFFERENCES_SHOWN) {
                int more = count - DIFFERENCES_SHOWN;
                out.append("; and ").append(more == 1 ? "1 more difference" : more + " more differences");
            }
            return out.toString();
        }

        /**
         * One place where the quote and the text differ, in words a screen reader says as they are:
         * "adds [really] after [getting]", "says [I'm] where the source says [I’m] (apostrophe for
         * right single quotation mark)". {@code starts} and {@code ends}: it takes in the quote's first
         * or last word, whose quotation marks the quote may leave off.
         */
        private String difference(List<String> ours, List<String> theirs, int previousWord, boolean starts,
                boolean ends) {
            String after = previousWord < 0 ? " at the start" : " after " + bracketed(List.of(text.word(previousWord)));
            if (theirs.isEmpty()) {
                return "adds " + bracketed(ours) + after;
            }
            if (ours.isEmpty()) {
                return "leaves out " + bracketed(theirs) + after;
            }
            String said = "says " + bracketed(ours) + " where the source says " + bracketed(theirs);
            if (ours.size() == 1 && theirs.size() == 1 && key(ours.get(0)).equals(key(theirs.get(0)))) {
                // the quotation marks around a quote may go: where the quote has none, the source's are not named
                String mine = ours.get(0);
                String word = theirs.get(0);
                int from = 0;
                int to = word.length();
                while (starts && Character.isLetterOrDigit(mine.charAt(0)) && from < to
                        && !Character.isLetterOrDigit(word.charAt(from))) {
                    from++;
                }
                while (ends && Character.isLetterOrDigit(mine.charAt(mine.length() - 1)) && to > from
                        && !Character.isLetterOrDigit(word.charAt(to - 1))) {
                    to--;
                }
                said += " (" + characters(mine, word.substring(from, to)) + ")";
            }
            return said;
        }
    }

    /** Words in brackets, at most {@link #WORDS_SHOWN} of them: "[I'm]", "[so very …]". */
    private static String bracketed(List<String> words) {
        return "[" + String.join(" ", words.size() <= WORDS_SHOWN ? words : words.subList(0, WORDS_SHOWN))
                + (words.size() <= WORDS_SHOWN ? "" : " …") + "]";
    }

    /**
     * The characters two words that look alike differ by, named, since a screen reader may say ' and ’
     * alike: "apostrophe for right single quotation mark", "apostrophe missing", "comma added".
     */
    static String characters(String ours, String theirs) {
        int prefix = 0;
        int most = Math.min(ours.length(), theirs.length());
        while (prefix < most && ours.charAt(prefix) == theirs.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < most - prefix
                && ours.charAt(ours.length() - 1 - suffix) == theirs.charAt(theirs.length() - 1 - suffix)) {
            suffix++;
        }
        String mine = ours.substring(prefix, ours.length() - suffix);
        String source = theirs.substring(prefix, theirs.length() - suffix);
        if (mine.isEmpty()) {
            return source.isEmpty() ? "the same" : names(source) + " missing";
        }
        return source.isEmpty() ? names(mine) + " added" : names(mine) + " for " + names(source);
    }

    /** The characters of {@code text} by name, "quotation mark and small letter i"; at most three. */
    private static String names(String text) {
        StringJoiner names = new StringJoiner(" and ");
        int[] points = text.codePoints().toArray();
        for (int i = 0; i < Math.min(3, points.length); i++) {
            names.add(name(points[i]));
        }
        return points.length > 3 ? names + " and " + (points.length - 3) + " more" : names.toString();
    }

    /** "apostrophe", "small letter h", "capital letter h": a character's Unicode name, in lower case. */
    private static String name(int c) {
        String name = Character.getName(c);
        if (name == null) {
            return String.format(Locale.ROOT, "U+%04X", c);
        }
        name = name.toLowerCase(Locale.ROOT);
        return name.startsWith("latin ") ? name.substring("latin ".length()) : name;
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
         * Where this text has the longest run of {@code keys} in a row, by the classic longest common
         * substring recurrence over words, visiting only the text's occurrences of each quote word:
         * every such place (up to {@link #MOST_TIES}), in the text's order; none when no word is shared.
         */
        List<Anchor> longestRuns(String[] keys) {
            words();
            List<Anchor> best = new ArrayList<>();
            int most = 0;
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
                    if (length > most) {
                        most = length;
                        best.clear();
                    }
                    if (length == most && best.size() < MOST_TIES) {
                        best.add(new Anchor(q - length + 1, w - length + 1, length));
                    }
                }
            }
            best.sort(java.util.Comparator.comparingInt(Anchor::textStart));
            round++; // a gap, so that no run carries over into the next quote
            return best;
        }
    }
}
