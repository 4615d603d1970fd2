package org.endings.core;

import java.util.ArrayList;
import java.util.List;

import org.endings.core.Page.Cell;
import org.endings.core.Page.Grid;
import org.endings.model.Stance;

/**
 * The one place recurring phrases are worded for a reader: stances, counts and plurals, a quote's
 * bearing on a reading, a matrix cell. Every front end says these through here, so a stance reads
 * the same on the screen, in the text mode and in an export. (The file format's words for a stance
 * are the model's, in {@code Stance}.)
 */
public final class Words {
    /** The word a list puts after a contested quote. */
    public static final String CONTESTED = "Contested.";
    /** What an open quote's page says of a contested quote, after how it bears on each reading. */
    public static final String CONTESTED_WHY = "Contested: it supports one reading and challenges another.";

    private Words() {
    }

    /** "supports", "complicates", "challenges"; "" for PLAIN. */
    public static String stance(Mark mark) {
        return switch (mark) {
            case SUPPORTS -> "supports";
            case COMPLICATES -> "complicates";
            case CHALLENGES -> "challenges";
            default -> "";
        };
    }

    /** "1 quote", "3 quotes". */
    public static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** "No quotes.", "1 quote.", "3 quotes.". */
    public static String listed(int n, String one, String many) {
        return n == 0 ? "No " + many + "." : count(n, one, many) + ".";
    }

    /** "no quotes.", "1 quote.", "12 quotes.": how many a page lists, ending a sentence begun before it. */
    public static String quotesListed(int n) {
        return n == 0 ? "no quotes." : count(n, "quote", "quotes") + ".";
    }

    /** "none support", "1 supports", "3 support": a count and the verb agreeing with it. */
    private static String verbCount(int n, Mark mark, boolean none) {
        String verb = stance(mark);
        String plural = verb.substring(0, verb.length() - 1);
        if (n == 0) {
            return none ? "none " + plural : "";
        }
        return n + " " + (n == 1 ? verb : plural);
    }

    /** "2 support, 1 complicates": the stances that have quotes, in order; "" when none has. */
    public static String stanceCounts(int supports, int complicates, int challenges) {
        List<String> parts = new ArrayList<>(3);
        int[] counts = {supports, complicates, challenges};
        Mark[] marks = {Mark.SUPPORTS, Mark.COMPLICATES, Mark.CHALLENGES};
        for (int i = 0; i < 3; i++) {
            if (counts[i] > 0) {
                parts.add(verbCount(counts[i], marks[i], false));
            }
        }
        return String.join(", ", parts);
    }

    /**
     * How a quote bears on the reading it is listed under, as a list item's label ends: "Supports
     * Consent." (the stance its own phrase), "No stance on Consent.", "About the whole scene; no
     * stance on any reading.", then "Contested." where it is.
     */
    public static List<Phrase> bearing(Subject.OfQuote quote, String readingTitle) {
        List<Phrase> out = new ArrayList<>(4);
        if (quote.stance() != Mark.PLAIN) {
            out.add(new Phrase(capital(stance(quote.stance())), quote.stance()));
            out.add(Phrase.plain(" " + readingTitle + "."));
        } else if (quote.sceneRemark()) {
            out.add(Phrase.plain("About the whole scene; no stance on any reading."));
        } else {
            out.add(Phrase.plain("No stance on " + readingTitle + "."));
        }
        if (quote.contested()) {
            out.add(Phrase.plain(" "));
            out.add(new Phrase(CONTESTED, Mark.CONTESTED));
        }
        return out;
    }

    /** The cell under the matrix's cursor: "The refused kiss, read as Consent: 3 support, none complicate, none challenge." */
    public static String cellSentence(Grid grid) {
        Cell cell = grid.cells().get(grid.row()).get(grid.column());
        return grid.rows().get(grid.row()) + ", read as " + grid.columns().get(grid.column()) + ": "
                + verbCount(cell.supports(), Mark.SUPPORTS, true) + ", "
                + verbCount(cell.complicates(), Mark.COMPLICATES, true) + ", "
                + verbCount(cell.challenges(), Mark.CHALLENGES, true) + ".";
    }

