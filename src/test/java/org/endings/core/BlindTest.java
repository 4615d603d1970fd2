package org.endings.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.endings.model.ModelLoader;
import org.endings.model.Quote;
import org.endings.model.Stance;
import org.endings.model.Voice;

/** Blind reading: the deal of a round, its scoring, its steps, and the quotes against a reader's lean. */
class BlindTest {
    private static final Queries QUERIES = new Queries(ModelLoader.loadBundled().model());
    private final Navigator navigator = new Navigator(QUERIES);
    private final Blind blind = new Blind(QUERIES, new Names(QUERIES));

    private static List<String> ids(List<Integer> quotes) {
        return quotes.stream().map(q -> QUERIES.quote(q).id()).toList();
    }

    private Round deal(String spec) {
        Blind.Parsed parsed = blind.rules(spec);
        assertNull(parsed.problem(), spec);
        Blind.Dealt dealt = blind.deal(parsed.rules());
        assertNull(dealt.problem(), spec);
        return dealt.round();
    }

    // ---- the deal

    @Test
    void theDiceAreSplitMix64AsPublished() {
        // the reference implementation's first two outputs from seed 0 (Vigna, splitmix64.c)
        Blind.Dice dice = new Blind.Dice(0);
        assertEquals(0xE220A8397B1DCDAFL, dice.next());
        assertEquals(0x6E789E6AA1B965F4L, dice.next());
    }

    @Test
    void aRoundFromAFixedSeedGivesAFixedSequence() {
        assertEquals(List.of("explainer-repay", "baker-devastating-paraphrase", "baker-kiss-reiterated",
                "explainer-record-straight", "cinema-breaching-defenses", "explainer-abrupt-ending", "baker-single-tear",
                "baker-can-be-hopeful", "baker-epilogue", "baker-up-to-audience"), ids(deal("seed 1").quotes()));
        assertEquals(ids(deal("seed 1").quotes()), ids(deal("size 10 seed 1").quotes()), "10 is the size by default");
        assertNotEquals(ids(deal("seed 1").quotes()), ids(deal("seed 2").quotes()));
        assertEquals(List.of("cinema-poignant-culmination", "baker-came-through-performance", "baker-consent-line"),
                ids(deal("3 beat 3 reading consent, hope seed 42").quotes()));
    }

    @Test
    void aRoundAsksEachRemarkOnceMostlyQuotesWithAStanceAndAFewWithNone() {
        for (long seed = 0; seed < 200; seed++) {
            Round round = deal("seed " + seed);
            assertEquals(10, round.size());
            assertEquals(10, new HashSet<>(round.quotes()).size(), "no quote twice");
            long none = round.quotes().stream().filter(q -> QUERIES.quote(q).stances().isEmpty()).count();
            assertEquals(2, none, "one in five takes no stance, so that none can be the right answer");
            for (int q : round.quotes()) {
                assertTrue(QUERIES.variantsOf(q).stream().noneMatch(round.quotes()::contains),
                        "two wordings of one remark in seed " + seed);
            }
        }
    }

    @Test
    void theBeatsAndReadingsChosenAreTheOnesDrawnOnAndAskedAbout() {
        Round round = deal("5 beat the refused reading consent, hope seed 3");
        assertEquals(List.of(2), round.rules().beats());
        assertEquals(List.of(1, 2), round.rules().readings());
        assertEquals(List.of(1, 2), blind.choices(round.rules()));
        for (int q : round.quotes()) {
            assertTrue(QUERIES.quote(q).beats().contains("kiss"), QUERIES.quote(q).id());
        }
        assertEquals("size 5 beats kiss readings consent, hope", blind.spec(round.rules()));
        assertEquals(blind.rules(blind.spec(round.rules())).rules().withSeed(3), round.rules(),
                "the rules a notebook keeps read back as the same rules");
    }

    @Test
    void aModelWithTooFewStancesForARoundSaysSoPlainly() {
        Blind.Dealt dealt = blind.deal(blind.rules("beat 1 reading consent seed 1").rules());
        assertNull(dealt.round());
        assertEquals("Too few stances for a round: the beats and readings chosen have no quote with a stance on a "
                + "reading, and a round needs at least 3. Choose more beats or readings, or none to draw on them all.",
                dealt.problem());
        Blind.Dealt short_ = blind.deal(blind.rules("size 20 beat 1 seed 1").rules());
        assertTrue(short_.note().startsWith("A round of "), short_.note());
    }

