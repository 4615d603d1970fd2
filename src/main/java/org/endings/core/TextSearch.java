package org.endings.core;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * How a search matches: case, accents and typographic quotes ignored ("deja vu" finds "déjà vu",
 * "I'm" finds "I’m"), and words matched by their form ("refuses" finds "refused", "hoping" finds
 * "hope") through the Snowball English stemmer (Porter2) that Lucene keeps, never hand-written
 * suffix rules. A query's last word also matches the start of a word ("ring" finds "rings", "refu"
 * finds "refused"), as typing does; its words may be separated by anything but letters and digits.
 * A query that starts with neither a letter nor a digit, or is in a script written without spaces
 * between words (Chinese, Japanese, Thai, …), is found as it is, anywhere.
 *
 * <p>The stemmer is asked only about the words that could match: those that start with the query
 * word's stem (less a last e, i or y), so a search costs a scan of the folded texts, as before, and
 * not a stemmed index of the model at start-up.
 */
final class TextSearch {
    private final String needle;
    private final List<String> words;
    private final List<String> stems;
    private final String probe;
    private final Map<String, String> stemmed = new HashMap<>();
    private final EnglishStemmer stemmer;

    TextSearch(String query) {
        this.needle = fold(query).strip();
        List<String> ws = new ArrayList<>();
        int first = needle.isEmpty() ? 0 : needle.codePointAt(0);
        boolean byWords = Character.isLetterOrDigit(first) && !unspaced(first);
        if (byWords) {
            int i = 0;
            while (i < needle.length()) {
                if (!Character.isLetterOrDigit(needle.charAt(i))) {
                    i++;
                    continue;
                }
                int end = wordEnd(needle, i);
                ws.add(needle.substring(i, end));
                i = end;
            }
        }
        this.words = List.copyOf(ws);
        this.stemmer = words.isEmpty() ? null : new EnglishStemmer();
        List<String> ss = new ArrayList<>();
        for (String w : words) {
            ss.add(stem(w));
        }
        this.stems = List.copyOf(ss);
        this.probe = words.isEmpty() ? needle : probe(words.get(0), stems.get(0));
    }

    /** Whether folded words are the query as typed (folded), so that a reader need not be told them. */
    boolean typed(String foldedWords) {
        return foldedWords.equals(needle);
    }

    boolean isEmpty() {
        return needle.isEmpty();
    }

    /** Where the query first matches in folded text, as [start, end) of the words it matched, or null. */
    int[] find(String folded) {
        if (needle.isEmpty() || folded == null) {
            return null;
        }
        if (words.isEmpty()) {
            int at = folded.indexOf(needle);
            return at < 0 ? null : new int[] {at, at + needle.length()};
        }
        for (int at = folded.indexOf(probe); at >= 0; at = folded.indexOf(probe, at + 1)) {
            if (at > 0 && Character.isLetterOrDigit(folded.charAt(at - 1))) {
                continue;
            }
            int end = matchAt(folded, at);
            if (end >= 0) {
                return new int[] {at, end};
            }
        }
        return null;
    }

    /** Whether the query matches the folded text. */
    boolean in(String folded) {
        return find(folded) != null;
    }

    /** The end of the words the query matches from {@code at}, a word start, or -1. */
    private int matchAt(String s, int at) {
        int i = at;
        for (int w = 0; w < words.size(); w++) {
            while (w > 0 && i < s.length() && !Character.isLetterOrDigit(s.charAt(i)) && s.charAt(i) != '\u0000') {
                i++;   // between words anything but a letter, a digit or the end of a field
            }
            if (i >= s.length() || s.charAt(i) == '\u0000') {
                return -1;
            }
            int end = wordEnd(s, i);
            if (end == i) {
                return -1;
            }
            String word = s.substring(i, end);
            String want = words.get(w);
            boolean last = w == words.size() - 1;
            boolean same = last ? word.startsWith(want) : word.equals(want);
            if (!same && !stem(word).equals(stems.get(w))) {
                return -1;
            }
            i = end;
        }
        return i;
    }

    private String stem(String word) {
        String known = stemmed.get(word);
        if (known != null) {
            return known;
        }
        stemmer.setCurrent(word);
        stemmer.stem();
        String s = stemmer.getCurrent();
        stemmed.put(word, s);
        return s;
    }