    /** A matrix row read out: "Beat 3, The refused kiss: Consent, 2 support; Hope, 1 complicates." Readings with no quotes are left out. */
    public static String matrixRow(Grid grid, int row) {
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < grid.columns().size(); column++) {
            Cell cell = grid.cells().get(row).get(column);
            if (cell.total() > 0) {
                cells.add(grid.columns().get(column) + ", "
                        + stanceCounts(cell.supports(), cell.complicates(), cell.challenges()));
            }
        }
        return "Beat " + (row + 1) + ", " + grid.rows().get(row) + ": "
                + (cells.isEmpty() ? "no quotes." : String.join("; ", cells) + ".");
    }

    /**
     * How the quotes of a beat bear on a reading: "Bearing on Consent here: 3 support, 1
     * complicates", or "No quote here bears on Consent"; without a full stop, for {@link #noStance}.
     */
    public static String bearingOn(String reading, int supports, int complicates, int challenges) {
        return supports + complicates + challenges == 0 ? "No quote here bears on " + reading
                : "Bearing on " + reading + " here: " + stanceCounts(supports, complicates, challenges);
    }

    /**
     * The quotes of a beat that take no stance on the reading, ending {@link #bearingOn}'s sentence:
     * "; 2 other quotes and 1 about the whole scene take no stance on it"; "" when none.
     * {@code beatOthers} are about this beat, {@code scene} about the whole scene.
     */
    public static String noStance(int beatOthers, int scene) {
        List<String> groups = new ArrayList<>(2);
        if (beatOthers > 0) {
            groups.add(count(beatOthers, "other quote", "other quotes"));
        }
        if (scene > 0) {
            groups.add((beatOthers > 0 ? scene : count(scene, "other quote", "other quotes")) + " about the whole scene");
        }
        return groups.isEmpty() ? "" : "; " + String.join(" and ", groups)
                + (beatOthers + scene == 1 ? " takes" : " take") + " no stance on it";
    }

    /** "You are convinced by Consent at The kiss", "You are unsure of …": a reader's stance in a sentence. */
    public static String yours(Standing standing, String about) {
        return "You are " + standing.word() + (standing == Standing.UNSURE ? " of " : " by ") + about;
    }

    // ---- blind reading

    /** "supporting", "complicating", "challenging": a way as a reading is read. */
    public static String reading(Stance stance) {
        String verb = stance(Mark.of(stance));
        String stem = verb.substring(0, verb.length() - 1);
        return (stem.endsWith("e") ? stem.substring(0, stem.length() - 1) : stem) + "ing";
    }

    /** "Supports Hope.", "No stance on any reading.": a reply, or the model's answer, to one quote. */
    public static String reply(Stance stance, String readingTitle) {
        return stance == null ? "No stance on any reading." : capital(stance(Mark.of(stance))) + " " + readingTitle + ".";
    }

    /** "You and the model agree on 6 of 10 quotes." */
    public static String agreement(Tally tally) {
        return "You and the model agree on " + (tally.agreed() == 0 ? "none" : String.valueOf(tally.agreed())) + " of "
                + count(tally.answered(), "quote", "quotes") + ".";
    }

    /** How a reply stands against the model: "The same way as the model.", "Beyond the words: …". */
    public static String verdict(Verdict verdict, String readingTitle, Stance yours, Stance theirs) {
        return switch (verdict) {
            case SAME -> "The same as the model: these words " + stance(Mark.of(yours)) + " " + readingTitle + ".";
            case BOTH_NONE -> "The same as the model: no stance on any reading.";
            case OTHER_WAY -> "The other way: the model reads these words as " + reading(theirs) + " " + readingTitle
                    + ", not " + reading(yours) + " it.";
            case BEYOND -> "Beyond the words: the model finds no stance on " + readingTitle + " in them.";
            case MISSED -> "The model finds a stance where you found none.";
        };
    }

    /**
     * "You named Hope for 4 quotes, and the model reads 2 of them the same way; it finds Hope in 3 quotes
     * of the round."
     */
    public static String byReading(Tally.ByReading row, String title) {
        String found = "the model finds " + title + " in " + (row.model() == 0 ? "no quote"
                : count(row.model(), "quote", "quotes")) + " of the round";
        if (row.named() == 0) {
            return "You named " + title + " for no quote; " + found + ".";
        }
        return "You named " + title + " for " + count(row.named(), "quote", "quotes") + ", and the model reads "
                + of(row.same(), row.named()) + " the same way; " + found + ".";
    }

    /** "You read 5 quotes as supporting a reading; the model reads 3 of them so." */
    public static String byWay(Tally.ByWay row) {
        String as = row.stance() == null ? "as bearing on no reading" : "as " + reading(row.stance()) + " a reading";
        return "You read " + count(row.named(), "quote", "quotes") + " " + as + "; the model reads "
                + of(row.same(), row.named()) + " so.";
    }

    /**
     * A row of the confusion table: "You read 4 quotes as supporting Hope; the model reads 2 of them
     * so, 1 as complicating it, and 1 as taking no stance on it."
     */
    public static String said(Tally.Said row, String title) {
        List<String> rest = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            int n = row.otherWays().get(w);
            if (n > 0) {
                rest.add(n + " as " + reading(Stance.values()[w]) + " it");
            }
        }
        if (row.beyond() > 0) {
            rest.add(row.beyond() + " as taking no stance on it");
        }
        String head = "You read " + count(row.named(), "quote", "quotes") + " as " + reading(row.stance()) + " " + title
                + "; the model reads " + of(row.same(), row.named()) + " so";
        if (rest.isEmpty()) {
            return head + ".";
        }
        String last = rest.remove(rest.size() - 1);
        return head + ", " + (rest.isEmpty() ? "" : String.join(", ", rest) + ", ") + "and " + last + ".";
    }

    /** "You read Hope into 2 quotes the model finds no stance on it in." */
    public static String beyond(Tally.Lean lean, String title) {
        return "You read " + title + " into " + count(lean.quotes(), "quote", "quotes")
                + " the model finds no stance on it in.";
    }

    /** "You found no stance in 1 quote where the model finds one." */
    public static String missed(int quotes) {
        return "You found no stance in " + count(quotes, "quote", "quotes") + " where the model finds one.";
    }

    /** "2 of them", "none of them", "it" (1 of 1), "all 3 of them". */
    private static String of(int part, int whole) {
        if (part == 0) {
            return whole == 1 ? "none" : "none of them";
        }
        if (whole == 1) {
            return "it";
        }
        return (part == whole ? "all " : "") + part + " of them";
    }

    /** The text with its first letter a capital. */
    public static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The text ending in a full stop, unless it already ends a sentence. */
    public static String sentence(String text) {
        String s = text.strip();
        if (s.isEmpty() || s.endsWith(".") || s.endsWith("?") || s.endsWith("!") || s.endsWith("…")) {
            return s;
        }
        return s + ".";
    }
}
