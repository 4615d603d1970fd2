package org.endings.core;

import java.util.List;
import java.util.Objects;

import org.endings.model.Stance;

/**
 * A round of blind reading as it stands: the rules it was dealt by, its seed, the quotes in the order
 * they are asked, the reader's replies so far, the step the reader is at and, when asked which way,
 * the reading they chose (model index; -1 otherwise). Immutable; the rules
 * that make the next one are in {@link Blind}.
 */
public record Round(Rules rules, long seed, List<Integer> quotes, List<Reply> replies, Step step, int reading) {

    /** Where the reader is in the round. */
    public enum Step {
        /** Asked which reading the quote bears on (or none). */
        READING,
        /** Asked which way the quote bears on the reading chosen ({@code reading}). */
        WAY,
        /** Shown the model's answer to the quote just answered. */
        REVEAL,
        /** The round is over: the summary. */
        SUMMARY
    }

    /**
     * What a round is dealt from: how many quotes, the beats and readings it draws on (model indexes;
     * empty for all), whether the speaker is shown, and the seed (null: the edge chooses one).
     */
    public record Rules(int size, List<Integer> beats, List<Integer> readings, boolean speaker, Long seed) {
        public Rules {
            beats = List.copyOf(beats);
            readings = List.copyOf(readings);
        }

        Rules withSeed(long seed) {
            return new Rules(size, beats, readings, speaker, seed);
        }
    }

    /** A reader's reply to quote {@code quote}: the reading (-1 for none) and the way (null for none). */
    public record Reply(int quote, int reading, Stance stance) {
        public Reply {
            if ((reading < 0) != (stance == null)) {
                throw new IllegalArgumentException("a reply names a reading and a way, or neither");
            }
        }

        /** No reading: the reader finds no stance in the words. */
        public static Reply none(int quote) {
            return new Reply(quote, -1, null);
        }

        public boolean isNone() {
            return reading < 0;
        }
    }

    public Round {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(step, "step");
        quotes = List.copyOf(quotes);
        replies = List.copyOf(replies);
    }

    /** The position of the quote asked or shown now, from 0. */
    public int at() {
        return step == Step.REVEAL || step == Step.SUMMARY ? replies.size() - 1 : replies.size();
    }

    /** The model index of the quote asked or shown now. */
    public int quote() {
        return quotes.get(Math.max(0, Math.min(at(), quotes.size() - 1)));
    }

    public int size() {
        return quotes.size();
    }

    public boolean finished() {
        return step == Step.SUMMARY;
    }

    Round at(Step step, int reading) {
        return new Round(rules, seed, quotes, replies, step, reading);
    }

    Round replied(Reply reply) {
        List<Reply> next = new java.util.ArrayList<>(replies);
        next.add(reply);
        return new Round(rules, seed, quotes, next, Step.REVEAL, -1);
    }
}