    /** What a matching word must start with: the word and its stem's common start, less a last e, i or y. */
    private static String probe(String word, String stem) {
        int n = 0;
        while (n < word.length() && n < stem.length() && word.charAt(n) == stem.charAt(n)) {
            n++;
        }
        if (n > 1 && "eiy".indexOf(word.charAt(n - 1)) >= 0) {
            n--;
        }
        return word.substring(0, Math.max(1, n));
    }

    /** The end of the word from {@code i}: letters and digits, and an apostrophe between letters ("it's"). */
    static int wordEnd(String s, int i) {
        int end = i;
        while (end < s.length()) {
            char c = s.charAt(end);
            if (Character.isLetterOrDigit(c)
                    || (c == '\'' && end > i && end + 1 < s.length() && Character.isLetter(s.charAt(end + 1)))) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }

    /** A letter of a script that does not put spaces between words, so has no word starts to find. */
    static boolean unspaced(int c) {
        if (Character.isIdeographic(c)) {
            return true;
        }
        switch (Character.UnicodeScript.of(c)) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN, BOPOMOFO, YI:
                return true;
            default:
                return false;
        }
    }

    /** Text as searches see it: {@link #fold(String)}, and where in the text each of its chars came from. */
    record Folded(String text, int[] from) {}

    /**
     * Text folded for matching: lower case; accents and other non-spacing marks and the zero-width
     * joiners left out (é as e, Hebrew and Arabic vowel points, Persian ZWNJ); typographic quotes
     * and apostrophes as straight ones; newlines and tabs as spaces. Null gives "".
     */
    static String fold(String text) {
        return text == null ? "" : folded(text, false).text();
    }

    /** As {@link #fold(String)}, with the place in {@code text} of each folded char (for snippets). */
    static Folded foldWithPlaces(String text) {
        return folded(text == null ? "" : text, true);
    }

    private static Folded folded(String text, boolean places) {
        int n = text.length();
        StringBuilder out = null;
        int[] from = places ? new int[n + 1] : null;
        int k = 0;
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (c < 0x80) {
                char f = c == '\n' || c == '\t' ? ' ' : c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                if (out != null) {
                    out.append(f);
                } else if (f != c) {
                    out = new StringBuilder(n).append(text, 0, i).append(f);
                }
                if (places) {
                    from = grow(from, k);
                    from[k] = i;
                }
                k++;
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            String f = foldCodePoint(cp);
            int len = Character.charCount(cp);
            if (out == null && !(f.length() == len && text.startsWith(f, i))) {
                out = new StringBuilder(n).append(text, 0, i);
            }
            if (out != null) {
                out.append(f);
            }
            if (places) {
                for (int j = 0; j < f.length(); j++) {
                    from = grow(from, k + j);
                    from[k + j] = i;
                }
            }
            k += f.length();
            i += len;
        }
        if (places) {
            from = grow(from, k);
            from[k] = n;
        }
        return new Folded(out == null ? text : out.toString(), from);
    }

    private static int[] grow(int[] a, int at) {
        return at < a.length ? a : java.util.Arrays.copyOf(a, Math.max(at + 1, a.length * 2));
    }

    private static final Map<Integer, String> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();

    /** One code point folded: lower case, without its marks; a mark or joiner on its own gives "". */
    private static String foldCodePoint(int cp) {
        switch (cp) {
            case '\u2018', '\u2019', '\u02bc' -> {
                return "'";
            }
            case '\u201c', '\u201d' -> {
                return "\"";
            }
            case '\u200c', '\u200d' -> {
                return "";
            }
            default -> { }
        }
        String known = FOLDED.get(cp);
        if (known != null) {
            return known;
        }
        String s = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
        if (!(cp >= 0xAC00 && cp <= 0xD7A3)) {   // a Hangul syllable stays whole
            String d = Normalizer.normalize(s, Normalizer.Form.NFD);
            StringBuilder b = new StringBuilder(d.length());
            for (int i = 0; i < d.length(); ) {
                int c = d.codePointAt(i);
                if (Character.getType(c) != Character.NON_SPACING_MARK) {
                    b.appendCodePoint(c);
                }
                i += Character.charCount(c);
            }
            s = Normalizer.normalize(b, Normalizer.Form.NFC);
        }
        FOLDED.put(cp, s);
        return s;
    }
}
