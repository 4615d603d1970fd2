package org.endings.model;

import static org.endings.model.ModelBuilder.glosses;
import static org.endings.model.ModelBuilder.withBeats;
import static org.endings.model.ModelBuilder.withDate;
import static org.endings.model.ModelBuilder.withGlosses;
import static org.endings.model.ModelBuilder.withReportedBy;
import static org.endings.model.ModelBuilder.withSource;
import static org.endings.model.ModelBuilder.withSpeaker;
import static org.endings.model.ModelBuilder.withStances;
import static org.endings.model.ModelBuilder.withText;
import static org.endings.model.ModelBuilder.withVariantOf;
import static org.endings.model.ModelBuilder.withVoice;
import static org.endings.model.Problem.error;
import static org.endings.model.Problem.warning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelValidatorTest {
    private static List<Problem> problemsOf(ModelBuilder builder) {
        return ModelValidator.validate(builder.build());
    }

    @Test
    void smallValidModelHasNoProblem() {
        assertEquals(List.of(), problemsOf(new ModelBuilder()));
    }

    @Test
    void problemKnowsWhetherItIsAnError() {
        assertTrue(error("/format", "x").isError());
        assertFalse(warning("/beats/0", "x").isError());
    }

    @Test
    void otherFormatIsAnError() {
        ModelBuilder model = new ModelBuilder();
        model.format = "endings/2";
        assertEquals(List.of(error("/format", "format \"endings/2\" is not \"endings/1\", the format this program reads")),
                problemsOf(model));
    }

    @Test
    void idWithCapitalsOrSpacesIsAnError() {
        ModelBuilder model = new ModelBuilder();
        model.people.add(new Person("Yura Borisov", "Yura Borisov", "actor", "Igor"));
        assertEquals(List.of(error("/people/4/id", "person id \"Yura Borisov\" is not a valid id: "
                + "use a-z, 0-9 and hyphens, starting with a letter or digit")), problemsOf(model));
    }

    @Test
    void idStartingWithAHyphenIsAnError() {
        ModelBuilder model = new ModelBuilder();
        model.people.add(new Person("-borisov", "Yura Borisov", "actor", "Igor"));
        assertEquals(List.of(error("/people/4/id", "person id \"-borisov\" is not a valid id: "
                + "use a-z, 0-9 and hyphens, starting with a letter or digit")), problemsOf(model));
    }

    @Test
    void idOfDigitsAndHyphensIsFine() {
        ModelBuilder model = new ModelBuilder();
        model.people.add(new Person("4-borisov-", "Yura Borisov", "actor", "Igor"));
        assertEquals(List.of(), problemsOf(model));
    }

    @Test
    void emptyIdIsAnErrorNamedByItsPlace() {
        ModelBuilder model = new ModelBuilder();
        model.people.add(new Person("", "", "actor", "Igor"));
        assertEquals(List.of(
                error("/people/4/id", "the person at /people/4 has an empty id"),
                error("/people/4/name", "the person at /people/4 has an empty name")), problemsOf(model));
    }

    @Test
    void duplicateBeatIdPointsAtTheSecondAndSaysWhereTheFirstIs() {
        ModelBuilder model = new ModelBuilder();
        model.beats.add(new Beat("ring", "The ring again", "Ani looks at the ring.", List.of(), null));
        assertEquals(List.of(error("/beats/3/id", "duplicate beat id \"ring\" (first at /beats/0)")),
                problemsOf(model));
    }

    @Test
    void duplicateQuoteIdPointsAtTheSecond() {
        ModelBuilder model = new ModelBuilder();
        model.quotes.add(withText(model.quotes.get(0), "No, I’m in control of this moment"));
        assertEquals(List.of(error("/quotes/4/id", "duplicate quote id \"control\" (first at /quotes/0)")),
                problemsOf(model));
    }

    @Test
    void quoteNamingAnUnknownSpeakerListsThePeople() {
        ModelBuilder model = new ModelBuilder().quote(0, q -> withSpeaker(q, "bakr"));
        assertEquals(List.of(error("/quotes/0/speaker", "quote \"control\" names speaker \"bakr\", "
                + "who is not among the people: did you mean \"baker\"? (known: baker, quan, coco, madison)")), problemsOf(model));
    }

    @Test
    void knownIdsStopAfterFive() {
        ModelBuilder model = new ModelBuilder().quote(0, q -> withSpeaker(q, "bakr"));
        model.people.add(new Person("borisov", "Yura Borisov", "actor", "Igor"));
        model.people.add(new Person("eydelshteyn", "Mark Eydelshteyn", "actor", "Ivan"));
        assertEquals(List.of(error("/quotes/0/speaker", "quote \"control\" names speaker \"bakr\", "
                + "who is not among the people: did you mean \"baker\"? (known: baker, quan, coco, madison, borisov, …)")), problemsOf(model));
    }

    @Test
    void quoteNamingAnUnknownSourceIsAnError() {
        ModelBuilder model = new ModelBuilder().quote(2, q -> withSource(q, "script-apart-2"));
        assertEquals(List.of(error("/quotes/2/source", "quote \"hopeful\" names source \"script-apart-2\", "
                + "which is not among the sources: did you mean \"script-apart\"? (known: explainer, cinema-group, indiewire, script-apart)")),
                problemsOf(model));
    }

    @Test
    void sourceReportedByAnUnknownSourceIsAnError() {
        ModelBuilder model = new ModelBuilder().source(2, s -> withReportedBy(s, "explainr"));
        assertEquals(List.of(error("/sources/2/reportedBy", "source \"indiewire\" is reported by \"explainr\", "
                + "which is not among the sources: did you mean \"explainer\"? (known: explainer, cinema-group, indiewire, script-apart)")),
                problemsOf(model));
    }

    @Test
    void sourceReportedByAPodcastIsAnError() {
        ModelBuilder model = new ModelBuilder().source(2, s -> withReportedBy(s, "script-apart"));
        assertEquals(List.of(error("/sources/2/reportedBy",
                "source \"indiewire\" is reported by \"script-apart\", which is a podcast, not an article")),
                problemsOf(model));
    }

    @Test
    void quoteAboutAnUnknownBeatIsAnError() {
        ModelBuilder model = new ModelBuilder().quote(3, q -> withBeats(q, "ring", "kis"));
        assertEquals(List.of(error("/quotes/3/beats/1", "quote \"repay\" is about beat \"kis\", "
                + "which is not among the beats: did you mean \"kiss\"? (known: ring, kiss, tears)")), problemsOf(model));
    }

    @Test
    void stanceOnAnUnknownReadingIsAnError() {
        ModelBuilder model = new ModelBuilder()
                .quote(3, q -> withStances(q, ModelBuilder.stances("power", Stance.COMPLICATES, "hop", Stance.CHALLENGES)));
        assertEquals(List.of(error("/quotes/3/stances/hop", "quote \"repay\" bears on reading \"hop\", "
                + "which is not among the readings: did you mean \"hope\"? (known: power, hope)")), problemsOf(model));
    }

    @Test
    void glossOfAnUnknownBeatIsAnError() {
        Map<String, String> glosses = glosses("Given back.", "Her choice.", "The cost.");
        glosses.put("kis", "Her choice.");
        ModelBuilder model = new ModelBuilder().reading(0, r -> withGlosses(r, glosses));
        assertEquals(List.of(error("/readings/0/glosses/kis", "reading \"power\" glosses beat \"kis\", "
                + "which is not among the beats: did you mean \"kiss\"? (known: ring, kiss, tears)")), problemsOf(model));
    }

    @Test
    void pointerToAKeyEscapesSlashAndTilde() {
        Map<String, String> glosses = glosses("Given back.", "Her choice.", "The cost.");
        glosses.put("kiss/~1", "Her choice.");
        ModelBuilder model = new ModelBuilder().reading(0, r -> withGlosses(r, glosses));
        assertEquals(List.of(error("/readings/0/glosses/kiss~1~01", "reading \"power\" glosses beat \"kiss/~1\", "
                + "which is not among the beats (known: ring, kiss, tears)")), problemsOf(model));
    }

    @Test
    void variantOfAnUnknownQuoteIsAnError() {
        ModelBuilder model = new ModelBuilder().quote(1, q -> withVariantOf(q, "contrl"));
        assertEquals(List.of(error("/quotes/1/variantOf", "quote \"control-2\" is a variant of \"contrl\", "
                + "which is not among the quotes: did you mean \"control\"? (known: control, control-2, hopeful, repay)")), problemsOf(model));
    }

    @Test
    void quoteThatIsAVariantOfItselfIsAnError() {
        ModelBuilder model = new ModelBuilder().quote(1, q -> withVariantOf(q, "control-2"));
        assertEquals(List.of(error("/quotes/1/variantOf", "quote \"control-2\" is a variant of itself")),
                problemsOf(model));
    }

    @Test
    void variantCycleIsReportedOnceWithItsPath() {
        // control-2 is already a variant of control
        ModelBuilder model = new ModelBuilder()
                .quote(0, q -> withVariantOf(q, "hopeful"))
                .quote(2, q -> withVariantOf(q, "control-2"));
        assertEquals(List.of(error("/quotes/0/variantOf", "variant cycle: control → hopeful → control-2 → control")),
                problemsOf(model));
    }

    @Test
    void variantCycleIsReportedAtItsFirstQuoteInTheFile() {
        // repay → hopeful → control-2 → control → hopeful: the walk enters the cycle part way round
        ModelBuilder model = new ModelBuilder()
                .quote(3, q -> withVariantOf(q, "hopeful"))
                .quote(2, q -> withVariantOf(q, "control-2"))
                .quote(0, q -> withVariantOf(q, "hopeful"));
        assertEquals(List.of(error("/quotes/0/variantOf", "variant cycle: control → hopeful → control-2 → control")),
                problemsOf(model));
    }

    @Test
    void chainOfVariantsWithoutACycleIsFine() {
        ModelBuilder model = new ModelBuilder()
                .quote(3, q -> withVariantOf(q, "hopeful"))
                .quote(2, q -> withVariantOf(q, "control-2"));
        assertEquals(List.of(), problemsOf(model));
    }

    @Test
    void aLongIdIsCutShortInTheMessageButNotInThePointer() {
        String id = "x".repeat(200_000);
        ModelBuilder model = new ModelBuilder().quote(0, q -> withSpeaker(q, id));
        List<Problem> problems = problemsOf(model);
        assertEquals(1, problems.size(), () -> problems.toString().substring(0, 300));
        String message = problems.get(0).message();
        assertTrue(message.contains("\"" + "x".repeat(57) + "...\""), message);
        assertTrue(message.length() < 300, message);
        Problem inAKey = Problem.error("/readings/0/glosses/" + id, "m");
        assertEquals("/readings/0/glosses/" + "x".repeat(57) + "...", inAKey.shownPointer());
        assertEquals("/quotes/3/speaker", Problem.error("/quotes/3/speaker", "m").shownPointer());
    }

    @Test
    void sourceReportedByItselfIsAnError() {
        ModelBuilder model = new ModelBuilder().source(0, s -> withReportedBy(s, "explainer"));
        assertEquals(List.of(error("/sources/0/reportedBy", "source \"explainer\" is reported by itself: reportedBy "
                + "names the article through which an interview or podcast is known")), problemsOf(model));
    }

    @Test
    void articlesReportedByOneAnotherInARingAreAnError() {
        ModelBuilder model = new ModelBuilder()
                .source(0, s -> withReportedBy(s, "cinema-group"))
                .source(1, s -> withReportedBy(s, "explainer"));
        assertEquals(List.of(
                error("/sources/0/reportedBy",
                        "sources are reported by one another in a ring: \"explainer\" → \"cinema-group\" → \"explainer\""),
                error("/sources/1/reportedBy",
                        "sources are reported by one another in a ring: \"cinema-group\" → \"explainer\" → \"cinema-group\"")),
                problemsOf(model));
    }

    @Test
    void aSourceLeadingIntoARingIsNotInItButTheRingIs() {
        ModelBuilder model = new ModelBuilder();
        model.sources.add(new Source("x", SourceKind.ARTICLE, null, "X", null, "y"));
        model.sources.add(new Source("y", SourceKind.ARTICLE, null, "Y", null, "z"));
        model.sources.add(new Source("z", SourceKind.ARTICLE, null, "Z", null, "y"));
        assertEquals(List.of(
                error("/sources/5/reportedBy", "sources are reported by one another in a ring: \"y\" → \"z\" → \"y\""),
                error("/sources/6/reportedBy", "sources are reported by one another in a ring: \"z\" → \"y\" → \"z\"")),
                problemsOf(model).stream().filter(p -> p.pointer().startsWith("/sources")).toList());
    }

    @Test
    void aTextOfInvisibleCharactersIsBlank() {
        ModelBuilder model = new ModelBuilder();
        model.readings.set(1, new Reading("hope", "\u00a0", "\u200b\u2800", glosses("A kindness.", "\ufeff\u3000",
                "Something breaks open.")));
        assertEquals(List.of(
                error("/readings/1/title", "reading \"hope\" has an empty title"),
                error("/readings/1/thesis", "reading \"hope\" has an empty thesis"),
                error("/readings/1/glosses/kiss", "reading \"hope\" has an empty gloss for beat \"kiss\"")),
                problemsOf(model));
    }

    @Test
    void blankTextsAreErrorsWhereverATextIsRequired() {
        ModelBuilder model = new ModelBuilder();
        model.work = new Work(" ", 2024, "");
        model.scene = new Scene("", "\t", " \n");
        model.people.set(0, new Person("baker", "", " ", ""));
        model.sources.set(1, new Source("cinema-group", SourceKind.ARTICLE, " ", "", null, null));
        model.beats.set(0, new Beat("ring", "", " ", List.of("snow", " "), ""));
        model.readings.set(1, new Reading("hope", "", "  ", glosses("A kindness.", " ", "Something breaks open.")));
        model.quote(2, q -> withText(q, " \n "));
        assertEquals(List.of(
                error("/work/title", "work title is empty"),
                error("/work/director", "work director is empty"),
                error("/scene/title", "scene title is empty"),
                error("/scene/where", "scene \"where\" is empty"),
                error("/scene/what", "scene \"what\" is empty"),
                error("/people/0/name", "person \"baker\" has an empty name"),
                error("/people/0/role", "person \"baker\" has an empty role"),
                error("/people/0/plays", "person \"baker\" has an empty \"plays\""),
                error("/sources/1/outlet", "source \"cinema-group\" has an empty outlet"),
                error("/sources/1/title", "source \"cinema-group\" has an empty title"),
                error("/beats/0/title", "beat \"ring\" has an empty title"),
                error("/beats/0/summary", "beat \"ring\" has an empty summary"),
                error("/beats/0/setting/1", "beat \"ring\" has an empty setting item"),
                error("/beats/0/time", "beat \"ring\" has an empty time"),
                error("/readings/1/title", "reading \"hope\" has an empty title"),
                error("/readings/1/thesis", "reading \"hope\" has an empty thesis"),
                error("/readings/1/glosses/kiss", "reading \"hope\" has an empty gloss for beat \"kiss\""),
                error("/quotes/2/text", "quote \"hopeful\" has empty text")), problemsOf(model));
    }

    @ParameterizedTest
    @ValueSource(ints = {1877, 2101, 0})
    void workYearOutsideTheCinemaIsAnError(int year) {
        ModelBuilder model = new ModelBuilder();
        model.work = new Work("Anora", year, "Sean Baker");
        assertEquals(List.of(error("/work/year", "work year " + year + " is outside 1878..2100")), problemsOf(model));
    }

    @ParameterizedTest
    @ValueSource(ints = {1878, 2100})
    void workYearAtTheEdgesIsFine(int year) {
        ModelBuilder model = new ModelBuilder();
        model.work = new Work("Roundhay Garden Scene", year, "Louis Le Prince");
        assertEquals(List.of(), problemsOf(model));
    }

    @Test
    void readingWithoutGlossForABeatIsAnError() {
        Map<String, String> glosses = new LinkedHashMap<>(glosses("A kindness.", "", "Something breaks open."));
        glosses.remove("kiss");
        ModelBuilder model = new ModelBuilder().reading(1, r -> withGlosses(r, glosses));
        assertEquals(List.of(error("/readings/1/glosses", "reading \"hope\" has no gloss for beat \"kiss\"")),
                problemsOf(model));
    }

    @Test
    void readingWithoutGlossesHasOneProblemPerBeat() {
        ModelBuilder model = new ModelBuilder().reading(0, r -> withGlosses(r, Map.of()));
        assertEquals(List.of(
                error("/readings/0/glosses", "reading \"power\" has no gloss for beat \"ring\""),
                error("/readings/0/glosses", "reading \"power\" has no gloss for beat \"kiss\""),
                error("/readings/0/glosses", "reading \"power\" has no gloss for beat \"tears\"")), problemsOf(model));
    }

    @Test
    void thesisOfTwoSentencesIsAnErrorThatQuotesTheSecond() {
        ModelBuilder model = new ModelBuilder().reading(1, r -> new Reading(r.id(), r.title(),
                "Ani has been broken, and she will survive. The ending was inspired by Fellini's Nights of Cabiria.",
                r.glosses()));
        assertEquals(List.of(error("/readings/1/thesis", "reading \"hope\" has a thesis of 2 sentences, the second "
                + "beginning \"The ending was inspired by Fellini's Nights of Cabiria.\"; a thesis is one sentence")),
                problemsOf(model));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "She waits… Then she breaks down.",
        "She waits... Then she breaks down.",
        "Is it gratitude? It may be habit.",
        "It ends here! Nothing follows.",
        "Cabiria seems to say “It’s okay, I’ll survive.” Ani never does.",
        "Baker says it plainly: ‘No, I control this moment.’ The kiss crosses a line.",
        "It ends in 2024. Nothing follows.",
        "She stops.  “Why?” is left unasked."})
    void aSecondSentenceIsFoundAfterAnyEndMark(String thesis) {
        ModelBuilder model = new ModelBuilder().reading(0, r -> new Reading(r.id(), r.title(), thesis, r.glosses()));
        List<Problem> problems = problemsOf(model);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("/readings/0/thesis", problems.get(0).pointer());
        assertTrue(problems.get(0).message().startsWith("reading \"power\" has a thesis of 2 sentences"),
                problems.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "A thesis without a full stop",
        "Mr. Zakharov's son and Dr. Smith of St. Petersburg meet J. Smith of the U.S. Navy, e.g. Ani.",
        "She waits… and then she breaks down.",
        "She waits... and then, at 3.5 seconds, she breaks down.",
        "Baker says “It was hopeful. There is hope there.” and the ending leaves room for it.",
        "Baker says “It was hopeful. There is hope there.”",
        "“Why?” Igor asks, and the scene never says.",
        "Is it gratitude? or habit?"})
    void oneSentenceWithAbbreviationsEllipsesAndQuotedSentencesIsFine(String thesis) {
        ModelBuilder model = new ModelBuilder().reading(0, r -> new Reading(r.id(), r.title(), thesis, r.glosses()));
        assertEquals(List.of(), problemsOf(model));
    }

    @Test
    void thesisOfThreeSentencesSaysSo() {
        ModelBuilder model = new ModelBuilder().reading(0, r -> new Reading(r.id(), r.title(),
                "Ani wins. Igor loses. Nobody is fine.", r.glosses()));
        assertEquals(List.of(error("/readings/0/thesis", "reading \"power\" has a thesis of 3 sentences, the second "
                + "beginning \"Igor loses. Nobody is fine.\"; a thesis is one sentence")), problemsOf(model));
    }

    @Test
    void editorialQuoteWithASpeakerIsAnError() {
        ModelBuilder model = new ModelBuilder().quote(3, q -> withSpeaker(q, "baker"));
        assertEquals(List.of(error("/quotes/3/speaker",
                "editorial quote \"repay\" names speaker \"baker\"; the editorial voice has no speaker")),
                problemsOf(model));
    }

    @Test
    void editorialQuoteFromAnInterviewIsAnError() {
        ModelBuilder model = new ModelBuilder().quote(3, q -> withSource(q, "indiewire"));
        assertEquals(List.of(error("/quotes/3/source",
                "editorial quote \"repay\" has source \"indiewire\", which is an interview, not an article")),
                problemsOf(model));
    }

    @Test
    void directQuoteWithoutASpeakerIsAnError() {
        ModelBuilder model = new ModelBuilder().quote(0, q -> withSpeaker(q, null));
        assertEquals(List.of(error("/quotes/0", "direct quote \"control\" has no speaker")), problemsOf(model));
    }

    @Test
    void paraphraseWithoutASpeakerIsAnError() {
        ModelBuilder model = new ModelBuilder().quote(3, q -> withVoice(q, Voice.PARAPHRASE));
        assertEquals(List.of(error("/quotes/3", "paraphrase quote \"repay\" has no speaker")), problemsOf(model));
    }

    @Test
    void quoteAboutNoBeatIsAnError() {
        // repay is the only quote about the ring
        ModelBuilder model = new ModelBuilder().quote(3, q -> withBeats(q));
        assertEquals(List.of(
                warning("/beats/0", "beat \"ring\" has no quote about it"),
                error("/quotes/3/beats", "quote \"repay\" is about no beat")), problemsOf(model));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2024-11", "2024-02-29", "2000-02-29", "1999-12-31"})
    void sourceDateOfYearMonthOrDayIsFine(String date) {
        ModelBuilder model = new ModelBuilder().source(2, s -> withDate(s, date));
        assertEquals(List.of(), problemsOf(model));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nov 2024", "2024-11-5", "24-11-05", "2024/11/05", "2024-11-05T10:00", "", "２０２４"})
    void sourceDateInAnotherShapeIsAnError(String date) {
        ModelBuilder model = new ModelBuilder().source(2, s -> withDate(s, date));
        assertEquals(List.of(error("/sources/2/date", "source \"indiewire\" has date \"" + date
                + "\"; write dates as YYYY, YYYY-MM or YYYY-MM-DD")), problemsOf(model));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "2023-02-29", "1900-02-29", "2024-13", "2024-00-10", "2024-04-31", "0000"})
    void sourceDateThatIsNotARealDateIsAnError(String date) {
        ModelBuilder model = new ModelBuilder().source(2, s -> withDate(s, date));
        assertEquals(List.of(error("/sources/2/date", "source \"indiewire\" has date \"" + date
                + "\", which is not a real date")), problemsOf(model));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/anora-ending", "http://example.org", "HTTPS://Example.org/a?b=c#d"})
    void sourceUrlOverHttpOrHttpsIsFine(String url) {
        ModelBuilder model = new ModelBuilder().source(2, s -> new Source(s.id(), s.kind(), s.outlet(), s.title(),
                s.date(), s.reportedBy(), url));
        assertEquals(List.of(), problemsOf(model));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/a", "example.org/a",
        "data:text/html,hi"})
    void sourceUrlOfAnotherSchemeIsAnError(String url) {
        ModelBuilder model = new ModelBuilder().source(2, s -> new Source(s.id(), s.kind(), s.outlet(), s.title(),
                s.date(), s.reportedBy(), url));
        assertEquals(List.of(error("/sources/2/url", "source \"indiewire\" has url \"" + url
                + "\"; only http and https addresses are taken")), problemsOf(model));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://exa mple.org", "http://[::1"})
    void sourceUrlThatIsNotAnAddressIsAnError(String url) {
        ModelBuilder model = new ModelBuilder().source(2, s -> new Source(s.id(), s.kind(), s.outlet(), s.title(),
                s.date(), s.reportedBy(), url));
        List<Problem> problems = problemsOf(model);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("/sources/2/url", problems.get(0).pointer());
    }

    @Test
    void monthLengthsAreJavaTimes() {
        for (int year = 1; year <= 2400; year++) {
            for (int month = 1; month <= 12; month++) {
                assertEquals(java.time.YearMonth.of(year, month).lengthOfMonth(), ModelValidator.daysIn(year, month),
                        year + "-" + month);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29", "2000-02-29", "1600-02-29", "2024-12-31", "2024-06-30"})
    void sourceDateOnTheLastDayOfAMonthIsFine(String date) {
        ModelBuilder model = new ModelBuilder().source(2, s -> withDate(s, date));
        assertEquals(List.of(), problemsOf(model));
    }

    @Test
    void beatWithNoQuoteIsOnlyAWarning() {
        ModelBuilder model = new ModelBuilder();
        model.beats.add(new Beat("drive", "The drive", "Igor drives Ani home.", List.of("snow"), null));
        for (int i = 0; i < model.readings.size(); i++) {
            model.reading(i, r -> {
                Map<String, String> glosses = new LinkedHashMap<>(r.glosses());
                glosses.put("drive", "The way home.");
                return withGlosses(r, glosses);
            });
        }
        List<Problem> problems = problemsOf(model);
        assertEquals(List.of(warning("/beats/3", "beat \"drive\" has no quote about it")), problems);
        assertFalse(problems.get(0).isError());
    }

    @Test
    void readingNoQuoteBearsOnIsOnlyAWarning() {
        ModelBuilder model = new ModelBuilder();
        model.readings.add(new Reading("consent", "Consent", "The kiss is about consent.",
                glosses("Not yet.", "She chooses.", "She stops.")));
        List<Problem> problems = problemsOf(model);
        assertEquals(List.of(warning("/readings/2", "reading \"consent\" has no quote bearing on it")), problems);
        assertFalse(problems.get(0).isError());
    }

    @Test
    void everyProblemIsReportedAtOnceInFileOrder() {
        ModelBuilder model = new ModelBuilder()
                .quote(3, q -> withVariantOf(withSource(q, "indiewire"), "repay"))
                .quote(0, q -> withBeats(withSpeaker(q, "bakr"), "kiss", "drive"))
                .source(3, s -> withDate(s, "2024-02-30"))
                .reading(1, r -> withGlosses(r, Map.of("ring", "A kindness.", "kiss", "A connection.")));
        model.format = "endings/0";
        model.work = new Work("Anora", 1066, "Sean Baker");
        model.people.add(new Person("quan", "Samantha Quan", "producer", null));
        model.beats.set(2, new Beat("tears", "", "Ani breaks down.", List.of(), null));
        assertEquals(List.of(
                error("/format", "format \"endings/0\" is not \"endings/1\", the format this program reads"),
                error("/work/year", "work year 1066 is outside 1878..2100"),
                error("/people/4/id", "duplicate person id \"quan\" (first at /people/1)"),
                error("/sources/3/date", "source \"script-apart\" has date \"2024-02-30\", which is not a real date"),
                error("/beats/2/title", "beat \"tears\" has an empty title"),
                error("/readings/1/glosses", "reading \"hope\" has no gloss for beat \"tears\""),
                error("/quotes/0/speaker", "quote \"control\" names speaker \"bakr\", "
                        + "who is not among the people: did you mean \"baker\"? (known: baker, quan, coco, madison)"),
                error("/quotes/0/beats/1", "quote \"control\" is about beat \"drive\", "
                        + "which is not among the beats (known: ring, kiss, tears)"),
                error("/quotes/3/source",
                        "editorial quote \"repay\" has source \"indiewire\", which is an interview, not an article"),
                error("/quotes/3/variantOf", "quote \"repay\" is a variant of itself")), problemsOf(model));
    }

    @Test
    void aModelWithNoBeatOrNoReadingIsAnError() {
        Model valid = new ModelBuilder().build();
        Model empty = new Model(valid.format(), valid.work(), valid.scene(), valid.people(), valid.sources(),
                List.of(), List.of(), List.of());
        assertEquals(List.of(
                Problem.error("/beats", "a model needs at least one beat: there is nothing to step through"),
                Problem.error("/readings", "a model needs at least one reading: there is nothing to read the scene through")),
                ModelValidator.validate(empty));
    }

    @Test
    void aQuoteListingABeatTwiceIsAnErrorAtTheSecondListing() {
        ModelBuilder model = new ModelBuilder().quote(3, q -> withBeats(q, "ring", "kiss", "ring"));
        assertEquals(List.of(error("/quotes/3/beats/2", "quote \"repay\" lists beat \"ring\" twice "
                + "(first at /quotes/3/beats/0); list each beat once")), problemsOf(model));
    }

    @Test
    void aBeatListedTwiceThatIsNotABeatIsOneErrorForEachListing() {
        ModelBuilder model = new ModelBuilder().quote(3, q -> withBeats(q, "ring", "drive", "drive"));
        assertEquals(List.of("/quotes/3/beats/1", "/quotes/3/beats/2"),
                problemsOf(model).stream().map(Problem::pointer).toList());
    }

    @Test
    void noBeatsAtAllIsOneErrorNotOneForEveryGlossAndQuoteThatNamesABeat() {
        ModelBuilder model = new ModelBuilder();
        model.beats.clear();
        assertEquals(List.of(
                error("/beats", "a model needs at least one beat: there is nothing to step through")),
                problemsOf(model));
    }

    @Test
    void noReadingsAtAllIsOneErrorNotOneForEveryStance() {
        ModelBuilder model = new ModelBuilder();
        model.readings.clear();
        assertEquals(List.of(error("/readings",
                "a model needs at least one reading: there is nothing to read the scene through")), problemsOf(model));
    }

    @Test
    void noPeopleWhileQuotesNameSpeakersIsOneErrorAtThePeople() {
        ModelBuilder model = new ModelBuilder();
        model.people.clear();
        assertEquals(List.of(error("/people", "there are no people, yet 3 quotes name a speaker "
                + "(the first is quote \"control\", naming \"baker\")")), problemsOf(model));
    }

    @Test
    void noSourcesIsOneErrorAtTheSources() {
        ModelBuilder model = new ModelBuilder();
        model.sources.clear();
        assertEquals(List.of(error("/sources", "there are no sources, yet 4 quotes name a source "
                + "(the first is quote \"control\", naming \"indiewire\")")), problemsOf(model));
    }

    @Test
    void anIdInOtherCapitalsIsSuggestedAndOneFarFromEveryIdIsNot() {
        ModelBuilder model = new ModelBuilder().quote(3, q -> withBeats(q, "Ring", "kiss"))
                .quote(2, q -> withBeats(q, "breakdown"));
        assertEquals(List.of(
                error("/quotes/2/beats/0", "quote \"hopeful\" is about beat \"breakdown\", "
                        + "which is not among the beats (known: ring, kiss, tears)"),
                error("/quotes/3/beats/0", "quote \"repay\" is about beat \"Ring\", "
                        + "which is not among the beats: did you mean \"ring\"? (known: ring, kiss, tears)")),
                problemsOf(model).stream().filter(Problem::isError).toList());
    }

    @Test
    void thousandsOfWrongIdsInALargeModelAreCheckedQuickly() {
        Model model = generated(2_000, 12, 20_000);
        List<Quote> wrong = new ArrayList<>();
        for (Quote q : model.quotes()) {
            wrong.add(new Quote(q.id(), q.text(), q.voice(), q.speaker(), q.source(), q.beats(), q.stances(),
                    q.id() + "x"));
        }
        Model broken = new Model(model.format(), model.work(), model.scene(), model.people(), model.sources(),
                model.beats(), model.readings(), wrong);
        long start = System.nanoTime();
        List<Problem> problems = ModelValidator.validate(broken);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(20_000, problems.size());
        assertTrue(problems.get(0).message().contains(": did you mean \""), problems.get(0).message());
        System.out.println("20,000 wrong variantOf ids validated in " + millis + " ms");
        assertTrue(millis < 5_000, millis + " ms");
    }

    @Test
    void largeGeneratedModelIsValid() {
        Model model = generated(2_000, 12, 20_000);
        assertEquals(List.of(), ModelValidator.validate(model));
    }

    @Test
    void longVariantCycleInALargeModelIsFoundOnce() {
        Model valid = generated(200, 3, 20_000);
        List<Quote> quotes = new ArrayList<>(valid.quotes());
        // every quote a variant of the next, the last of the first: one cycle through all of them
        for (int i = 0; i < quotes.size(); i++) {
            quotes.set(i, withVariantOf(quotes.get(i), quotes.get((i + 1) % quotes.size()).id()));
        }
        Model model = new Model(valid.format(), valid.work(), valid.scene(), valid.people(), valid.sources(),
                valid.beats(), valid.readings(), quotes);
        List<Problem> problems = ModelValidator.validate(model);
        assertEquals(1, problems.size());
        assertEquals("/quotes/0/variantOf", problems.get(0).pointer());
        assertTrue(problems.get(0).message().startsWith("variant cycle: q0 → q1 → q2 → "));
        assertTrue(problems.get(0).message().endsWith(" → q19999 → q0"));
    }

    /** A valid model of the given size; every tenth quote a variant of the one before. */
    private static Model generated(int beatCount, int readingCount, int quoteCount) {
        ModelBuilder small = new ModelBuilder();
        List<Beat> beats = new ArrayList<>();
        for (int b = 0; b < beatCount; b++) {
            beats.add(new Beat("b" + b, "Beat " + b, "Something happens.", List.of("car", "snow"), null));
        }
        List<Reading> readings = new ArrayList<>();
        for (int r = 0; r < readingCount; r++) {
            Map<String, String> glosses = new LinkedHashMap<>();
            for (Beat beat : beats) {
                glosses.put(beat.id(), "How " + beat.id() + " reads.");
            }
            readings.add(new Reading("r" + r, "Reading " + r, "A thesis.", glosses));
        }
        List<Quote> quotes = new ArrayList<>();
        for (int q = 0; q < quoteCount; q++) {
            quotes.add(new Quote("q" + q, "Words number " + q + ".", Voice.DIRECT, "baker", "indiewire",
                    List.of("b" + (q % beatCount)), Map.of("r" + (q % readingCount), Stance.SUPPORTS),
                    q % 10 == 9 ? "q" + (q - 1) : null));
        }
        return new Model(Model.FORMAT, small.work, small.scene, small.people, small.sources, beats, readings, quotes);
    }
}