    @Test
    void roundOptionsThatCannotBeReadSayWhatWouldWork() {
        assertEquals("A round holds 1 to 100 quotes; “0” is not one of those.", blind.rules("0").problem());
        assertTrue(blind.rules("quickly").problem().startsWith("“quickly” is not an option of a round. A round takes"));
        assertTrue(blind.rules("reading zebra").problem().startsWith("No reading “zebra”"));
        assertEquals("No beat 9: there are 4 beats.", blind.rules("beat 9").problem());
        assertTrue(blind.rules("seed x").problem().startsWith("A seed is a whole number"));
        Round.Rules rules = blind.rules("beats 1 3 readings hope consent speaker").rules();
        assertEquals(List.of(0, 2), rules.beats());
        assertEquals(List.of(1, 2), rules.readings());
        assertTrue(rules.speaker());
    }

    // ---- scoring

    /** The bundled model's quote with this id, by index. */
    private static int quote(String id) {
        return QUERIES.quoteIndex(id);
    }

    private static int reading(String id) {
        return QUERIES.readingIndex(id);
    }

    @Test
    void aReplyIsTheSameTheOtherWayBeyondTheWordsMissedOrBothNone() {
        // explainer-repay: gratitude supports, reclaimed-power challenges
        int repay = quote("explainer-repay");
        Map<Integer, Stance> stances = blind.stances(blind.rules("").rules(), repay);
        assertEquals(Map.of(reading("gratitude"), Stance.SUPPORTS, reading("reclaimed-power"), Stance.CHALLENGES), stances);
        assertEquals(Verdict.SAME, Verdict.of(new Round.Reply(repay, reading("gratitude"), Stance.SUPPORTS), stances));
        assertEquals(Verdict.OTHER_WAY, Verdict.of(new Round.Reply(repay, reading("reclaimed-power"), Stance.SUPPORTS), stances));
        assertEquals(Verdict.BEYOND, Verdict.of(new Round.Reply(repay, reading("hope"), Stance.SUPPORTS), stances));
        assertEquals(Verdict.MISSED, Verdict.of(Round.Reply.none(repay), stances));
        int gesture = quote("explainer-kind-gesture");
        assertEquals(Verdict.BOTH_NONE, Verdict.of(Round.Reply.none(gesture), blind.stances(blind.rules("").rules(), gesture)));
        // asked only about hope, the quote bears on no reading of the round
        assertEquals(Verdict.BOTH_NONE, Verdict.of(Round.Reply.none(repay), blind.stances(blind.rules("reading hope").rules(), repay)));
    }

    @Test
    void theTallyCountsAgreementByReadingByWayAndWhatWasReadBeyondTheWords() {
        int repay = quote("explainer-repay");
        int gesture = quote("explainer-kind-gesture");
        int hope = reading("hope");
        int gratitude = reading("gratitude");
        int power = reading("reclaimed-power");
        List<Round.Reply> replies = List.of(
                new Round.Reply(repay, gratitude, Stance.SUPPORTS),          // the same
                new Round.Reply(repay, power, Stance.SUPPORTS),              // the other way: the model challenges
                new Round.Reply(gesture, hope, Stance.SUPPORTS),             // beyond the words
                new Round.Reply(repay, hope, Stance.SUPPORTS),               // beyond the words
                Round.Reply.none(gesture),                                   // both none
                Round.Reply.none(repay));                                    // missed
        Round.Rules all = blind.rules("").rules();
        Tally tally = Tally.of(replies, blind.choices(all), q -> blind.stances(all, q));
        assertEquals(6, tally.answered());
        assertEquals(2, tally.agreed());
        assertEquals(1, tally.missed());
        assertEquals(List.of(new Tally.Lean(hope, 2)), tally.beyond());
        assertEquals(hope, tally.lean());
        assertEquals(List.of(
                new Tally.ByReading(power, 1, 0, 4),
                new Tally.ByReading(hope, 2, 0, 0),
                new Tally.ByReading(gratitude, 1, 1, 4)), tally.readings());
        assertEquals(List.of(new Tally.ByWay(Stance.SUPPORTS, 4, 1), new Tally.ByWay(null, 2, 1)), tally.ways());
        assertEquals(List.of(
                new Tally.Said(power, Stance.SUPPORTS, 1, 0, List.of(0, 0, 1), 0),
                new Tally.Said(hope, Stance.SUPPORTS, 2, 0, List.of(0, 0, 0), 2),
                new Tally.Said(gratitude, Stance.SUPPORTS, 1, 1, List.of(0, 0, 0), 0)), tally.said());
        assertEquals("You and the model agree on 2 of 6 quotes.", Words.agreement(tally));
        assertEquals("You read 2 quotes as supporting Hope; the model reads none of them so, and 2 as taking no "
                + "stance on it.", Words.said(tally.said().get(1), "Hope"));
        assertEquals("You read 1 quote as supporting Reclaimed power; the model reads none so, and 1 as challenging "
                + "it.", Words.said(tally.said().get(0), "Reclaimed power"));
        assertEquals("You read 4 quotes as supporting a reading; the model reads 1 of them so.",
                Words.byWay(tally.ways().get(0)));
        assertEquals("You read Hope into 2 quotes the model finds no stance on it in.",
                Words.beyond(tally.beyond().get(0), "Hope"));
        assertEquals("You named Gratitude for 1 quote, and the model reads it the same way; the model finds Gratitude "
                + "in 4 quotes of the round.", Words.byReading(tally.readings().get(2), "Gratitude"));
    }

