package org.endings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.endings.model.ModelLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** The command line as a person uses it: exit codes, what is printed, and where. */
class CliTest {
    private static final Path MODEL = Path.of("data", "anora.json");
    private static final Path SOURCES = Path.of("..", "shared", "sources");

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** The bundled model with one string replaced: a realistic broken copy. */
    private Path brokenCopy(String from, String to) throws IOException {
        String json = Files.readString(MODEL, StandardCharsets.UTF_8);
        assertTrue(json.contains(from), from);
        return file("broken.json", json.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    @Test
    void versionNamesTheProgram() {
        Run run = Run.of("--version");
        assertEquals(0, run.code());
        assertTrue(run.out().matches("endings \\d+\\.\\d+\\.\\d+\\R"), run.out());
    }

    @Test
    void helpListsTheCommandsAndTheEnvironment() {
        Run run = Run.of("--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("validate"));
        assertTrue(run.out().contains("quotes"));
        assertTrue(run.out().contains("NO_COLOR"));
        assertFalse(run.out().contains("\u001b"), "no colour when not at a terminal");
        assertEquals(0, Run.of("validate", "--help").code());
        assertEquals(0, Run.of("quotes", "--help").code());
    }

    @Test
    void eachCommandsHelpOffersOnlyTheOptionsThatApplyToIt() {
        java.util.Map<String, List<String>> applies = java.util.Map.of(
                "validate", List.of("--sources", "--watch", "--debug", "--version"),
                "quotes", List.of("--model", "--reading", "--stance", "--version"),
                "export", List.of("--model", "--notebook", "--notes"),
                "new", List.of("--title", "--year", "--director"),
                "schema", List.of("--debug"),
                "completion", List.of("--debug"));
        java.util.Map<String, List<String>> not = java.util.Map.of(
                "validate", List.of("--model", "--notebook"),
                "quotes", List.of("--notebook"),
                "export", List.of(),
                "new", List.of("--model", "--notebook"),
                "schema", List.of("--model", "--notebook"),
                "completion", List.of("--model", "--notebook"));
        applies.forEach((command, options) -> {
            String help = Run.of(command, "--help").out();
            options.forEach(o -> assertTrue(help.contains(o), command + " --help leaves out " + o + ":\n" + help));
            not.get(command).forEach(o -> assertFalse(help.contains(o + "="), command + " --help offers " + o + ":\n" + help));
        });
        assertFalse(Run.of("validate", "--help").out().contains("Explore this model"));
        assertEquals("endings " + Run.of("--version").out().split(" ")[1], "endings " + Run.of("validate", "--version").out().split(" ")[1],
                "-V on a command says the version, as on the program");
        assertEquals(2, Run.of("validate", "--model", "data/anora.json", "data/anora.json").code());
        assertEquals(0, Run.of("quotes", "--model", "data/anora.json", "--beat", "1").code());
        assertEquals(Run.of("quotes", "--model", "data/anora.json", "--beat", "1").out(),
                Run.of("--model", "data/anora.json", "quotes", "--beat", "1").out(), "--model before the command still works");
    }

    @Test
    void anUnknownOptionIsAUsageErrorInOneSentence() {
        Run run = Run.of("--bogus");
        assertEquals(2, run.code());
        assertEquals("endings: Unknown option: '--bogus'\nTry 'endings --help' for more.\n", run.err());
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        Run run = Run.of("valdate", "data/anora.json");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("Did you mean: validate"), run.err());
    }

    @Test
    void aModelOfOneBeatIsCountedInTheSingular() throws IOException {
        Run run = Run.of("validate", file("one.json", MINIMAL.replace("QUOTE", "There is hope there.")).toString());
        assertEquals(0, run.code(), run.out());
        assertTrue(run.out().endsWith(": valid (1 beat, 1 reading, 1 quote).\n"), run.out());
    }

    @Test
    void escapeSequencesInArgumentsNeverReachTheTerminal() {
        Run run = Run.of("--\u001b]0;pwned\u0007", "\u009b31m");
        assertEquals(2, run.code());
        assertFalse(run.err().contains("\u001b"), run.err());
        assertFalse(run.err().contains("\u0007"), run.err());
        assertFalse(run.err().contains("\u009b"), run.err());
        assertTrue(run.err().contains("␛]0;pwned␇"), run.err());
    }

    @Test
    void theBundledModelIsValid() {
        Run run = Run.of("validate", MODEL.toString());
        assertEquals(0, run.code(), run.out());
        assertTrue(run.out().matches("data/anora\\.json: valid \\(4 beats, 9 readings, \\d+ quotes\\)\\.\\R"), run.out());
    }

    /**
     * The two articles of ../shared/sources copied into a folder under the ids of the bundled model's
     * sources, each found by the title it prints: explainer.txt, cinema-group.txt ({@code only}: just those).
     */
    private Path namedSources(String... only) throws Exception {
        if (!Files.isDirectory(SOURCES)) {
            System.out.println("SKIPPED: " + SOURCES.toAbsolutePath()
                    + " is absent, so the quotes cannot be checked against the articles.");
            Assumptions.abort(SOURCES + " is absent");
        }
        Path named = Files.createDirectories(dir.resolve("named"));
        List<org.endings.model.Source> sources = ModelLoader.load(MODEL).model().sources();
        try (var files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (org.endings.model.Source source : sources) {
                    boolean wanted = only.length == 0 || List.of(only).contains(source.id());
                    if (wanted && source.kind() == org.endings.model.SourceKind.ARTICLE && text.contains(source.title())) {
                        Files.writeString(named.resolve(source.id() + ".txt"), text, StandardCharsets.UTF_8);
                    }
                }
            }
        }
        return named;
    }

    @Test
    void everyQuoteOfTheBundledModelIsVerbatimInTheSources() throws Exception {
        Path named = namedSources();
        Run run = Run.of("validate", "--sources", named.toString(), MODEL.toString());
        assertEquals(0, run.code(), run.out());
        assertEquals(MODEL + ": valid (4 beats, 9 readings, 47 quotes, every quote and article title found verbatim in "
                + named + ").\n", run.out());
    }

    @Test
    void aFolderWithOneArticleChecksItsQuotesAndSaysOnceThatTheOtherHasNoText() throws Exception {
        Path named = namedSources("explainer");
        Run run = Run.of("validate", "--sources", named.toString(), MODEL.toString());
        assertEquals(0, run.code(), "a warning leaves the model valid: " + run.out());
        assertEquals(List.of(
                MODEL + ":29:5: warning: /sources/1: source \"cinema-group\" has no text to be checked against "
                        + "(no file \"cinema-group.txt\"), so its title and 28 quotes from it and the sources it reports "
                        + "are not checked",
                MODEL + ": valid (4 beats, 9 readings, 47 quotes, 20 quotes and article titles found verbatim in " + named
                        + " and 29 not checked; 1 warning)."), run.out().lines().toList());
    }

    @Test
    void articlesSavedUnderOtherNamesAreNotTakenForAnySourceAndTheWarningsSaySo() throws Exception {
        namedSources();
        Run run = Run.of("validate", "--sources", SOURCES.toString(), MODEL.toString());
        assertEquals(0, run.code(), run.out());
        List<String> lines = run.out().lines().toList();
        assertEquals(5, lines.size(), run.out());
        assertTrue(lines.get(0).matches("\\Q" + MODEL + ":\\E\\d+:\\d+: warning: /sources: the source text \"000_\\w+\\.txt\" "
                + "is named after no source, so nothing is checked against it: name each text after the id of the source "
                + "it holds \\(explainer\\.txt, cinema-group\\.txt\\)"), lines.get(0));
        assertTrue(lines.get(2).contains("warning: /sources/0: source \"explainer\" has no text"), lines.get(2));
        assertTrue(lines.get(3).contains("warning: /sources/1: source \"cinema-group\" has no text"), lines.get(3));
        assertEquals(MODEL + ": valid (4 beats, 9 readings, 47 quotes, no quote or article title checked: none has its "
                + "source's text in " + SOURCES + "; 4 warnings).", lines.get(4));
    }

    @Test
    void aWordChangedLateInALongQuoteIsShownBesideTheSourcesWord() throws Exception {
        Path named = namedSources();
        Path broken = brokenCopy("the power that she lost entirely throughout this journey",
                "the power that she lost completely throughout this journey");
        Run run = Run.of("validate", "--sources", named.toString(), broken.toString());
        assertEquals(1, run.code(), run.out());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertTrue(lines.get(0).contains(": error: /quotes/7/text: quote \"baker-regaining-power\" is not verbatim in "
                + "explainer.txt; the closest passage is “…"), lines.get(0));
        assertTrue(lines.get(0).endsWith("the power that she lost entirely throughout this journey.”: "
                + "the quote says [completely] where the source says [entirely]"), lines.get(0));
        assertEquals(broken + ": 1 error.", lines.get(1));
    }

    @Test
    void aStraightApostropheForTheArticlesCurlyOneIsNamedSoThatAScreenReaderCanTellThem() throws Exception {
        Path named = namedSources();
        Path broken = brokenCopy("It’s designed in a way that allows for different interpretations.",
                "It's designed in a way that allows for different interpretations.");
        Run run = Run.of("validate", "--sources", named.toString(), broken.toString());
        assertEquals(1, run.code(), run.out());
        assertTrue(run.out().lines().findFirst().orElseThrow().endsWith(": the quote says [It's] where the source says "
                + "[\"It’s] (apostrophe for right single quotation mark)"), run.out());
    }

    @Test
    void aMisquoteIsReportedWithTheClosestPassage() throws IOException {
        Path sources = Files.createDirectories(dir.resolve("sources"));
        Files.writeString(sources.resolve("a.txt"), "All about it\n\nHe said: “There is hope there.” And left.",
                StandardCharsets.UTF_8);
        Path model = file("m.json", MINIMAL.replace("QUOTE", "There is hope here."));
        Run run = Run.of("validate", "--sources", sources.toString(), model.toString());
        assertEquals(1, run.code(), run.out());
        String first = run.out().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith(model + ":"), first);
        assertTrue(first.contains(": error: /quotes/0/text: "), first);
        assertTrue(first.contains("There is hope there."), first);
    }

