package org.endings.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.endings.model.Model;
import org.endings.model.Quote;
import org.endings.model.Stance;
import org.endings.model.Voice;
import org.junit.jupiter.api.Test;

class QueriesTest {
    private final Queries queries = new Queries(SmallModel.model());

    private List<String> ids(List<Integer> quotes) {
        return quotes.stream().map(q -> queries.quote(q).id()).toList();
    }

    @Test
    void quotesForABeatUnderAReadingPutSupportFirst() {
        assertEquals(List.of("q1", "q5", "q2"), ids(queries.quotesFor(0, 0)));
        assertEquals(List.of("q2", "q6", "q1"), ids(queries.quotesFor(0, 1)));
        assertEquals(List.of(), ids(queries.quotesFor(2, 0)));
    }

    @Test
    void aWholeSceneQuoteThatBearsOnNoReadingIsOnEveryBeatPageAndOneThatBearsOnSomeOnlyUnderThem() {
        Model m = SmallModel.model();
        List<Quote> quotes = new ArrayList<>(m.quotes());
        quotes.add(new Quote("q7", "We shot it all in one night.", Voice.DIRECT, "bo", "article",
                List.of("ring", "kiss", "end"), Map.of(), null));
        Queries more = new Queries(new Model(m.format(), m.work(), m.scene(), m.people(), m.sources(), m.beats(),
                m.readings(), quotes));
        for (int beat = 0; beat < 3; beat++) {
            for (int reading = 0; reading < 3; reading++) {
                List<String> page = more.beatPageQuotes(beat, reading).stream().map(q -> more.quote(q).id()).toList();
                assertTrue(page.contains("q7"), "beat " + beat + ", reading " + reading + ": " + page);
                assertEquals(reading == 1, page.contains("q6"), "beat " + beat + ", reading " + reading + ": " + page);
            }
        }
    }

    @Test
    void stanceCountsPerBeatAndReading() {
        assertEquals(2, queries.count(0, 0, Stance.SUPPORTS));
        assertEquals(1, queries.count(0, 0, Stance.CHALLENGES));
        assertEquals(1, queries.count(1, 1, Stance.COMPLICATES));
    }

    @Test
    void aQuoteThatSupportsOneReadingAndChallengesAnotherIsContested() {
        assertTrue(queries.isContested(queries.quoteIndex("q1")));
        assertTrue(queries.isContested(queries.quoteIndex("q2")));
        assertFalse(queries.isContested(queries.quoteIndex("q3")));
        assertFalse(queries.isContested(queries.quoteIndex("q5")));
    }

    @Test
    void variantsAreFoundFromEitherWording() {
        assertEquals(List.of("q5"), ids(queries.variantsOf(queries.quoteIndex("q1"))));
        assertEquals(List.of("q1"), ids(queries.variantsOf(queries.quoteIndex("q5"))));
        assertEquals(List.of(), ids(queries.variantsOf(queries.quoteIndex("q3"))));
    }

    @Test
    void searchFindsWordsFromTheirStartNotInsideOtherWords() {
        assertEquals(4, Queries.find("the ring", "ring"));
        assertEquals(4, Queries.find("the rings", "ring"));
        assertEquals(-1, Queries.find("an offering", "ring"));
        assertEquals(12, Queries.find("an offering ring", "ring"));
        assertEquals(2, Queries.find("a “quote”", "“quote"), "a needle starting with a mark may start anywhere");
        assertEquals(1, Queries.find("大雪の夜", "雪"), "Japanese has no spaces between words");
        assertEquals(2, Queries.find("ในรถ", "รถ"), "nor has Thai");
        assertEquals(List.of(), queries.search("ontrol"), "inside “control”");
        assertEquals(queries.search("control").size(), queries.search("contr").size(), "the start of a word");
    }

    @Test
    void searchIgnoresCaseAndTypographicApostrophes() {
        List<Match> matches = queries.search("I'M IN CONTROL");
        assertEquals(1, matches.size());
        assertEquals(Match.Kind.QUOTE, matches.get(0).kind());
        assertEquals("q1", queries.quote(matches.get(0).quote()).id());
    }

    @Test
    void searchFindsBeatsReadingsGlossesAndSpeakers() {
        assertEquals(List.of(Match.Kind.BEAT), queries.search("cut to black").stream().map(Match::kind).toList());
        assertEquals(List.of(Match.Kind.READING), queries.search("something begins").stream().map(Match::kind).toList());
        assertEquals(List.of(Match.Kind.QUOTE, Match.Kind.QUOTE, Match.Kind.QUOTE, Match.Kind.PERSON),
                queries.search("ann director").stream().map(Match::kind).toList(), "every quote Ann speaks, then Ann");
        assertEquals(List.of(), queries.search("   "));
    }

    @Test
    void aQueryNeverMatchesAcrossTwoFieldsOfOneItem() {
        assertEquals(List.of(), queries.search("the ring she gets"), "a beat's title and summary");
        assertEquals(List.of(), queries.search("power she takes"), "a reading's title and thesis");
        assertEquals(List.of(), queries.search("moment. ann"), "a quote's words and its speaker");
        assertEquals(1, queries.search("She gets the ring back").size());
    }

    @Test
    void aLongMatchIsShownAsASnippetAroundTheWord() {
        String text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen";
        assertEquals("…nine ten eleven twelve thirteen fourteen fifteen sixteen",
                Queries.snippet(text, "thirteen"));
    }

    @Test
    void theWalkFollowsTheBeatsInFilmOrder() {
        assertEquals(List.of(0, 0, 0, 1, 1, 1, 2), queries.walk(1).stream().map(Queries.WalkItem::beat).toList());
        assertEquals(3, queries.walkStart(1, 1));
        assertEquals(7, queries.walkStart(1, 3));
    }

    @Test
    void sourcesKnowWhoSpeaksInThem() {
        assertEquals(List.of("", "bo", "ann"), queries.speakersIn(0));
        assertEquals(List.of("ann"), queries.speakersIn(1));
    }

    /** The search's index is made ahead (by the rehearsals) for a model the bundled one's size, never for a big one. */
    @Test
    void theSearchIndexIsSmallForTheBundledModelAndNotForBenchsBigOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        assertTrue(new Queries(org.endings.model.ModelLoader.loadBundled().model()).searchIndexIsSmall());
        java.nio.file.Path big = dir.resolve("big.json");
        org.endings.bench.ModelGenerator.write(big, 40, 3, 2_001, 7);
        assertFalse(new Queries(org.endings.model.ModelLoader.load(big).model()).searchIndexIsSmall(), "2,001 quotes");
        org.endings.bench.ModelGenerator.write(big, 40, 3, 2_000, 7);
        assertTrue(new Queries(org.endings.model.ModelLoader.load(big).model()).searchIndexIsSmall(), "2,000 quotes");
    }
}