    @Test
    void theReadingReadMostIntoTheWordsIsNoLeanWhenTwoTie() {
        Tally tie = new Tally(2, 0, List.of(), List.of(), List.of(), List.of(new Tally.Lean(1, 1), new Tally.Lean(2, 1)), 0);
        assertEquals(-1, tie.lean());
    }

    // ---- a round, step by step

    private Transition play(State s, Action... actions) {
        Transition t = Transition.to(s);
        for (Action a : actions) {
            t = navigator.update(t.state(), a);
        }
        return t;
    }

    @Test
    void aRoundAskedForWithoutASeedAsksTheEdgeForOne() {
        Transition t = navigator.update(navigator.start(), new Action.Test("5 reading hope"));
        assertEquals(List.of(new Effect.Shuffle("5 reading hope")), t.effects());
        assertEquals(navigator.start(), t.state());
        State dealt = navigator.update(t.state(), new Action.Test("5 reading hope", 77L)).state();
        assertEquals(View.TEST, dealt.view());
        assertEquals(77L, dealt.round().seed());
        assertEquals("A round of 5 quotes, seed 77.", dealt.status().text());
    }

    @Test
    void aReaderChoosesAReadingThenAWaySeesTheModelsAnswerAndAfterTheLastTheSummaryWhichTheNotebookKeeps() {
        State s = play(navigator.start(), new Action.Test("size 2 seed 5")).state();
        Round round = s.round();
        assertEquals(Round.Step.READING, round.step());
        s = play(s, new Action.OpenItem(3)).state();
        assertEquals(Round.Step.WAY, s.round().step());
        assertEquals(reading("hope"), s.round().reading());
        s = play(s, new Action.Back()).state();
        assertEquals(Round.Step.READING, s.round().step(), "back from the way is back to the readings");
        assertEquals(3, s.focus(), "the cursor on the reading chosen");
        s = play(s, new Action.Answer("hope co")).state();
        assertEquals(Round.Step.REVEAL, s.round().step());
        assertEquals(new Round.Reply(round.quotes().get(0), reading("hope"), Stance.COMPLICATES), s.round().replies().get(0));
        s = play(s, new Action.NextItem(), new Action.Answer("none")).state();
        assertEquals(Round.Reply.none(round.quotes().get(1)), s.round().replies().get(1));
        Transition last = play(s, new Action.Open());
        assertTrue(last.state().round().finished());
        List<Notebook.Taken> kept = last.state().notebook().rounds();
        assertEquals(List.of(new Notebook.Taken("size 2", 5, List.of(
                new Notebook.Given(QUERIES.quote(round.quotes().get(0)).id(), "hope", "complicates"),
                new Notebook.Given(QUERIES.quote(round.quotes().get(1)).id(), null, null)))), kept);
        assertEquals(List.of(new Effect.Save(last.state().notebook())), last.effects());
    }

    @Test
    void typedAnswersNameAReadingByNumberOrNameAndAWayByItsBeginning() {
        State s = play(navigator.start(), new Action.Test("seed 9")).state();
        assertEquals(new Round.Reply(s.round().quote(), reading("consent"), Stance.CHALLENGES),
                play(s, new Action.Answer("2 3")).state().round().replies().get(0));
        assertEquals(new Round.Reply(s.round().quote(), reading("survival"), Stance.SUPPORTS),
                play(s, new Action.Answer("ani will be fine s")).state().round().replies().get(0));
        assertEquals(Round.Step.WAY, play(s, new Action.Answer("hope")).state().round().step());
        assertEquals(new Round.Reply(s.round().quote(), reading("hope"), Stance.CHALLENGES),
                play(s, new Action.Answer("hope"), new Action.Answer("challenging")).state().round().replies().get(0));
        assertEquals("“c” could be complicates or challenges: type co or ch.",
                play(s, new Action.Answer("hope c")).state().status().text());
        assertEquals("No choice 12: the choices are 0, none, to 9.",
                play(s, new Action.Answer("12")).state().status().text());
        assertTrue(play(s, new Action.Answer("")).state().status().error());
        State onlyHope = play(navigator.start(), new Action.Test("reading hope, consent seed 9")).state();
        assertEquals("Reclaimed power is not a reading of this round.",
                play(onlyHope, new Action.Answer("reclaimed s")).state().status().text());
        assertEquals(reading("hope"), play(onlyHope, new Action.OpenItem(2)).state().round().reading(),
                "the choices are numbered in the round's own list");
    }

