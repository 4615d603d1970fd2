package org.endings.model;

import static org.endings.model.ModelBuilder.withText;
import static org.endings.model.Problem.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceCheckTest {
    private static final String EXPLAINER = """
            What Happens at the End of Anora?

            Baker told IndieWire that the ending was designed to allow different interpretations.
            "It's about her regaining the power she lost," he said. "She's saying, 'No, I’m in control
            of this moment.'"

            On the Script Apart podcast, Baker said the epilogue he never shot "was hopeful. There is hope
            there." Ani's gesture reads as an attempt to repay Igor for his kindness.
            """;
    private static final String CINEMA_GROUP = """
            Sean Baker Reflects on Crafting the Profound Ending of 'Anora'
            Baker said the scene allows different readings: "I control this moment," in his words.
            "We know Ani will be fine."
            """;
    private static final Map<String, String> TEXTS = texts("000_explainer.txt", EXPLAINER,
            "001_cinema_group.txt", CINEMA_GROUP);

    private static Map<String, String> texts(String name, String text, String otherName, String otherText) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(name, text);
        texts.put(otherName, otherText);
        return texts;
    }

    @Test
    void quotesFoundWordForWordPass() {
        assertEquals(List.of(), SourceCheck.check(new ModelBuilder().build(), TEXTS));
    }

    @Test
    void articleTitleWithOtherCapitalsIsAnErrorAtTheTitleThatShowsItAsPrinted() {
        ModelBuilder model = new ModelBuilder().source(0, s -> new Source(s.id(), s.kind(), s.outlet(),
                "What happens at the end of Anora", s.date(), s.reportedBy()));
        assertEquals(List.of(error("/sources/0/title", "source \"explainer\" is an article whose title is not verbatim "
                + "in any source; closest passage (000_explainer.txt): “What Happens at the End of Anora?”")),
                SourceCheck.check(model.build(), TEXTS));
    }

    @Test
    void interviewsAndPodcastsKnownThroughAnArticleAreDescribedNotTitledSoTheirTitlesAreNotLookedFor() {
        ModelBuilder model = new ModelBuilder();
        assertTrue(TEXTS.values().stream().noneMatch(text -> text.contains(model.sources.get(2).title())
                || text.contains(model.sources.get(3).title())));
        assertEquals(List.of(), SourceCheck.check(model.build(), TEXTS));
    }

    @Test
    void quoteBrokenAcrossLinesInTheArticlePasses() {
        // "No, I’m in control\nof this moment." in the article; one space in the quote
        ModelBuilder model = new ModelBuilder().quote(0, q -> withText(q, "No, I’m in control of this moment."));
        assertEquals(List.of(), SourceCheck.check(model.build(), TEXTS));
    }

    @Test
    void quoteWithItsOwnExtraWhitespacePasses() {
        ModelBuilder model = new ModelBuilder().quote(2, q -> withText(q, "  was hopeful.\tThere is\n  hope there. "));
        assertEquals(List.of(), SourceCheck.check(model.build(), TEXTS));
    }

    @Test
    void noBreakSpaceInTheArticleCountsAsWhitespace() {
        ModelBuilder model = new ModelBuilder().quote(3, q -> withText(q, "to repay Igor"));
        String article = EXPLAINER.replace("repay Igor", "repay\u00A0Igor");
        assertEquals(List.of(), SourceCheck.check(model.build(), texts("000_explainer.txt", article,
                "001_cinema_group.txt", CINEMA_GROUP)));
    }

    @Test
    void straightApostropheForACurlyOneIsAMisquoteThatShowsThePassage() {
        ModelBuilder model = new ModelBuilder().quote(0, q -> withText(q, "No, I'm in control of this moment."));
        assertEquals(List.of(error("/quotes/0/text", "quote \"control\" is not verbatim in any source; "
                + "closest passage (000_explainer.txt): “'No, I’m in control of this moment.'\"”")),
                SourceCheck.check(model.build(), TEXTS));
    }

    @Test
    void changedWordIsAMisquoteThatShowsThePassageFromTheRightFile() {
        ModelBuilder model = new ModelBuilder().quote(1, q -> withText(q, "I control the moment"));
        assertEquals(List.of(error("/quotes/1/text", "quote \"control-2\" is not verbatim in any source; "
                + "closest passage (001_cinema_group.txt): “\"I control this moment,\"”")),
                SourceCheck.check(model.build(), TEXTS));
    }

    @Test
    void quoteFromNowhereIsAMisquoteWithSomePassage() {
        ModelBuilder model = new ModelBuilder().quote(3, q -> withText(q, "zebras dream quietly tonight"));
        assertEquals(List.of(error("/quotes/3/text", "quote \"repay\" is not verbatim in any source; "
                + "closest passage (000_explainer.txt): “What Happens at the”")),
                SourceCheck.check(model.build(), TEXTS));
    }

    @Test
    void everyMisquoteIsReportedInQuoteOrder() {
        ModelBuilder model = new ModelBuilder()
                .quote(0, q -> withText(q, "No, I'm in control of this moment."))
                .quote(3, q -> withText(q, "to repay Igor for his kindness!"));
        List<Problem> problems = SourceCheck.check(model.build(), TEXTS);
        assertEquals(List.of("/quotes/0/text", "/quotes/3/text"), problems.stream().map(Problem::pointer).toList());
        assertEquals("quote \"repay\" is not verbatim in any source; "
                + "closest passage (000_explainer.txt): “to repay Igor for his kindness.”", problems.get(1).message());
    }

    @Test
    void longPassageIsCutToAboutAScreenLineAroundTheDifference() {
        StringBuilder article = new StringBuilder();
        StringBuilder quote = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            article.append("word").append(i).append(' ');
            quote.append("word").append(i).append(' ');
        }
        article.append("’twas the end.");
        quote.append("'twas the end.");
        ModelBuilder model = new ModelBuilder().quote(3, q -> withText(q, quote.toString()));
        List<Problem> problems = SourceCheck.check(model.build(), Map.of("long.txt", article.toString()));
        String message = problems.stream().filter(p -> p.pointer().equals("/quotes/3/text")).findFirst()
                .orElseThrow().message();
        assertTrue(message.startsWith("quote \"repay\" is not verbatim in any source; closest passage (long.txt): “"),
                message);
        String passage = message.substring(message.indexOf('“') + 1, message.lastIndexOf('”'));
        assertTrue(passage.startsWith("…word"), passage);
        assertTrue(passage.endsWith("word39 ’twas the end."), passage);
        assertTrue(passage.length() <= SourceCheck.PASSAGE_CHARS + 2, passage);
    }

    @Test
    void withoutSourceTextsEveryQuoteAndArticleTitleIsUnfound() {
        List<Problem> problems = SourceCheck.check(new ModelBuilder().build(), Map.of());
        assertEquals(6, problems.size());
        assertEquals(error("/sources/0/title", "source \"explainer\" is an article whose title is not verbatim in "
                + "any source; there is no source text to compare it with"), problems.get(0));
        assertEquals(error("/quotes/0/text", "quote \"control\" is not verbatim in any source; "
                + "there is no source text to compare it with"), problems.get(2));
    }

    @Test
    void aThirdOfAHundredQuotesMisquotedAreEachFoundAgainstTwoArticles() {
        String first = article(1, 10_000);
        String second = article(2, 10_000);
        List<Quote> quotes = new ArrayList<>();
        for (int q = 0; q < 100; q++) {
            String text = (q % 2 == 0 ? first : second).substring(q * 90, q * 90 + 80).trim();
            if (q % 3 == 0) {
                text = text.replace('e', 'é'); // a misquote, to be matched to its passage
            }
            quotes.add(new Quote("q" + q, text, Voice.EDITORIAL, null, "explainer", List.of("kiss"), Map.of(), null));
        }
        ModelBuilder small = new ModelBuilder();
        Model model = new Model(Model.FORMAT, small.work, small.scene, small.people, small.sources, small.beats,
                small.readings, quotes);
        Map<String, String> texts = texts("a.txt", first, "b.txt", second);
        // the titles as printed, so that only the misquotes are counted
        texts.put("titles.txt", EXPLAINER + CINEMA_GROUP);
        assertEquals(34, SourceCheck.check(model, texts).size());
    }

    /** About {@code length} characters of prose, different for each seed. */
    private static String article(int seed, int length) {
        String[] words = {"the", "ending", "Ani", "Igor", "snow", "car", "ring", "kiss", "tears", "hope",
            "power", "moment", "control", "she", "he", "and", "of", "a", "quiet", "finally"};
        StringBuilder text = new StringBuilder();
        long state = seed;
        while (text.length() < length) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            text.append(words[(int) ((state >>> 33) % words.length)]).append((state & 7) == 0 ? ".\n" : " ");
        }
        return text.toString();
    }
}
