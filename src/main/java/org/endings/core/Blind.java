package org.endings.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.endings.model.Quote;
import org.endings.model.Stance;

/**
 * The rules of blind reading: what a round is dealt from and in what order, what a reply says, and
 * how a round moves from question to answer to summary. Pure: the order comes from the round's seed
 * through a generator of its own (SplitMix64), so a seed gives the same round on every JDK and
 * every machine, and a class given one seed reads the same quotes in the same order.
 */
final class Blind {
    /** A round's size when none is given. */
    static final int DEFAULT_SIZE = 10;
    /** The largest round. */
    static final int MAX_SIZE = 100;
    /** The fewest quotes with a stance a round is dealt with (fewer when a smaller round is asked for). */
    static final int MIN_BEARING = 3;
    /** At most one quote in this many is one the model takes no stance on, so that "none" can be right. */
    static final int NEUTRAL_SHARE = 5;

    private static final List<String> KEYWORDS = List.of("size", "beat", "beats", "reading", "readings", "speaker",
            "seed");
    private static final List<String> NONE = List.of("none", "no", "nothing", "neither", "0");
    /** What a way is typed as: a beginning of its word, or of its stem ("support" for "supporting"). */
    private static final String[][] WAYS = {{"supports", "support"}, {"complicates", "complicat"},
        {"challenges", "challeng"}};

    private final Queries queries;
    private final Names names;

    Blind(Queries queries, Names names) {
        this.queries = queries;
        this.names = names;
    }

    /** Rules read from what was typed, or why they could not be. */
    record Parsed(Round.Rules rules, String problem) {}

    /** A round dealt, or why none could be; {@code note} says when it is shorter than asked. */
    record Dealt(Round round, String problem, String note) {}

    // ---- the rules of a round

    /** "5 beat 3 reading hope, consent speaker seed 7": every part optional, in any order. */
    Parsed rules(String spec) {
        String typed = spec == null ? "" : spec.strip();
        int size = DEFAULT_SIZE;
        List<Integer> beats = new ArrayList<>();
        List<Integer> readings = new ArrayList<>();
        boolean speaker = false;
        Long seed = null;
        String clause = null;
        List<String> values = new ArrayList<>();
        List<String[]> clauses = new ArrayList<>();
        for (String token : typed.isEmpty() ? new String[0] : typed.split("\\s+")) {
            String word = token.toLowerCase(Locale.ROOT).replaceAll(",+$", "");
            if (KEYWORDS.contains(word)) {
                if (clause != null) {
                    clauses.add(new String[] {clause, String.join(" ", values)});
                }
                clause = word;
                values = new ArrayList<>();
            } else if (clause == null && isNumber(word)) {
                clauses.add(new String[] {"size", word});
            } else if (clause == null) {
                return problem("“" + token + "” is not an option of a round. " + OPTIONS);
            } else {
                values.add(token);
            }
        }
        if (clause != null) {
            clauses.add(new String[] {clause, String.join(" ", values)});
        }
        for (String[] c : clauses) {
            String value = c[1].strip();
            switch (c[0]) {
                case "size" -> {
                    if (!isNumber(value) || value.length() > 3 || Integer.parseInt(value) < 1
                            || Integer.parseInt(value) > MAX_SIZE) {
                        return problem("A round holds 1 to " + MAX_SIZE + " quotes"
                                + (value.isEmpty() ? ": say how many, for example size 5." : "; “" + value + "” is not one of those."));
                    }
                    size = Integer.parseInt(value);
                }
                case "seed" -> {
                    if (!isNumber(value) || value.length() > 18) {
                        return problem("A seed is a whole number of up to 18 digits, for example seed 7"
                                + (value.isEmpty() ? "." : "; “" + value + "” is not one."));
                    }
                    seed = Long.parseLong(value);
                }
                case "speaker" -> {
                    if (!value.isEmpty()) {
                        return problem("speaker takes nothing after it; “" + value + "” is not an option of a round. "
                                + OPTIONS);
                    }
                    speaker = true;
                }
                case "beat", "beats" -> {
                    String problem = named(Names.Kind.BEAT, value, beats);
                    if (problem != null) {
                        return problem(problem);
                    }
                }
                default -> {
                    String problem = named(Names.Kind.READING, value, readings);
                    if (problem != null) {
                        return problem(problem);
                    }
                }
            }
        }
        return new Parsed(new Round.Rules(size, beats.stream().distinct().sorted().toList(),
                readings.stream().distinct().sorted().toList(), speaker, seed), null);
    }