    @Test
    void validateDashReadsTheModelFromStandardInput() throws IOException {
        String model = Files.readString(Path.of("data", "anora.json"), StandardCharsets.UTF_8);
        Run good = Run.with(model, Map.of(), false, "validate", "-");
        assertEquals(0, good.code(), good.err());
        assertEquals("<stdin>: valid (4 beats, 9 readings, 47 quotes).\n", good.out());
        Run bad = Run.with("{\"format\": 1}", Map.of(), false, "validate", "-");
        assertEquals(1, bad.code());
        assertEquals("<stdin>:1:12: error: /format: expected a string, found a number\n<stdin>: 1 error.\n", bad.out());
    }

    @Test
    void aNumberOutOfRangeIsAnErrorInItsFileAndTheFilesAfterItAreStillChecked() throws IOException {
        Path good = file("good.json", MINIMAL.replace("QUOTE", "There is hope there."));
        Path huge = file("huge.json", MINIMAL.replace("\"year\": 2024", "\"year\": 1e99999999999"));
        Path again = file("again.json", MINIMAL.replace("QUOTE", "There is hope there."));
        Run run = Run.of("validate", good.toString(), huge.toString(), again.toString());
        assertEquals(1, run.code(), run.err());
        assertEquals("", run.err());
        assertEquals(List.of(
                good + ": valid (1 beat, 1 reading, 1 quote).",
                huge + ":3:37: error: /work/year: expected an integer, found 1e99999999999, which is out of range",
                huge + ": 1 error.",
                again + ": valid (1 beat, 1 reading, 1 quote)."), run.out().lines().toList());
    }

