package org.endings.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.endings.model.Stance;

/**
 * The numbers of a round's replies against the model's stances: how often the reader and the model
 * agree, by reading, by way and by what the reader said (a small confusion table), and where the
 * reader read a reading into words the model finds no stance on it in. Pure numbers; {@link Words}
 * says them.
 */
public record Tally(int answered, int agreed, List<ByReading> readings, List<ByWay> ways, List<Said> said,
                    List<Lean> beyond, int missed) {

    public Tally {
        readings = List.copyOf(readings);
        ways = List.copyOf(ways);
        said = List.copyOf(said);
        beyond = List.copyOf(beyond);
    }

    /**
     * A reading: the reader named it for {@code named} quotes, the model reads {@code same} of those the
     * same way, and the model finds it in {@code model} quotes of the round.
     */
    public record ByReading(int reading, int named, int same, int model) {}

    /** A way (null for no stance at all): the reader said it of {@code named} quotes, the model {@code same} of those. */
    public record ByWay(Stance stance, int named, int same) {}

    /**
     * A row of the confusion table, what the reader said of {@code named} quotes (a reading and a way):
     * the model reads {@code same} of them so, {@code otherWays} counts those it reads another way on
     * that reading (by way, in {@link Stance} order), and {@code beyond} those it finds no stance on it in.
     */
    public record Said(int reading, Stance stance, int named, int same, List<Integer> otherWays, int beyond) {
        public Said {
            otherWays = List.copyOf(otherWays);
        }
    }

    /** A reading the reader read into {@code quotes} quotes the model finds no stance on it in. */
    public record Lean(int reading, int quotes) {}

    /** The tally of a round's replies; {@code stances} gives the model's stances on a quote among the round's readings. */
    static Tally of(List<Round.Reply> replies, List<Integer> readings,
                    java.util.function.IntFunction<Map<Integer, Stance>> stances) {
        int agreed = 0;
        int missed = 0;
        int[] named = new int[readings.size()];
        int[] same = new int[readings.size()];
        int[] model = new int[readings.size()];
        int[][] said = new int[readings.size()][3];
        int[][] saidSame = new int[readings.size()][3];
        int[][][] saidOther = new int[readings.size()][3][3];
        int[][] saidBeyond = new int[readings.size()][3];
        int[] wayNamed = new int[4];
        int[] waySame = new int[4];
        for (Round.Reply reply : replies) {
            Map<Integer, Stance> theirs = stances.apply(reply.quote());
            Verdict verdict = Verdict.of(reply, theirs);
            agreed += verdict.agrees() ? 1 : 0;
            missed += verdict == Verdict.MISSED ? 1 : 0;
            for (int r : theirs.keySet()) {
                int at = readings.indexOf(r);
                if (at >= 0) {
                    model[at]++;
                }
            }
            int way = reply.isNone() ? 3 : reply.stance().ordinal();
            wayNamed[way]++;
            waySame[way] += verdict.agrees() ? 1 : 0;
            if (reply.isNone()) {
                continue;
            }
            int at = readings.indexOf(reply.reading());
            named[at]++;
            said[at][way]++;
            switch (verdict) {
                case SAME -> {
                    same[at]++;
                    saidSame[at][way]++;
                }
                case OTHER_WAY -> saidOther[at][way][theirs.get(reply.reading()).ordinal()]++;
                default -> saidBeyond[at][way]++;
            }
        }
        List<ByReading> byReading = new ArrayList<>();
        List<Said> rows = new ArrayList<>();
        List<Lean> beyond = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            if (named[i] > 0 || model[i] > 0) {
                byReading.add(new ByReading(readings.get(i), named[i], same[i], model[i]));
            }
            int into = 0;
            for (int w = 0; w < 3; w++) {
                if (said[i][w] > 0) {
                    rows.add(new Said(readings.get(i), Stance.values()[w], said[i][w], saidSame[i][w],
                            List.of(saidOther[i][w][0], saidOther[i][w][1], saidOther[i][w][2]), saidBeyond[i][w]));
                }
                into += saidBeyond[i][w];
            }
            if (into > 0) {
                beyond.add(new Lean(readings.get(i), into));
            }
        }
        // the readings read most often into the words first; ties in the model's order
        beyond.sort((a, b) -> Integer.compare(b.quotes(), a.quotes()));
        List<ByWay> byWay = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            if (wayNamed[w] > 0) {
                byWay.add(new ByWay(w < 3 ? Stance.values()[w] : null, wayNamed[w], waySame[w]));
            }
        }
        return new Tally(replies.size(), agreed, byReading, byWay, rows, beyond, missed);
    }

    /** The reading read into the words most often, or -1 when none was (or two tie). */
    public int lean() {
        if (beyond.isEmpty() || beyond.size() > 1 && beyond.get(1).quotes() == beyond.get(0).quotes()) {
            return -1;
        }
        return beyond.get(0).reading();
    }
}
