package org.endings.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How pages sound, on a small model whose every line fits in a test. */
class TextPrinterTest {
    private static List<String> after(String... typed) {
        TextSession session = new TextSession(Fixtures.small(), TextOptions.plain());
        String last = session.opening();
        for (String line : typed) {
            last = session.handle(line).text();
        }
        return last.lines().toList();
    }

    @Test
    void aBeatPageSaysWhereThenWhatHappensThenTheReadingThenHowManyQuotes() {
        assertEquals(List.of(
                "Beat 2 of 3, The kiss.",
                "What happens: Ani kisses Igor, then stops.",
                "Read as Regaining power: She decides.",
                "Bearing on Regaining power here: 2 support, 1 complicates.",
                "3 quotes."), after("2"));
    }

    @Test
    void quotesSayTheirNumberFirstThenWhoWhereAndWhichWayBeforeTheWords() {
        assertEquals(List.of(
                "Beat 2 of 3, The kiss.",
                "3 quotes.",
                "1. Sean Baker, writer-director, IndieWire interview, as reported by "
                        + "“What happens at the end”. Supports Regaining power. Contested. "
                        + "“I'm in control of this moment.”",
                "2. Sean Baker, writer-director, “What happens at the end”. "
                        + "Supports Regaining power. “I control this moment.”",
                "3. The article’s own reading, “What happens at the end”. "
                        + "Complicates Regaining power. Article: to repay Igor"), after("2", "quotes"));
    }

    @Test
    void anOpenQuoteSaysWhoSaidItAndWhereOnceUnderWhoAndSource() {
        assertEquals(List.of(
                "Quote 2 of 3. Supports Regaining power.",
                "“I control this moment.”",
                "Who: Sean Baker, writer-director. A direct quotation.",
                "Source: Article “What happens at the end”, 12 March 2025.",
                "Bears on: Beat: The kiss. Readings: supports Regaining power.",
                "Another wording: “I'm in control of this moment.”",
                "From IndieWire interview, November 2024, as reported by “What happens at the end”, 12 March 2025."),
                after("2", "quote 2"));
    }

    @Test
    void downReadsOnlyTheQuoteNowInFocus() {
        List<String> lines = after("1", "down");
        assertEquals(2, lines.size());
        assertEquals("Beat 1 of 3, The ring.", lines.get(0));
        assertTrue(lines.get(1).startsWith("Quote 2 of 2. Paraphrase of Mikey Madison, actor, in the article’s words: "),
                lines.get(1));
    }

    @Test
    void theMatrixSaysTheCellThenOneSentencePerBeatWithoutZerosAndNoQuotesForAnEmptyBeat() {
        assertEquals(List.of(
                "Matrix. Beat 1 of 3, reading 1 of 2.",
                "Each cell counts the quotes that support, complicate and challenge a reading at a beat.",
                "The ring, read as Regaining power: none support, 1 complicates, none challenge.",
                "Beat 1, The ring: Regaining power, 1 complicates.",
                "Beat 2, The kiss: Regaining power, 2 support, 1 complicates; Hope, 1 challenges.",
                "Beat 3, The tears: no quotes."), after("matrix"));
    }

    @Test
    void downInTheMatrixReadsTheCellThenTheNewBeatsRow() {
        assertEquals(List.of(
                "Matrix. Beat 3 of 3, reading 1 of 2.",
                "The tears, read as Regaining power: none support, none complicate, none challenge.",
                "Beat 3, The tears: no quotes."), after("matrix", "down", "down"));
    }

    @Test
    void anotherReadingInTheMatrixReadsOnlyTheCellEvenAnEmptyOne() {
        assertEquals(List.of(
                "Matrix. Beat 1 of 3, reading 2 of 2.",
                "The ring, read as Hope: none support, none complicate, none challenge."),
                after("matrix", "reading next"));
    }

    @Test
    void compareReadsOneReadingThenTheOtherEachLabelled() {
        assertEquals(List.of(
                "Compare Hope and Regaining power. Beat 3 of 3, The tears.",
                "Hope: Ani and Igor see each other.",
                "At this beat: no gloss.",
                "No quotes.",
                "Regaining power: Ani takes back her power.",
                "At this beat: It costs her.",
                "No quotes."), after("3", "compare hope regaining"));
    }

    @Test
    void aBeatWithoutQuotesSaysSoAndOpenSaysThereIsNothingToOpen() {
        assertEquals(List.of("No quote here bears on Regaining power.", "No quotes."), after("3").subList(3, 5));
        assertEquals(List.of("No quote to open here."), after("3", "open"));
    }

    @Test
    void theWalkReadsTheReadingThroughEveryBeat() {
        assertEquals(List.of(
                "Reading walk. Reading 1 of 2: Regaining power.",
                "Ani takes back her power.",
                "Beat 1 of 3: The ring. Given back what was taken. 1 quote.",
                "Beat 2 of 3: The kiss. She decides. 3 quotes.",
                "Beat 3 of 3: The tears. It costs her. No quotes."), after("walk"));
    }

    @Test
    void theReadingsListNamesItselfMarksTheLensAndSaysItsSize() {
        assertEquals(List.of(
                "Readings. 2 readings; the lens is Regaining power.",
                "1. Regaining power (the lens). Ani takes back her power.",
                "2. Hope. Ani and Igor see each other."), after("readings"));
    }

    @Test
    void theBeatsListSaysItsSizeFirst() {
        assertEquals(List.of(
                "3 beats; you are on beat 1.",
                "1. The ring.",
                "2. The kiss.",
                "3. The tears."), after("beats"));
    }

    @Test
    void goingToTheBeatYouAreOnSaysWhereYouAre() {
        assertEquals(List.of("Beat 1 of 3, The ring."), after("1"));
    }
}