    @Test
    void aSyntaxErrorIsOneLineWithFileLineAndColumn() throws IOException {
        Path broken = file("broken.json", "{\n  \"format\": \"endings/1\",\n  \"work\": {\"title\": \"X\",, }\n}\n");
        Run run = Run.of("validate", broken.toString());
        assertEquals(1, run.code());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith(broken + ":3:"), lines.get(0));
        assertTrue(lines.get(0).contains(": error: "), lines.get(0));
        assertEquals(broken + ": 1 error.", lines.get(1), "a break in the JSON is added up like any other problem");
    }

    @Test
    void everyProblemOfAModelIsReportedAtOnceWithItsPlace() throws IOException {
        Path broken = brokenCopy("\"speaker\": \"sean-baker\"", "\"speaker\": \"bakr\"");
        String json = Files.readString(broken);
        int line = (int) json.substring(0, json.indexOf("\"bakr\"")).lines().count();
        Run run = Run.of("validate", broken.toString());
        assertEquals(1, run.code());
        String first = run.out().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith(broken + ":" + line + ":"), first + " (expected line " + line + ")");
        assertTrue(first.contains("error: /quotes/"), first);
        assertTrue(first.contains("bakr"), first);
        assertTrue(run.out().lines().anyMatch(l -> l.equals(broken + ": 1 error.")), run.out());
    }

    @Test
    void aMistypedBeatInAQuotesListIsPlacedAtThatBeatAndGetsTheOneItMostLikelyMeant() throws IOException {
        Path broken = brokenCopy("\"beats\": [\"intimacy\", \"kiss\", \"breakdown\"]",
                "\"beats\": [\"intimacy\", \"kis\", \"breakdown\"]");
        String json = Files.readString(broken);
        String before = json.substring(0, json.indexOf("\"kis\""));
        int line = (int) before.lines().count();
        int column = before.length() - before.lastIndexOf('\n');
        Run run = Run.of("validate", broken.toString());
        assertEquals(1, run.code());
        assertEquals(List.of(broken + ":" + line + ":" + column + ": error: /quotes/1/beats/1: quote \"explainer-repay\" "
                + "is about beat \"kis\", which is not among the beats: did you mean \"kiss\"? "
                + "(known: ring, intimacy, kiss, breakdown)", broken + ": 1 error."), run.out().lines().toList());
    }

    @Test
    void aQuoteListingABeatTwiceIsOneErrorAtTheSecond() throws IOException {
        Path broken = brokenCopy("\"beats\": [\"intimacy\", \"kiss\", \"breakdown\"]",
                "\"beats\": [\"intimacy\", \"kiss\", \"kiss\"]");
        Run run = Run.of("validate", broken.toString());
        assertEquals(1, run.code());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertTrue(lines.get(0).contains(": error: /quotes/1/beats/2: quote \"explainer-repay\" lists beat \"kiss\" twice"),
                lines.get(0));
    }

    @Test
    void anEmptyListOfBeatsIsOneErrorNotOneForEveryBeatNamed() throws IOException {
        String json = Files.readString(MODEL, StandardCharsets.UTF_8);
        int start = json.indexOf("\"beats\": [\n");
        int end = json.indexOf("\n  ],\n", start);
        Path broken = file("broken.json", json.substring(0, start) + "\"beats\": [" + json.substring(end + 3));
        Run run = Run.of("validate", broken.toString());
        assertEquals(1, run.code());
        assertEquals(List.of(broken + ":58:12: error: /beats: a model needs at least one beat: there is nothing to step through",
                broken + ": 1 error."), run.out().lines().toList());
    }

    @Test
    void exploringABrokenModelSaysWhatIsWrongWithoutAStackTrace() throws IOException {
        Path broken = brokenCopy("\"format\": \"endings/1\"", "\"format\": \"endings/9\"");
        Run run = Run.of("--model", broken.toString(), "--text");
        assertEquals(1, run.code());
        assertFalse(run.err().contains("\tat "), run.err());
        assertTrue(run.err().startsWith(broken + ":"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aMissingModelFileIsOneSentence() {
        Run run = Run.of("--model", "no/such/file.json", "--text");
        assertEquals(1, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("no/such/file.json"), run.err());
    }

    @Test
    void jsonLinesListEveryQuoteWithItsAttribution() throws Exception {
        Run run = Run.of("quotes", "--format", "jsonl");
        assertEquals(0, run.code(), run.err());
        int quotes = ModelLoader.loadBundled().model().quotes().size();
        List<String> lines = run.out().lines().toList();
        assertEquals(quotes, lines.size());
        JsonFactory json = new JsonFactory();
        for (String line : lines) {
            List<String> keys = new ArrayList<>();
            try (JsonParser p = json.createParser(ObjectReadContext.empty(), line)) {
                assertEquals(JsonToken.START_OBJECT, p.nextToken());
                int depth = 0;
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t == JsonToken.PROPERTY_NAME && depth == 0) {
                        keys.add(p.currentName());
                    } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                        depth++;
                    } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                        depth--;
                    }
                }
            }
            assertTrue(keys.containsAll(List.of("id", "text", "speaker", "source", "beats", "readings")), line);
        }
    }

    @Test
    void jsonLinesEscapeEveryCharacterATerminalWouldActOn() throws IOException {
        Path model = file("hostile.json", MINIMAL.replace("QUOTE", "a\\u007f b\\u009b c\\u202e d\\u001b e"));
        Run run = Run.of("quotes", "--model", model.toString(), "--format", "jsonl");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("\"a\\u007f b\\u009b c\\u202e d\\u001B e\""), run.out());
        assertTrue(run.out().chars().noneMatch(c -> c == 0x7f || c == 0x9b || c == 0x202e || c == 0x1b), run.out());
    }

    @Test
    void quotesFilterByReadingAndStance() {
        Run run = Run.of("quotes", "--reading", "despair", "--stance", "challenges");
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).matches("\\d+ quotes?\\."), lines.get(0));
        for (int i = 2; i < lines.size(); i += 2) {
            assertTrue(lines.get(i).contains("challenges A devastating place"), lines.get(i));
        }
        assertTrue(run.out().contains("“We know Ani will be fine.”"), run.out());
    }

    @Test
    void anUnknownBeatSaysHowManyThereAreAndHowToNameOne() {
        Run run = Run.of("quotes", "--beat", "finale");
        assertEquals(2, run.code());
        assertEquals("endings: No beat “finale”: there are 4 beats; give a number from 1 to 4 or the start of a title.\n",
                run.err());
    }

    @Test
    void filtersTakeWhatAReaderSeesNumbersTitlesAndNamesNotIds() {
        Run byBeat = Run.of("quotes", "--beat", "3", "--reading", "devastating");
        assertEquals(0, byBeat.code(), byBeat.err());
        assertEquals(byBeat.out(), Run.of("quotes", "--beat", "the refused", "--reading", "A DEVASTATING PLACE").out());
        Run bySource = Run.of("quotes", "--source", "script apart", "--person", "baker");
        assertEquals(0, bySource.code(), bySource.err());
        assertTrue(bySource.out().startsWith("9 quotes.\n"), bySource.out());
        for (String line : bySource.out().lines().skip(1).filter(l -> !l.startsWith("   ")).toList()) {
            assertTrue(line.contains("Sean Baker") && line.contains("Script Apart podcast"), line);
        }
        assertEquals("", Run.of("quotes", "--source", "1", "--person", "baker").err());
        Run nobody = Run.of("quotes", "--person", "zed");
        assertEquals(2, nobody.code());
        assertTrue(nobody.err().startsWith("endings: No person “zed”: the people are Sean Baker, "), nobody.err());
        Run twoReadings = Run.of("quotes", "--reading", "co");
        assertEquals(2, twoReadings.code());
        assertTrue(twoReadings.err().contains("could be reading 2, Consent or reading 5, Connection without words"),
                twoReadings.err());
    }

    @Test
    void aFolderOfModelsIsListedTheBrokenOneWithItsErrorAndTheOneChosenOpens(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("data", "anora.json"), dir.resolve("anora.json"));
        Files.writeString(dir.resolve("film.json"), MINIMAL, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("broken.json"), "{\n \"format\": \"endings/1\",\n \"work\": 3\n}\n",
                StandardCharsets.UTF_8);
        Run run = Run.with("7\n2\n", Map.of(), false, "--model", dir.toString(), "--text");
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("Models in " + dir + ": 3 models, 1 of them cannot be opened.", lines.get(0));
        assertEquals("1. Anora (2024), The final scene (anora.json).", lines.get(1));
        assertTrue(lines.get(2).startsWith("Cannot be opened: " + dir.resolve("broken.json") + ":3:10: error: /work: "),
                lines.get(2));
        assertEquals("2. Film (2024), The end (film.json).", lines.get(3));
        assertTrue(lines.get(4).startsWith("Which one? Type its number, 1 to 2: “7” is not one of the numbers 1 to 2."),
                lines.get(4));
        assertTrue(run.out().contains("Endings, text mode: how the ending of Film (2024) can be read"), run.out());
    }

    static final String MINIMAL = """
            {
              "format": "endings/1",
              "work": {"title": "Film", "year": 2024, "director": "Ann"},
              "scene": {"title": "The end", "where": "A car", "what": "Goodbye"},
              "people": [{"id": "ann", "name": "Ann", "role": "writer-director"}],
              "sources": [{"id": "a", "kind": "article", "title": "All about it"}],
              "beats": [{"id": "b1", "title": "The beat", "summary": "Something happens."}],
              "readings": [{"id": "r1", "title": "Hope", "thesis": "It ends well.", "glosses": {"b1": "It begins."}}],
              "quotes": [{"id": "q1", "text": "QUOTE", "speaker": "ann", "source": "a", "beats": ["b1"],
                          "stances": {"r1": "supports"}}]
            }
            """;
}