    @Test
    void leavingARoundBeforeItsEndDropsItButHelpDoesNot() {
        State s = play(navigator.start(), new Action.Test("seed 1"), new Action.OpenItem(0), new Action.NextItem()).state();
        State help = play(s, new Action.Show(View.HELP)).state();
        assertEquals(s.round(), help.round());
        assertEquals(View.TEST, play(help, new Action.Back()).state().view());
        State left = play(s, new Action.Back()).state();
        assertNull(left.round());
        assertEquals(View.BEAT, left.view());
        assertEquals("You left the round at quote 2 of 10; test deals another.", left.status().text());
        assertFalse(left.history().stream().anyMatch(v -> v.view() == View.TEST));
    }

    @Test
    void aReadOnlyNotebookKeepsNoRound() {
        Notebook theirs = new Notebook(navigator.start().notebook().model(), Map.of(), Map.of(), Map.of(), null, false);
        State s = play(navigator.resume(theirs, true), new Action.Test("size 1 seed 1"), new Action.OpenItem(0)).state();
        Transition done = play(s, new Action.NextItem());
        assertTrue(done.state().round().finished());
        assertEquals(List.of(), done.state().notebook().rounds());
        assertEquals(List.of(), done.effects());
    }

    // ---- against your lean

    @Test
    void theQuotesAgainstAReadingComeStrongestFirst() {
        List<Integer> against = QUERIES.against(reading("hope"));
        // hand-checked against data/anora.json: the four-reading remark, then the three-reading ones,
        // direct quotations in the model's order before the paraphrase; none challenges hope
        assertEquals(List.of("cinema-face-never-seen", "baker-consent-line", "baker-devastating-place",
                "cinema-consent-control", "baker-devastating-paraphrase"), ids(against));
        String hope = "hope";
        for (int i = 1; i < against.size(); i++) {
            Quote a = QUERIES.quote(against.get(i - 1));
            Quote b = QUERIES.quote(against.get(i));
            int directness = Boolean.compare(b.stanceOn(hope) == Stance.CHALLENGES, a.stanceOn(hope) == Stance.CHALLENGES);
            assertTrue(directness < 0 || directness == 0 && (a.stances().size() > b.stances().size()
                    || a.stances().size() == b.stances().size() && a.voice().compareTo(b.voice()) <= 0),
                    a.id() + " before " + b.id());
        }
        for (int q = 0; q < QUERIES.model().quotes().size(); q++) {
            Stance s = QUERIES.quote(q).stanceOn(hope);
            assertEquals(s == Stance.COMPLICATES || s == Stance.CHALLENGES, against.contains(q), QUERIES.quote(q).id());
        }
        assertTrue(QUERIES.against(reading("reclaimed-power")).stream()
                .map(q -> QUERIES.quote(q).voice()).anyMatch(v -> v != Voice.DIRECT));
    }

    @Test
    void challengeMeTakesTheReadingNamedElseTheCredenceElseTheLastRoundElseTheLens() {
        State start = navigator.start();
        State named = play(start, new Action.Challenge("hope")).state();
        assertEquals(View.AGAINST, named.view());
        assertEquals(reading("hope"), named.subject());
        State lens = play(start, new Action.Challenge("")).state();
        assertEquals(start.reading(), lens.subject());
        assertTrue(lens.status().text().contains("the reading you are reading through"), lens.status().text());
        State credence = play(start, new Action.Credence("despair 60"), new Action.Challenge("")).state();
        assertEquals(reading("despair"), credence.subject());
        assertTrue(credence.status().text().contains("60 of 100 points at The ring returned"), credence.status().text());
        // a round read into the words: hope twice, consent once
        State round = play(start, new Action.Test("size 3 seed 1"),
                new Action.Answer("hope s"), new Action.NextItem(),
                new Action.Answer("hope s"), new Action.NextItem(),
                new Action.Answer("consent s"), new Action.NextItem()).state();
        assertTrue(round.round().finished());
        Tally tally = blind.tally(round.round());
        State fromRound = play(round, new Action.Challenge("")).state();
        assertEquals(tally.lean() >= 0 ? tally.lean() : round.reading(), fromRound.subject());
        State opened = play(named, new Action.OpenItem(1)).state();
        assertEquals(View.QUOTE, opened.view());
        assertEquals(QUERIES.against(reading("hope")).get(0), opened.quote());
        assertEquals(View.AGAINST, play(opened, new Action.Back()).state().view());
    }
}
