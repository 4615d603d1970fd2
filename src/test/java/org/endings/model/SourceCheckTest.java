package org.endings.model;

import static org.endings.model.ModelBuilder.withText;
import static org.endings.model.Problem.error;
import static org.endings.model.Problem.warning;
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
    private static final Map<String, String> TEXTS = texts("explainer.txt", EXPLAINER,
            "cinema-group.txt", CINEMA_GROUP);

    private static Map<String, String> texts(String name, String text, String otherName, String otherText) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(name, text);
        texts.put(otherName, otherText);
        return texts;
    }

    private static List<Problem> problems(ModelBuilder model, Map<String, String> texts) {
        return SourceCheck.check(model.build(), texts).problems();
    }

    /** The message of the one problem at {@code pointer}. */
    private static String messageAt(List<Problem> problems, String pointer) {
        List<Problem> at = problems.stream().filter(p -> p.pointer().equals(pointer)).toList();
        assertEquals(1, at.size(), problems.toString());
        return at.get(0).message();
    }

    @Test
    void quotesFoundWordForWordPass() {
        SourceCheck.Result result = SourceCheck.check(new ModelBuilder().build(), TEXTS);
        assertEquals(List.of(), result.problems());
        assertEquals(6, result.checked(), "4 quotes and 2 article titles");
        assertEquals(0, result.unchecked());
    }

    @Test
    void articleTitleWithOtherCapitalsIsAnErrorAtTheTitleThatShowsItAsPrintedAndEachDifference() {
        ModelBuilder model = new ModelBuilder().source(0, s -> new Source(s.id(), s.kind(), s.outlet(),
                "What happens at the end of Anora", s.date(), s.reportedBy()));
        assertEquals(List.of(error("/sources/0/title", "source \"explainer\" is an article whose title is not verbatim "
                + "in explainer.txt; the closest passage is “What Happens at the End of Anora?”: "
                + "the title says [happens] where the source says [Happens] (small letter h for capital letter h); "
                + "it says [end] where the source says [End] (small letter e for capital letter e)")),
                problems(model, TEXTS));
    }

    @Test
    void interviewsAndPodcastsKnownThroughAnArticleAreDescribedNotTitledSoTheirTitlesAreNotLookedFor() {
        ModelBuilder model = new ModelBuilder();
        assertTrue(TEXTS.values().stream().noneMatch(text -> text.contains(model.sources.get(2).title())
                || text.contains(model.sources.get(3).title())));
        assertEquals(List.of(), problems(model, TEXTS));
    }

    @Test
    void quoteBrokenAcrossLinesInTheArticlePasses() {
        // "No, I’m in control\nof this moment." in the article; one space in the quote
        ModelBuilder model = new ModelBuilder().quote(0, q -> withText(q, "No, I’m in control of this moment."));
        assertEquals(List.of(), problems(model, TEXTS));
    }

    @Test
    void quoteWithItsOwnExtraWhitespacePasses() {
        ModelBuilder model = new ModelBuilder().quote(2, q -> withText(q, "  was hopeful.\tThere is\n  hope there. "));
        assertEquals(List.of(), problems(model, TEXTS));
    }

    @Test
    void noBreakSpaceInTheArticleCountsAsWhitespace() {
        ModelBuilder model = new ModelBuilder().quote(3, q -> withText(q, "to repay Igor"));
        String article = EXPLAINER.replace("repay Igor", "repay\u00A0Igor");
        assertEquals(List.of(), problems(model, texts("explainer.txt", article, "cinema-group.txt", CINEMA_GROUP)));
    }

    @Test
    void aQuoteIsLookedForInItsOwnSourcesTextNotInAnother() {
        // the Cinema Group's words, given to the explainer: in the folder, but not in the explainer's text
        ModelBuilder model = new ModelBuilder().quote(3, q -> withText(q, "We know Ani will be fine."));
        assertEquals(List.of(error("/quotes/3/text", "quote \"repay\" is not verbatim in explainer.txt; "
                + "it has none of its words")), problems(model, TEXTS));
    }

    @Test
    void anInterviewsQuoteIsFoundInTheArticleThatReportsIt() {
        // "control" is from the IndieWire interview, reported by the explainer, and has no text of its own
        SourceCheck.Result result = SourceCheck.check(new ModelBuilder().build(), Map.of("explainer.txt", EXPLAINER));
        assertEquals(List.of("/sources/1"), result.problems().stream().map(Problem::pointer).toList());
        assertEquals(4, result.checked(), "the explainer's title and its 3 quotes, its own and its interviews'");
        assertEquals(2, result.unchecked());
    }

    @Test
    void anInterviewWithATranscriptOfItsOwnIsFoundThereOrInTheArticleThatReportsIt() {
        ModelBuilder model = new ModelBuilder()
                .quote(0, q -> withText(q, "The whole answer, as it was said."));
        Map<String, String> texts = new LinkedHashMap<>(TEXTS);
        texts.put("indiewire.txt", "Q: And the ending? A: The whole answer, as it was said.");
        assertEquals(List.of(), problems(model, texts));
        model.quote(0, q -> withText(q, "No, I’m in control of this moment."));
        assertEquals(List.of(), problems(model, texts), "still found in the article that reports it");
        model.quote(0, q -> withText(q, "The whole answer, as it was sad."));
        assertEquals("quote \"control\" is not verbatim in indiewire.txt or explainer.txt; the closest passage "
                + "(indiewire.txt) is “The whole answer, as it was said.”: the quote says [sad.] where the source says [said.]",
                messageAt(problems(model, texts), "/quotes/0/text"));
    }

    @Test
    void aSourceWithNoTextIsOneWarningAtTheSourceThatReportsTheRest() {
        SourceCheck.Result result = SourceCheck.check(new ModelBuilder().build(), Map.of("cinema-group.txt", CINEMA_GROUP));
        assertEquals(List.of(warning("/sources/0", "source \"explainer\" has no text to be checked against "
                + "(no file \"explainer.txt\"), so its title and 3 quotes from it and the sources it reports are not checked")),
                result.problems());
        assertEquals(2, result.checked());
        assertEquals(4, result.unchecked());
    }

    @Test
    void aTextNamedAfterNoSourceIsAWarningThatSaysWhatToCallIt() {
        Map<String, String> texts = texts("Explainer.txt", EXPLAINER, "notes.txt", "my notes");
        texts.put("cinema-group.txt", CINEMA_GROUP);
        assertEquals(List.of(
                warning("/sources", "the source text \"Explainer.txt\" is named after no source, so nothing is checked "
                        + "against it: did you mean \"explainer.txt\"?"),
                warning("/sources", "the source text \"notes.txt\" is named after no source, so nothing is checked "
                        + "against it: name each text after the id of the source it holds (explainer.txt)"),
                warning("/sources/0", "source \"explainer\" has no text to be checked against (no file \"explainer.txt\"), "
                        + "so its title and 3 quotes from it and the sources it reports are not checked")),
                problems(new ModelBuilder(), texts));
    }

    @Test
    void withoutSourceTextsNothingIsCheckedAndEachArticleSaysSoOnce() {
        SourceCheck.Result result = SourceCheck.check(new ModelBuilder().build(), Map.of());
        assertEquals(List.of("/sources/0", "/sources/1"), result.problems().stream().map(Problem::pointer).toList());
        assertTrue(result.problems().stream().noneMatch(Problem::isError));
        assertEquals("source \"cinema-group\" has no text to be checked against (no file \"cinema-group.txt\"), "
                + "so its title and 1 quote are not checked", result.problems().get(1).message());
        assertEquals(0, result.checked());
        assertEquals(6, result.unchecked());
    }

    @Test
    void straightApostropheForACurlyOneIsAMisquoteThatNamesBothCharacters() {
        ModelBuilder model = new ModelBuilder().quote(0, q -> withText(q, "No, I'm in control of this moment."));
        assertEquals(List.of(error("/quotes/0/text", "quote \"control\" is not verbatim in explainer.txt; "
                + "the closest passage is “'No, I’m in control of this moment.'\"”: the quote says [I'm] where the "
                + "source says [I’m] (apostrophe for right single quotation mark)")),
                problems(model, TEXTS));
    }

    @Test
    void changedWordIsAMisquoteThatShowsTheWordAndTheOneThePassageHas() {
        ModelBuilder model = new ModelBuilder().quote(1, q -> withText(q, "I control the moment"));
        assertEquals(List.of(error("/quotes/1/text", "quote \"control-2\" is not verbatim in cinema-group.txt; "
                + "the closest passage is “\"I control this moment,\"”: the quote says [the] where the source says [this]")),
                problems(model, TEXTS));
    }

    @Test
    void aWordAddedAndAWordLeftOutAreEachSaidWithTheWordBefore() {
        ModelBuilder model = new ModelBuilder().quote(3, q -> withText(q, "an attempt to repay Igor for all his kindness."));
        assertEquals("quote \"repay\" is not verbatim in explainer.txt; the closest passage is “an attempt to repay "
                + "Igor for his kindness.”: the quote adds [all] after [for]",
                messageAt(problems(model, TEXTS), "/quotes/3/text"));
        model.quote(3, q -> withText(q, "reads as an attempt to repay for his kindness."));
        assertEquals("quote \"repay\" is not verbatim in explainer.txt; the closest passage is “reads as an attempt "
                + "to repay Igor for his kindness.”: the quote leaves out [Igor] after [repay]",
                messageAt(problems(model, TEXTS), "/quotes/3/text"));
    }

    @Test
    void manyDifferencesAreCountedAfterTheFirstThree() {
        ModelBuilder model = new ModelBuilder().quote(3, q -> withText(q,
                "Ani's gesture is read as an effort to pay Igor back for all his kindness!"));
        assertEquals("quote \"repay\" is not verbatim in explainer.txt; the closest passage is “Ani's gesture reads as "
                + "an attempt to repay Igor for his kindness.”: the quote says [is read] where the source says [reads]; "
                + "it says [effort] where the source says [attempt]; it says [pay] where the source says [repay]; "
                + "and 3 more differences", messageAt(problems(model, TEXTS), "/quotes/3/text"));
    }

    @Test
    void quoteFromNowhereSaysItsSourceHasNoneOfItsWords() {
        ModelBuilder model = new ModelBuilder().quote(3, q -> withText(q, "zebras dream quietly tonight"));
        assertEquals(List.of(error("/quotes/3/text", "quote \"repay\" is not verbatim in explainer.txt; "
                + "it has none of its words")), problems(model, TEXTS));
    }

    @Test
    void everyMisquoteIsReportedInQuoteOrder() {
        ModelBuilder model = new ModelBuilder()
                .quote(0, q -> withText(q, "No, I'm in control of this moment."))
                .quote(3, q -> withText(q, "to repay Igor for his kindness!"));
        List<Problem> problems = problems(model, TEXTS);
        assertEquals(List.of("/quotes/0/text", "/quotes/3/text"), problems.stream().map(Problem::pointer).toList());
        assertEquals("quote \"repay\" is not verbatim in explainer.txt; the closest passage is “to repay Igor for his "
                + "kindness.”: the quote says [kindness!] where the source says [kindness.] "
                + "(exclamation mark for full stop)", problems.get(1).message());
    }

    @Test
    void aWordChangedLateInALongQuoteIsShownNotCutOff() {
        StringBuilder article = new StringBuilder("What Happens at the End of Anora? ");
        StringBuilder quote = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            article.append("word").append(i).append(' ');
            quote.append("word").append(i).append(' ');
        }
        article.append("’twas the end.");
        quote.append("'twas the end.");
        ModelBuilder model = new ModelBuilder().quote(3, q -> withText(q, quote.toString()));
        String message = messageAt(problems(model, Map.of("explainer.txt", article.toString())), "/quotes/3/text");
        assertTrue(message.startsWith("quote \"repay\" is not verbatim in explainer.txt; the closest passage is “"),
                message);
        String passage = message.substring(message.indexOf('“') + 1, message.lastIndexOf('”'));
        assertTrue(passage.startsWith("…word"), passage);
        assertTrue(passage.endsWith("word39 ’twas the end."), passage);
        assertTrue(passage.length() <= SourceCheck.PASSAGE_CHARS + 2, passage);
        assertTrue(message.endsWith(": the quote says ['twas] where the source says [’twas] "
                + "(apostrophe for right single quotation mark)"), message);
    }

    @Test
    void charactersThatLookAlikeAreNamed() {
        assertEquals("apostrophe for right single quotation mark", SourceCheck.characters("I'm", "I’m"));
        assertEquals("apostrophe missing", SourceCheck.characters("films", "film's"));
        assertEquals("comma added", SourceCheck.characters("him,", "him"));
        assertEquals("hyphen-minus for em dash", SourceCheck.characters("-", "—"));
        assertEquals("small letter a for capital letter a", SourceCheck.characters("anora", "Anora"));
    }

    @Test
    void aThirdOfAHundredQuotesMisquotedAreEachFoundAgainstTheirArticle() {
        String first = article(1, 10_000);
        String second = article(2, 10_000);
        List<Quote> quotes = new ArrayList<>();
        for (int q = 0; q < 100; q++) {
            boolean even = q % 2 == 0;
            String text = (even ? first : second).substring(q * 90, q * 90 + 80).trim();
            if (q % 3 == 0) {
                text = text.replace('e', 'é'); // a misquote, to be matched to its passage
            }
            quotes.add(new Quote("q" + q, text, Voice.EDITORIAL, null, even ? "explainer" : "cinema-group",
                    List.of("kiss"), Map.of(), null));
        }
        ModelBuilder small = new ModelBuilder();
        Model model = new Model(Model.FORMAT, small.work, small.scene, small.people, small.sources, small.beats,
                small.readings, quotes);
        // the titles as printed, so that only the misquotes are counted
        Map<String, String> texts = texts("explainer.txt", EXPLAINER + first, "cinema-group.txt", CINEMA_GROUP + second);
        List<Problem> problems = SourceCheck.check(model, texts).problems();
        assertEquals(34, problems.size(), problems.toString());
        for (Problem p : problems) {
            int q = Integer.parseInt(p.pointer().split("/")[2]);
            assertTrue(p.message().contains(" is not verbatim in " + (q % 2 == 0 ? "explainer" : "cinema-group") + ".txt; "),
                    p.message());
        }
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