    private static final String OPTIONS = "A round takes a size (5), beat and reading with numbers or names "
            + "(beat 3, reading hope, consent), speaker to show who said each quote, and seed with a number to "
            + "deal the same round again.";

    private static Parsed problem(String problem) {
        return new Parsed(null, problem);
    }

    /** The beats or readings named in {@code value}, by commas, else as one name, else word by word. */
    private String named(Names.Kind kind, String value, List<Integer> into) {
        String one = kind == Names.Kind.BEAT ? "beat" : "reading";
        if (value.isEmpty()) {
            return one + " needs a number or a name, for example " + one + (kind == Names.Kind.BEAT ? " 3." : " hope.");
        }
        List<String> parts = new ArrayList<>();
        if (value.contains(",")) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
        } else {
            parts.add(value);
        }
        List<Integer> found = new ArrayList<>();
        String problem = null;
        for (String part : parts) {
            Names.Found f = find(kind, part);
            if (!f.ok() && parts.size() == 1 && part.contains(" ")) {
                // "beat 1 3", "reading hope consent": each word a name
                List<Integer> each = new ArrayList<>();
                for (String word : part.split("\\s+")) {
                    Names.Found w = find(kind, word);
                    if (!w.ok()) {
                        return f.problem();
                    }
                    each.add(w.number() - 1);
                }
                found.addAll(each);
                continue;
            }
            if (!f.ok()) {
                problem = f.problem();
                break;
            }
            found.add(f.number() - 1);
        }
        if (problem != null) {
            return problem;
        }
        into.addAll(found);
        return null;
    }

    private Names.Found find(Names.Kind kind, String text) {
        Names.Found f = names.find(kind, text);
        int count = names.count(kind);
        if (f.ok() && (f.number() < 1 || f.number() > count)) {
            String many = kind == Names.Kind.BEAT ? "beats" : "readings";
            return new Names.Found(-1, "No " + (kind == Names.Kind.BEAT ? "beat " : "reading ") + f.number()
                    + ": there are " + count + " " + many + ".");
        }
        return f;
    }

    /** The rules as typed again, naming beats and readings by id: what a notebook keeps of a round. */
    String spec(Round.Rules rules) {
        StringBuilder out = new StringBuilder("size ").append(rules.size());
        if (!rules.beats().isEmpty()) {
            out.append(" beats ").append(String.join(", ", rules.beats().stream().map(b -> queries.beat(b).id()).toList()));
        }
        if (!rules.readings().isEmpty()) {
            out.append(" readings ").append(String.join(", ",
                    rules.readings().stream().map(r -> queries.reading(r).id()).toList()));
        }
        if (rules.speaker()) {
            out.append(" speaker");
        }
        return out.toString();
    }

    /** The readings a round asks about, in the model's order: those chosen, or all. */
    List<Integer> choices(Round.Rules rules) {
        return rules.readings().isEmpty() ? Queries.range(queries.readingCount()) : rules.readings();
    }

    /** The model's stances on a quote, by reading index in the model's order, among the readings the round asks about. */
    Map<Integer, Stance> stances(Round.Rules rules, int quote) {
        Quote q = queries.quote(quote);
        Map<Integer, Stance> out = new LinkedHashMap<>();
        for (int r : choices(rules)) {
            Stance stance = q.stanceOn(queries.reading(r).id());
            if (stance != null) {
                out.put(r, stance);
            }
        }
        return out;
    }

    /** The verdict on a reply of a round. */
    Verdict verdict(Round round, Round.Reply reply) {
        return Verdict.of(reply, stances(round.rules(), reply.quote()));
    }

    /**
     * A round dealt by its rules, whose seed is set: the quotes about the beats chosen (all when none
     * are), each remark once however many wordings it has; mostly quotes with a stance on a reading
     * the round asks about, and at most one in {@link #NEUTRAL_SHARE} with none, in the seed's order.
     */
    Dealt deal(Round.Rules rules) {
        Set<Integer> beats = new HashSet<>(rules.beats());
        List<Integer> bearing = new ArrayList<>();
        List<Integer> neutral = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        for (int q = 0; q < queries.model().quotes().size(); q++) {
            if (!beats.isEmpty() && queries.model().quotes().get(q).beats().stream()
                    .noneMatch(id -> beats.contains(queries.beatIndex(id)))) {
                continue;
            }
            if (queries.variantsOf(q).stream().anyMatch(taken::contains)) {
                continue;
            }
            taken.add(q);
            (stances(rules, q).isEmpty() ? neutral : bearing).add(q);
        }
        int size = rules.size();
        int fewest = Math.min(MIN_BEARING, size);
        if (bearing.size() < fewest) {
            String where = rules.beats().isEmpty() && rules.readings().isEmpty() ? "this model has"
                    : "the beats and readings chosen have";
            return new Dealt(null, "Too few stances for a round: " + where + " "
                    + (bearing.isEmpty() ? "no quote" : "only " + Words.count(bearing.size(), "quote", "quotes"))
                    + " with a stance on a reading, and a round needs at least " + fewest + "."
                    + (rules.beats().isEmpty() && rules.readings().isEmpty() ? ""
                    : " Choose more beats or readings, or none to draw on them all."), null);
        }
        int none = Math.min(neutral.size(), size / NEUTRAL_SHARE);
        int some = Math.min(bearing.size(), size - none);
        Dice dice = new Dice(rules.seed());
        shuffle(bearing, dice);
        shuffle(neutral, dice);
        List<Integer> quotes = new ArrayList<>(bearing.subList(0, some));
        quotes.addAll(neutral.subList(0, none));
        shuffle(quotes, dice);
        String note = quotes.size() < size ? "A round of " + quotes.size() + ", not " + size + ": only "
                + Words.count(bearing.size(), "quote", "quotes") + " here " + (bearing.size() == 1 ? "bears" : "bear")
                + " on a reading." : null;
        return new Dealt(new Round(rules, rules.seed(), quotes, List.of(), Round.Step.READING, -1), null, note);
    }

    /** Fisher–Yates, with the round's own dice. */
    private static void shuffle(List<Integer> list, Dice dice) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = dice.below(i + 1);
            Integer t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    /** SplitMix64 (Steele, Lea and Flood): small, fast, and the same on every JDK. */
    static final class Dice {
        private long state;

        Dice(long seed) {
            this.state = seed;
        }

        long next() {
            long z = (state += 0x9E3779B97F4A7C15L);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        /** A number from 0 to {@code n} - 1: the top 31 bits scaled, as near even as n allows. */
        int below(int n) {
            return (int) (((next() >>> 33) * n) >>> 31);
        }
    }

    // ---- a round under way

    /** Starts a round, or asks the edge for a seed, or says why it cannot. */
    Transition start(State s, Action.Test test) {
        Parsed parsed = rules(test.spec());
        if (parsed.problem() != null) {
            return Transition.to(s.withStatus(Status.error(parsed.problem())));
        }
        Round.Rules rules = parsed.rules();
        if (rules.seed() == null && test.seed() != null) {
            rules = rules.withSeed(test.seed());
        }
        if (rules.seed() == null) {
            return new Transition(s, List.of(new Effect.Shuffle(test.spec() == null ? "" : test.spec())));
        }
        Dealt dealt = deal(rules);
        if (dealt.problem() != null) {
            return Transition.to(s.withStatus(Status.error(dealt.problem())));
        }
        State base = s.view() == View.TEST ? s : s.remembered();
        Round round = dealt.round();
        String said = "A round of " + Words.count(round.size(), "quote", "quotes") + ", seed " + round.seed() + ".";
        return Transition.to(base.withView(View.TEST, 0).withRound(round)
                .withStatus(Status.info(dealt.note() == null ? said : dealt.note() + " Seed " + round.seed() + ".")));
    }

    /** What an action does in a round; null for an action the round leaves to the navigator. */
    State update(State s, Action action) {
        Round round = s.round();
        switch (round.step()) {
            case READING, WAY -> {
                int choices = round.step() == Round.Step.READING ? choices(round.rules()).size() + 1 : 3;
                int first = round.step() == Round.Step.READING ? 0 : 1;
                if (action instanceof Action.Answer a) {
                    return answer(s, a.answer());
                } else if (action instanceof Action.OpenItem a) {
                    return choose(s, a.number());
                } else if (action instanceof Action.Open) {
                    return choose(s, s.focus() + first);
                } else if (action instanceof Action.NextItem || action instanceof Action.PrevItem) {
                    int next = s.focus() + (action instanceof Action.NextItem ? 1 : -1);
                    if (next < 0 || next >= choices) {
                        return s.withStatus(Status.info(next < 0 ? "This is the first choice." : "This is the last choice."));
                    }
                    return s.withFocus(next);
                } else if (action instanceof Action.First || action instanceof Action.Last) {
                    return s.withFocus(action instanceof Action.First ? 0 : choices - 1);
                } else if (action instanceof Action.NextBeat || action instanceof Action.PrevBeat) {
                    return s.withStatus(Status.info("Answer this quote first: choose from the list, or none."));
                } else if (action instanceof Action.Back && round.step() == Round.Step.WAY) {
                    return s.withRound(round.at(Round.Step.READING, -1))
                            .withFocus(choices(round.rules()).indexOf(round.reading()) + 1);
                }
                return null;
            }
            case REVEAL -> {
                if (action instanceof Action.NextItem || action instanceof Action.NextBeat || action instanceof Action.Open
                        || action instanceof Action.Answer a && a.answer().isBlank()) {
                    return next(s);
                } else if (action instanceof Action.Answer || action instanceof Action.OpenItem) {
                    return s.withStatus(Status.info("Quote " + (round.at() + 1) + " is answered; next goes on to "
                            + (round.replies().size() == round.size() ? "the summary." : "quote " + (round.at() + 2) + ".")));
                } else if (action instanceof Action.PrevItem || action instanceof Action.PrevBeat) {
                    return s.withStatus(Status.info("A round goes one way: what you answered stays answered."));
                } else if (action instanceof Action.First || action instanceof Action.Last) {
                    return s.withStatus(Status.info("Nothing to move through here."));
                }
                return null;
            }
            default -> {
                if (action instanceof Action.First || action instanceof Action.Last) {
                    return s.withStatus(Status.info("Nothing to move through here."));
                }
                if (action instanceof Action.Answer || action instanceof Action.OpenItem || action instanceof Action.Open
                        || action instanceof Action.NextItem || action instanceof Action.NextBeat) {
                    return s.withStatus(Status.info("The round is over: challenge me lists the quotes against the "
                            + "reading you lean to, and test deals another round."));
                }
                return null;
            }
        }
    }

    /** The numbers of a round's replies so far. */
    Tally tally(Round round) {
        return Tally.of(round.replies(), choices(round.rules()), q -> stances(round.rules(), q));
    }

    /**
     * The numbers of a round the notebook keeps, read back by ids: a quote or reading the model no
     * longer has is left out, and rules it can no longer read ask about every reading.
     */
    Tally tally(Notebook.Taken taken) {
        Parsed parsed = rules(taken.rules());
        Round.Rules rules = parsed.rules() != null ? parsed.rules() : new Round.Rules(0, List.of(), List.of(), false, null);
        List<Round.Reply> replies = new ArrayList<>();
        for (Notebook.Given given : taken.replies()) {
            int q = queries.quoteIndex(given.quote());
            int r = given.reading() == null ? -1 : queries.readingIndex(given.reading());
            Stance way = given.stance() == null ? null : Stance.fromWord(given.stance());
            if (q < 0 || given.reading() != null && (r < 0 || way == null)) {
                continue;
            }
            replies.add(r < 0 ? Round.Reply.none(q) : new Round.Reply(q, r, way));
        }
        return Tally.of(replies, choices(rules), q -> stances(rules, q));
    }

    /** The last round the reader finished: the one in the state, else the notebook's newest; null when none. */
    Tally lastTally(State s) {
        if (s.round() != null && s.round().finished()) {
            return tally(s.round());
        }
        List<Notebook.Taken> kept = s.notebook().rounds();
        return kept.isEmpty() ? null : tally(kept.get(kept.size() - 1));
    }

    /** On from a reply to the next question, or after the last to the summary, which the notebook keeps. */
    private State next(State s) {
        Round round = s.round();
        if (round.replies().size() < round.size()) {
            return s.withRound(round.at(Round.Step.READING, -1)).withFocus(0);
        }
        State done = s.withRound(round.at(Round.Step.SUMMARY, -1)).withFocus(0);
        if (!s.notebook().writable()) {
            return done;
        }
        List<Notebook.Given> given = new ArrayList<>();
        for (Round.Reply reply : round.replies()) {
            given.add(new Notebook.Given(queries.quote(reply.quote()).id(),
                    reply.isNone() ? null : queries.reading(reply.reading()).id(),
                    reply.isNone() ? null : reply.stance().word()));
        }
        return done.withNotebook(s.notebook().withRound(new Notebook.Taken(spec(round.rules()), round.seed(), given)));
    }

    /** Choice {@code number} of the list in view: 0 none, then the readings; or 1 to 3, the ways. */
    private State choose(State s, int number) {
        Round round = s.round();
        List<Integer> readings = choices(round.rules());
        if (round.step() == Round.Step.READING) {
            if (number == 0) {
                return reply(s, Round.Reply.none(round.quote()));
            }
            if (number < 1 || number > readings.size()) {
                return s.withStatus(Status.error("No choice " + number(number) + ": the choices are 0, none, to "
                        + readings.size() + "."));
            }
            return s.withRound(round.at(Round.Step.WAY, readings.get(number - 1))).withFocus(0);
        }
        if (number < 1 || number > 3) {
            return s.withStatus(Status.error("No way " + number(number) + ": 1 supports, 2 complicates, 3 challenges."));
        }
        return reply(s, new Round.Reply(round.quote(), round.reading(), Stance.values()[number - 1]));
    }

    private static String number(int n) {
        return n == Integer.MAX_VALUE ? "that high" : String.valueOf(n);
    }

    private State reply(State s, Round.Reply reply) {
        return s.withRound(s.round().replied(reply)).withFocus(0);
    }

    /** A typed answer: "none", "3", "hope", "hope supports", "3 c" "2 1"; once a reading is chosen, a way alone. */
    private State answer(State s, String typed) {
        Round round = s.round();
        String[] words = typed == null ? new String[0] : typed.strip().toLowerCase(Locale.ROOT).replace(',', ' ')
                .split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return s.withStatus(Status.error(round.step() == Round.Step.WAY ? WHICH_WAY : WHICH_READING));
        }
        if (round.step() == Round.Step.WAY && words.length == 1) {
            Stance way = way(words[0]);
            if (way != null) {
                return reply(s, new Round.Reply(round.quote(), round.reading(), way));
            }
            if (isNumber(words[0])) {
                return choose(s, words[0].length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(words[0]));
            }
        }
        if (words.length == 1 && NONE.contains(words[0])) {
            return reply(s, Round.Reply.none(round.quote()));
        }
        Stance way = null;
        int end = words.length;
        if (words.length > 1) {
            String last = words[words.length - 1];
            way = way(last);
            if (way == null && isNumber(last) && isNumber(words[0]) && last.length() == 1) {
                int n = last.charAt(0) - '0';
                way = n >= 1 && n <= 3 ? Stance.values()[n - 1] : null;
            }
            if (way == null && last.equals("c")) {
                return s.withStatus(Status.error("“c” could be complicates or challenges: type co or ch."));
            }
            if (way != null) {
                end--;
            }
        }
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, 0, end));
        List<Integer> readings = choices(round.rules());
        int reading;
        if (isNumber(name)) {
            int n = name.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(name);
            if (n == 0 && way == null) {
                return reply(s, Round.Reply.none(round.quote()));
            }
            if (n < 1 || n > readings.size()) {
                return s.withStatus(Status.error("No choice " + number(n) + ": the choices are 0, none, to "
                        + readings.size() + "."));
            }
            reading = readings.get(n - 1);
        } else {
            Names.Found found = names.find(Names.Kind.READING, name);
            if (!found.ok()) {
                return s.withStatus(Status.error(found.problem() + " " + WHICH_READING));
            }
            reading = found.number() - 1;
            if (!readings.contains(reading)) {
                return s.withStatus(Status.error(queries.reading(reading).title() + " is not a reading of this round."));
            }
        }
        if (way == null) {
            return s.withRound(round.at(Round.Step.WAY, reading)).withFocus(0);
        }
        return reply(s, new Round.Reply(round.quote(), reading, way));
    }

    private static final String WHICH_READING = "Say which reading the words bear on, by number or name, and which "
            + "way if you like (hope supports), or none.";
    private static final String WHICH_WAY = "Say which way: supports, complicates or challenges (1, 2 or 3).";

    /** The way a word names: a beginning of supports, complicates or challenges (two letters for the c's), or its stem. */
    static Stance way(String word) {
        if (word.isEmpty() || word.equals("c")) {
            return null;
        }
        for (int i = 0; i < WAYS.length; i++) {
            if (WAYS[i][0].startsWith(word) || word.startsWith(WAYS[i][1])) {
                return Stance.values()[i];
            }
        }
        return null;
    }

    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
