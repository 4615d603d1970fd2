package org.endings.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the beat, reading, person or source a reader means: by number, by id, by its name or title
 * or the beginning of it, or by the beginning of a word in it ("transaction" for "Gratitude or
 * transaction"), in any case. The text mode's commands and the command line's filters both ask here.
 */
public final class Names {
    /** What can be named. */
    public enum Kind {
        BEAT("beat", "beats", "title"),
        READING("reading", "readings", "name"),
        PERSON("person", "people", "name"),
        SOURCE("source", "sources", "title");

        private final String one;
        private final String many;
        private final String name;

        Kind(String one, String many, String name) {
            this.one = one;
            this.many = many;
            this.name = name;
        }
    }

    /** Either a number (1-based, not yet checked against the count) or why none was found. */
    public record Found(int number, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private final Queries queries;

    public Names(Queries queries) {
        this.queries = queries;
    }

    /** How many things of a kind there are. */
    public int count(Kind kind) {
        return switch (kind) {
            case BEAT -> queries.beatCount();
            case READING -> queries.readingCount();
            case PERSON -> queries.personCount();
            case SOURCE -> queries.sourceCount();
        };
    }

    /** The words a thing of this kind is found by: its id, then its name or title (and a source's outlet). */
    private List<String> keys(Kind kind, int i) {
        return switch (kind) {
            case BEAT -> List.of(queries.beat(i).id(), queries.beat(i).title());
            case READING -> List.of(queries.reading(i).id(), queries.reading(i).title());
            case PERSON -> List.of(queries.model().people().get(i).id(), queries.model().people().get(i).name());
            case SOURCE -> {
                var s = queries.model().sources().get(i);
                yield s.outlet() == null ? List.of(s.id(), s.title()) : List.of(s.id(), s.title(), s.outlet());
            }
        };
    }

    /** The name a reader knows a thing by. */
    public String title(Kind kind, int i) {
        return keys(kind, i).get(1);
    }

    public Found find(Kind kind, String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        int n = count(kind);
        if (wanted.isEmpty()) {
            return new Found(0, "Say which " + kind.one + ": a number from 1 to " + n + " or the start of a "
                    + kind.name + ".");
        }
        if (wanted.chars().allMatch(c -> c >= '0' && c <= '9')) {
            if (wanted.length() > 9) {
                // too long for an int, and out of range all the same
                return new Found(0, "No " + kind.one + " " + wanted + ": there are " + n + " " + kind.many
                        + ", 1 to " + n + ".");
            }
            return new Found(Integer.parseInt(wanted), null);
        }
        List<Integer> exact = new ArrayList<>();
        List<Integer> start = new ArrayList<>();
        List<Integer> word = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> keys = keys(kind, i);
            List<Integer> into = null;
            for (String key : keys) {
                String k = key.toLowerCase(Locale.ROOT);
                if (k.equals(wanted)) {
                    into = exact;
                    break;
                }
                if (k.startsWith(wanted)) {
                    into = start;
                } else if (into == null && startsAWord(k, wanted)) {
                    into = word;
                }
            }
            if (into != null) {
                into.add(i);
            }
        }
        for (List<Integer> found : List.of(exact, start, word)) {
            if (found.size() == 1) {
                return new Found(found.get(0) + 1, null);
            }
            if (found.size() > 1) {
                return new Found(0, "“" + text.strip() + "” could be " + titles(kind, found)
                        + ": type more of the " + kind.name + ", or its number.");
            }
        }
        String none = "No " + kind.one + " “" + text.strip() + "”: ";
        return new Found(0, switch (kind) {
            case BEAT -> none + "there are " + n + " beats; give a number from 1 to " + n + " or the start of a title.";
            case PERSON -> none + "the people are " + list(kind, false) + "; give the start of a name.";
            default -> none + "the " + kind.many + " are " + list(kind, true) + "; give a number or the start of a "
                    + kind.name + ".";
        });
    }

    private static boolean startsAWord(String title, String wanted) {
        for (int at = title.indexOf(wanted); at >= 0; at = title.indexOf(wanted, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(title.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    private String titles(Kind kind, List<Integer> found) {
        StringBuilder out = new StringBuilder();
        String between = found.size() == 2 ? " or " : "; ";
        for (int i = 0; i < found.size(); i++) {
            if (i > 0) {
                out.append(i == found.size() - 1 && found.size() > 2 ? "; or " : between);
            }
            out.append(kind.one).append(' ').append(found.get(i) + 1).append(", ").append(title(kind, found.get(i)));
        }
        return out.toString();
    }

    /** The names of a kind, listed, with their numbers or without: "1 Consent, 2 Hope and 3 Despair". */
    private String list(Kind kind, boolean numbers) {
        int n = count(kind);
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add((numbers ? (i + 1) + " " : "") + title(kind, i));
        }
        return names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, n - 1)) + " and " + names.get(n - 1);
    }
}
