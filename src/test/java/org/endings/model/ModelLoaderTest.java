package org.endings.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModelLoaderTest {

    /** A small model with every optional field both present and absent somewhere. */
    static final String MINIMAL = """
            {
              "$schema": "endings-model.schema.json",
              "format": "endings/1",
              "work": {"title": "A Film", "year": 2024, "director": "A Director"},
              "scene": {"title": "The end", "where": "In a car", "what": "Two people talk"},
              "people": [
                {"id": "dir", "name": "A Director", "role": "writer-director"},
                {"id": "lead", "name": "A Lead", "role": "actor", "plays": "The Lead"}
              ],
              "sources": [
                {"id": "piece", "kind": "article", "title": "On the end"},
                {"id": "talk", "kind": "podcast", "title": "A talk", "outlet": "A Show",
                 "date": "2025-01-02", "reportedBy": "piece"}
              ],
              "beats": [
                {"id": "b1", "title": "Arrival", "summary": "They arrive."},
                {"id": "b2", "title": "Silence", "summary": "Nobody speaks.",
                 "setting": ["snow", "wipers"], "time": "night"}
              ],
              "readings": [
                {"id": "r1", "title": "One way", "thesis": "It ends.",
                 "glosses": {"b2": "second first", "b1": "then the first"}}
              ],
              "quotes": [
                {"id": "q1", "text": "Plain words.", "source": "piece", "beats": ["b1"]},
                {"id": "q2", "text": "Other words.", "voice": "paraphrase", "speaker": "dir",
                 "source": "talk", "beats": ["b1", "b2"],
                 "stances": {"r1": "complicates"}, "variantOf": "q1"}
              ]
            }
            """;

    @TempDir
    static Path tmp;

    // ---------------------------------------------------------------------------------------------
    // The table of broken files

    @FunctionalInterface
    interface Attempt {
        Loaded run() throws Exception;
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                fixture("truncated-in-a-beat.json",
                        "models/bad/truncated-in-a-beat.json:5:1: error: /beats/0: unexpected end of file:"
                                + " expected \"}\" to close the object opened at 4:5"),
                fixture("truncated-in-a-string.json",
                        "models/bad/truncated-in-a-string.json:4:45: error: /quotes/0/text: unexpected end of file:"
                                + " expected the closing quote of the string"),
                fixture("unclosed-string.json",
                        "models/bad/unclosed-string.json:4:47: error: /quotes/0/text: line break inside a string:"
                                + " close the string with a quote, or write the line break as \\n"),
                fixture("trailing-brace-after-the-document.json",
                        "models/bad/trailing-brace-after-the-document.json:4:1: error: trailing content after the end"
                                + " of the document: expected the end of the file"),
                fixture("trailing-words-after-the-document.json",
                        "models/bad/trailing-words-after-the-document.json:4:1: error: trailing content after the end"
                                + " of the document: expected the end of the file"),
                fixture("missing-comma-between-fields.json",
                        "models/bad/missing-comma-between-fields.json:3:3: error: unexpected \"\\\"\":"
                                + " expected \",\" or \"}\""),
                fixture("trailing-comma-in-an-array.json",
                        "models/bad/trailing-comma-in-an-array.json:5:3: error: /people/1: unexpected \"]\" after a"
                                + " comma: expected a value (JSON allows no trailing comma)"),
                fixture("duplicate-key-in-a-person.json",
                        "models/bad/duplicate-key-in-a-person.json:4:50: error: /people/0/id: duplicate key \"id\""),
                fixture("duplicate-key-in-glosses.json",
                        "models/bad/duplicate-key-in-glosses.json:4:85: error: /readings/0/glosses/b1:"
                                + " duplicate key \"b1\""),
                fixture("year-is-a-string.json",
                        "models/bad/year-is-a-string.json:3:38: error: /work/year: expected an integer, found a string"),
                fixture("year-is-not-an-integer.json",
                        "models/bad/year-is-not-an-integer.json:3:38: error: /work/year: expected an integer,"
                                + " found 2024.5"),
                fixture("year-has-a-huge-exponent.json",
                        "models/bad/year-has-a-huge-exponent.json:3:38: error: /work/year: expected an integer,"
                                + " found 1e99999999999, which is out of range"),
                fixture("lone-surrogate-in-a-string.json",
                        "models/bad/lone-surrogate-in-a-string.json:3:46: error: /work/title: invalid escape"
                                + " \"\\\\ud800\" in a string: a lone surrogate is not a character"),
                fixture("title-is-a-number.json",
                        "models/bad/title-is-a-number.json:3:22: error: /scene/title: expected a string, found a number"),
                fixture("beat-reference-is-a-number.json",
                        "models/bad/beat-reference-is-a-number.json:4:67: error: /quotes/0/beats/1: expected a string,"
                                + " found a number"),
                fixture("top-level-is-an-array.json",
                        "models/bad/top-level-is-an-array.json:1:1: error: expected a JSON object, found an array"),
                fixture("unknown-field-in-a-quote.json",
                        "models/bad/unknown-field-in-a-quote.json:4:64: error: /quotes/0/colour: unknown field"
                                + " \"colour\" in a quote: expected one of id, text, voice, speaker, source, beats,"
                                + " stances, variantOf"),
                fixture("missing-title-in-beat-3.json",
                        "models/bad/missing-title-in-beat-3.json:7:5: error: /beats/3: missing required field"
                                + " \"title\" in beat 3"),
                fixture("missing-year-in-the-work.json",
                        "models/bad/missing-year-in-the-work.json:3:11: error: /work: missing required field \"year\""
                                + " in the work"),
                fixture("missing-quotes-at-the-top-level.json",
                        "models/bad/missing-quotes-at-the-top-level.json:1:1: error: missing required field \"quotes\""
                                + " at the top level"),
                fixture("invalid-stance-word.json",
                        "models/bad/invalid-stance-word.json:5:29: error: /quotes/0/stances/consent: invalid stance"
                                + " \"agrees\": expected one of supports, complicates, challenges"),
                fixture("invalid-source-kind.json",
                        "models/bad/invalid-source-kind.json:4:26: error: /sources/0/kind: invalid kind \"tweet\":"
                                + " expected one of article, interview, podcast"),
                fixture("unsupported-format.json",
                        "models/bad/unsupported-format.json:2:13: error: /format: unsupported format \"endings/2\":"
                                + " expected \"endings/1\""),
                fixture("empty.json",
                        "models/bad/empty.json:1:1: error: the file is empty: expected a JSON object"),
                fixture("only-whitespace.json",
                        "models/bad/only-whitespace.json:1:1: error: the file is empty: expected a JSON object"),
                fixture("latin-1-not-utf-8.json",
                        "models/bad/latin-1-not-utf-8.json:3:25: error: the file is not valid UTF-8: byte 0xE9 at"
                                + " offset 51 cannot be decoded; save the file as UTF-8"),
                fixture("starts-with-a-bom.json",
                        "models/bad/starts-with-a-bom.json:1:1: error: the file starts with a byte-order mark (BOM):"
                                + " save the file as UTF-8 without BOM"),
                fixture("raw-escape-character-in-a-string.json",
                        "models/bad/raw-escape-character-in-a-string.json:4:29: error: /quotes/0/text: raw control"
                                + " character U+001B inside a string: JSON needs it escaped, as \\u001b"),
                fixture("escape-character-in-an-unknown-key.json",
                        "models/bad/escape-character-in-an-unknown-key.json:4:35: error: /quotes/0/col\\u001bour:"
                                + " unknown field \"col\\u001bour\" in a quote: expected one of id, text, voice,"
                                + " speaker, source, beats, stances, variantOf"),
                Arguments.of("nested 65 levels deep (generated)", (Attempt) () -> ModelLoader.load("deep.json",
                                ("{\"format\": \"endings/1\", \"work\": " + "[".repeat(64) + "]".repeat(64) + "}")
                                        .getBytes(StandardCharsets.UTF_8)),
                        "deep.json:1:96: error: /work" + "/0".repeat(63)
                                + ": nested too deeply: more than 64 levels of objects and arrays"),
                Arguments.of("over 8 MiB (generated)", (Attempt) () -> ModelLoader.load(tooBigFile()),
                        "{tmp}/too-big.json:1:1: error: the file is too big: 8388609 bytes, more than the limit"
                                + " of 8 MiB (8388608 bytes)"));
    }

    private static Arguments fixture(String name, String expected) {
        return Arguments.of(name, (Attempt) () -> ModelLoader.load("models/bad/" + name, resource("models/bad/" + name)),
                expected);
    }

    private static Path tooBigFile() throws IOException {
        Path file = tmp.resolve("too-big.json");
        byte[] bytes = new byte[(int) ModelLoader.MAX_BYTES + 1];
        java.util.Arrays.fill(bytes, (byte) ' ');
        bytes[0] = '{';
        bytes[bytes.length - 1] = '}';
        Files.write(file, bytes);
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void eachBrokenFileIsReportedAsOneLineWithFileLineColumnPointerAndWhatWasExpected(String name, Attempt attempt,
                                                                                     String expected) {
        ModelException e = assertThrows(ModelException.class, attempt::run, name);
        assertEquals(expected.replace("{tmp}", tmp.toString()), e.getMessage());
        assertPlainLine(e.getMessage());
    }

    // ---------------------------------------------------------------------------------------------
    // Single cases

    @Test
    void duplicateKeyIsReportedAtTheSecondOccurrence() throws Exception {
        ModelException e = assertThrows(ModelException.class,
                () -> ModelLoader.load("m.json", bytes("{\n \"format\": \"endings/1\",\n \"format\": \"endings/1\"}")));
        assertEquals(3, e.line());
        assertEquals(2, e.column());
        assertEquals("/format", e.pointer());
        assertEquals("duplicate key \"format\"", e.detail());
    }

    @Test
    void missingFieldIsLocatedAtTheStartOfItsObject() {
        ModelException e = assertThrows(ModelException.class,
                () -> ModelLoader.load("m.json", bytes("{\"format\": \"endings/1\",\n  \"scene\":   {\"title\": \"t\", \"where\": \"w\"}}")));
        assertEquals("m.json:2:14: error: /scene: missing required field \"what\" in the scene", e.getMessage());
    }

    @Test
    void aBidiControlCharacterInAnInvalidWordIsShownEscaped() {
        ModelException e = assertThrows(ModelException.class, () -> ModelLoader.load("m.json",
                bytes("{\"format\": \"endings/1\", \"quotes\": [{\"voice\": \"dir\u202Eect\"}]}")));
        assertEquals("m.json:1:46: error: /quotes/0/voice: invalid voice \"dir\\u202eect\": expected one of direct,"
                + " paraphrase, editorial", e.getMessage());
    }

    @Test
    void aSyntaxErrorBetweenTwoFieldsIsPlacedInTheirObjectNotInTheFieldBefore() {
        String doubled = assertThrows(ModelException.class, () -> ModelLoader.load("m.json",
                bytes("{\"format\": \"endings/1\", \"work\": {\"title\": \"X\",, }}"))).getMessage();
        assertEquals("m.json:1:47: error: /work: unexpected \",\": expected a field name in double quotes", doubled);
        String single = assertThrows(ModelException.class, () -> ModelLoader.load("m.json",
                bytes("{\"format\": \"endings/1\", 'work': {}}"))).getMessage();
        assertTrue(single.startsWith("m.json:1:25: error: unexpected \"'\""), single);
        String inValue = assertThrows(ModelException.class, () -> ModelLoader.load("m.json",
                bytes("{\"format\": \"endings/1\", \"work\": {\"title\": tru}}"))).getMessage();
        assertTrue(inValue.startsWith("m.json:1:"), inValue);
        assertTrue(inValue.contains(": error: /work/title: "), inValue);
        for (String bad : new String[] {"An\\qora", "An\\u12zz"}) {
            String escape = assertThrows(ModelException.class, () -> ModelLoader.load("m.json",
                    bytes("{\"format\": \"endings/1\", \"work\": {\"title\": \"" + bad + "\"}}"))).getMessage();
            assertTrue(escape.contains(": error: /work/title: "), escape);
        }
    }

    @Test
    void halfOfASurrogatePairAloneIsAnErrorAtItsEscape() {
        for (String[] c : new String[][] {
                {"\\uDC00 then", "1:44", "/work/title", "\\\\uDC00"},
                {"pair \\ud83c\\udf19, high alone \\ud83c\\u0041", "1:74", "/work/title", "\\\\ud83c"},
                {"\\n\\\"\\u00e9\\ud800", "1:54", "/work/title", "\\\\ud800"}}) {
            ModelException e = assertThrows(ModelException.class, () -> ModelLoader.load("m.json",
                    bytes("{\"format\": \"endings/1\", \"work\": {\"title\": \"" + c[0] + "\"}}")), c[0]);
            assertEquals("m.json:" + c[1] + ": error: " + c[2] + ": invalid escape \"" + c[3]
                    + "\" in a string: a lone surrogate is not a character", e.getMessage());
        }
        ModelException e = assertThrows(ModelException.class, () -> ModelLoader.load("m.json",
                bytes(MINIMAL.replace("\"wipers\"", "\"wip\\udfffers\""))));
        assertEquals("/beats/1/setting/1", e.pointer());
        assertEquals(new Location(18, 30), new Location(e.line(), e.column()));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneWrittenAsTwoEscapesLoads() throws Exception {
        Model m = ModelLoader.load("m.json",
                bytes(MINIMAL.replace("\"A Film\"", "\"A \\uD83C\\udf19 Film\""))).model();
        assertEquals("A \uD83C\uDF19 Film", m.work().title());
    }

    @Test
    void aMisspeltFieldNameGetsTheFieldItMostLikelyMeant() {
        String sumary = assertThrows(ModelException.class, () -> ModelLoader.load("m.json",
                bytes(MINIMAL.replaceFirst("\"summary\"", "\"sumary\"")))).getMessage();
        assertTrue(sumary.contains(": unknown field \"sumary\" in a beat: did you mean \"summary\"? Expected one of id,"),
                sumary);
        String variant = assertThrows(ModelException.class, () -> ModelLoader.load("m.json",
                bytes(MINIMAL.replaceFirst("\"variantOf\"", "\"variantof\"")))).getMessage();
        assertTrue(variant.contains("did you mean \"variantOf\"?"), variant);
        String far = assertThrows(ModelException.class, () -> ModelLoader.load("m.json",
                bytes(MINIMAL.replaceFirst("\"summary\"", "\"colour\"")))).getMessage();
        assertTrue(far.contains(": unknown field \"colour\" in a beat: expected one of id,"), far);
    }

    @Test
    void aVeryLongInvalidWordIsCutShort() {
        String word = "x".repeat(500);
        ModelException e = assertThrows(ModelException.class, () -> ModelLoader.load("m.json",
                bytes("{\"format\": \"" + word + "\"}")));
        assertEquals("m.json:1:12: error: /format: unsupported format \"" + "x".repeat(57) + "...\": expected"
                + " \"endings/1\"", e.getMessage());
    }

    @Test
    void aUtf16FileIsToldToBeSavedAsUtf8() {
        ModelException e = assertThrows(ModelException.class, () -> ModelLoader.load("m.json",
                "\uFEFF{}".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("m.json:1:1: error: the file is UTF-16 (it starts with a UTF-16 byte-order mark): save it as"
                + " UTF-8 without BOM", e.getMessage());
    }

    @Test
    void bytesOverTheLimitAreRefusedBeforeParsing() {
        byte[] big = new byte[(int) ModelLoader.MAX_BYTES + 10];
        ModelException e = assertThrows(ModelException.class, () -> ModelLoader.load("m.json", big));
        // (bytes handed over are cut one past the limit, as standard input is read: the real size is unknown)
        assertEquals("m.json:1:1: error: the file is too big: more than the limit of 8 MiB (8388608 bytes)",
                e.getMessage());
    }

    @Test
    void aMissingFileIsPlacedAtItsStartSoThatToolsCanParseTheLine() {
        Path file = tmp.resolve("nowhere.json");
        ModelException e = assertThrows(ModelException.class, () -> ModelLoader.load(file));
        assertEquals(file + ":1:1: error: no such file", e.getMessage());
        assertEquals(1, e.line());
    }

    @Test
    void aFileWhoseNameIsNotUtf8IsFoundAndRead() throws Exception {
        // Java decodes such a command-line argument with U+FFFD for each bad byte; the file is there all the same
        Path dir = Files.createDirectories(tmp.resolve("latin1"));
        Files.write(dir.resolve("model.json"), bytes(MINIMAL.strip()));
        Process mv = new ProcessBuilder("sh", "-c", "mv model.json \"$(printf 'caf\\351.json')\"")
                .directory(dir.toFile()).inheritIO().start();
        assertEquals(0, mv.waitFor());
        Path asTyped = dir.resolve("caf\uFFFD.json");
        ModelLoader.load(asTyped);   // before: "no such file"
    }

    @Test
    void aBrokenLinkAndALoopOfLinksAreSaidInPlainWords() throws Exception {
        Path broken = Files.createSymbolicLink(tmp.resolve("broken.json"), tmp.resolve("gone.json"));
        assertEquals(broken + ":1:1: error: is a link to a file that does not exist",
                assertThrows(ModelException.class, () -> ModelLoader.load(broken)).getMessage());
        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        String message = assertThrows(ModelException.class, () -> ModelLoader.load(a)).getMessage();
        assertTrue(message.startsWith(a + ":1:1: error: cannot read the file: too many levels of symbolic links"), message);
    }

    @Test
    void aLoneSurrogateInAFieldNameAndAFieldNameTooLongAreSaidInTheLoadersWords() {
        for (String json : List.of("{\"format\": \"endings/1\", \"wo\\ud800rk\": 1}", "{\"\\udc00\": 1}",
                "{\"a\\ud800\\u0041\": 1}")) {
            String message = assertThrows(ModelException.class, () -> ModelLoader.load("k.json", bytes(json))).getMessage();
            assertTrue(message.matches("k\\.json:1:\\d+: error: invalid \\\\u escape in a field name: a lone surrogate is not a"
                    + " character"), message);
        }
        String longName = "{\"work\": {\"" + "k".repeat(60_000) + "\": 1}}";
        assertEquals("k.json:1:60013: error: /work: field name too long: 60000 characters, more than the limit of 50000",
                assertThrows(ModelException.class, () -> ModelLoader.load("k.json", bytes(longName))).getMessage());
    }

    @Test
    void aDirectoryIsNotTakenForAModel() {
        ModelException e = assertThrows(ModelException.class, () -> ModelLoader.load(tmp));
        assertEquals(tmp + ":1:1: error: is a directory: expected a model file", e.getMessage());
    }

    @Test
    void aModelCutOffAnywhereGivesOnePlainErrorAndNeverAParserException() {
        byte[] whole = bytes(MINIMAL.strip());
        for (int length = 0; length < whole.length; length++) {
            byte[] part = java.util.Arrays.copyOf(whole, length);
            try {
                ModelLoader.load("cut.json", part);
                fail("a model cut at byte " + length + " loaded");
            } catch (ModelException e) {
                assertPlainLine(e.getMessage());
                assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
            }
        }
    }

    @Test
    void aModelWithOneByteFlippedGivesAPlainErrorOrLoads() {
        byte[] whole = bytes(MINIMAL);
        byte[] noise = {0, 0x1B, '"', '{', '}', '[', ']', ',', ':', 'x', '1', (byte) 0xC3, (byte) 0x80, '\\'};
        for (int i = 0; i < whole.length; i += 3) {
            for (byte b : noise) {
                byte[] changed = whole.clone();
                changed[i] = b;
                try {
                    ModelLoader.load("noise.json", changed);
                } catch (ModelException e) {
                    assertPlainLine(e.getMessage());
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Good models

    @Test
    void aMinimalModelLoadsWithEveryValueInItsRecord() throws Exception {
        Model m = ModelLoader.load("minimal.json", bytes(MINIMAL)).model();

        assertEquals(Model.FORMAT, m.format());
        assertEquals(new Work("A Film", 2024, "A Director"), m.work());
        assertEquals(new Scene("The end", "In a car", "Two people talk"), m.scene());
        assertEquals(List.of(new Person("dir", "A Director", "writer-director", null),
                new Person("lead", "A Lead", "actor", "The Lead")), m.people());
        assertEquals(List.of(new Source("piece", SourceKind.ARTICLE, null, "On the end", null, null),
                new Source("talk", SourceKind.PODCAST, "A Show", "A talk", "2025-01-02", "piece")), m.sources());
        assertEquals(List.of(new Beat("b1", "Arrival", "They arrive.", List.of(), null),
                new Beat("b2", "Silence", "Nobody speaks.", List.of("snow", "wipers"), "night")), m.beats());

        Reading r = m.readings().get(0);
        assertEquals("r1", r.id());
        assertEquals(List.of("b2", "b1"), List.copyOf(r.glosses().keySet()), "glosses keep the file's order");
        assertEquals("second first", r.glossFor("b2"));

        Quote q1 = m.quotes().get(0);
        assertEquals(Voice.DIRECT, q1.voice(), "voice defaults to direct");
        assertNull(q1.speaker());
        assertNull(q1.variantOf());
        assertTrue(q1.stances().isEmpty());
        assertEquals(List.of("b1"), q1.beats());

        Quote q2 = m.quotes().get(1);
        assertEquals(new Quote("q2", "Other words.", Voice.PARAPHRASE, "dir", "talk", List.of("b1", "b2"),
                Map.of("r1", Stance.COMPLICATES), "q1"), q2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024.0", "2024.000", "2.024e3", "202400e-2"})
    void aYearWrittenWithAZeroFractionIsTheIntegerItIsToJsonSchema(String year) throws Exception {
        Model m = ModelLoader.load("y.json", bytes(MINIMAL.replace("\"year\": 2024", "\"year\": " + year))).model();
        assertEquals(2024, m.work().year());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e99999999999", "-1E+99999999999", "1.5e2147483648", "2024e10", "2147483648",
            "-2147483649", "99999999999999999999999999", "2148000000e-0"})
    void aYearTooBigForAnyCalendarIsOutOfRangeNotACrash(String year) {
        ModelException e = assertThrows(ModelException.class, () -> ModelLoader.load("y.json",
                bytes(MINIMAL.replace("\"year\": 2024", "\"year\": " + year))));
        assertEquals("/work/year", e.pointer());
        assertEquals(4, e.line());
        assertEquals(39, e.column());
        assertTrue(e.detail().startsWith("expected an integer, found "), e.detail());
        assertTrue(e.detail().endsWith(", which is out of range"), e.detail());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-99999999999", "2024.5e-2147483648", "0.5", "-1e-1"})
    void aYearWithAFractionOfAnySizeIsNotAnInteger(String year) {
        ModelException e = assertThrows(ModelException.class, () -> ModelLoader.load("y.json",
                bytes(MINIMAL.replace("\"year\": 2024", "\"year\": " + year))));
        assertEquals("y.json:4:39: error: /work/year: expected an integer, found " + year, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0e99999999999", "-0.0e-99999999999", "2147483647", "-2147483648"})
    void aNumberWithAnExponentTooBigForJavaStillLoadsWhenItIsAnInteger(String year) throws Exception {
        Model m = ModelLoader.load("y.json", bytes(MINIMAL.replace("\"year\": 2024", "\"year\": " + year))).model();
        assertEquals(new java.math.BigDecimal(year.replaceAll("e.*", "")).intValue(), m.work().year());
    }

    @Test
    void aNumberWithTooManyDigitsIsReportedInPlainWords() {
        ModelException e = assertThrows(ModelException.class, () -> ModelLoader.load("y.json",
                bytes(MINIMAL.replace("\"year\": 2024", "\"year\": " + "9".repeat(1001)))));
        assertEquals("/work/year", e.pointer());
        assertEquals("invalid number: more than 1000 digits", e.detail());
    }

    @Test
    void emptyArraysAreAModel() throws Exception {
        Model m = ModelLoader.load("e.json", bytes("""
                {"format": "endings/1", "work": {"title": "T", "year": -0, "director": "D"},
                 "scene": {"title": "T", "where": "W", "what": "W"},
                 "people": [], "sources": [], "beats": [], "readings": [], "quotes": []}""")).model();
        assertEquals(0, m.work().year());
        assertTrue(m.quotes().isEmpty());
    }

    @Test
    void sourceMapGivesTheLineAndColumnOfANestedField() throws Exception {
        SourceMap map = ModelLoader.load("minimal.json", bytes(MINIMAL)).locations();

        assertEquals(new Location(28, 24), map.at("/quotes/1/stances/r1"));
        assertEquals(new Location(28, 17), map.at("/quotes/1/stances"));
        assertEquals(new Location(25, 5), map.at("/quotes/0"));
        assertEquals(new Location(4, 39), map.at("/work/year"));
        assertEquals(new Location(22, 46), map.at("/readings/0/glosses/b1"));
        assertEquals(new Location(1, 1), map.at(""));
    }

    @Test
    void sourceMapPlacesEachStringOfAnArrayAtTheStringNotAtTheBracket() throws Exception {
        SourceMap map = ModelLoader.load("minimal.json", bytes(MINIMAL)).locations();

        assertEquals(new Location(27, 33), map.at("/quotes/1/beats"));
        assertEquals(new Location(27, 34), map.at("/quotes/1/beats/0"));
        assertEquals(new Location(27, 40), map.at("/quotes/1/beats/1"));
        assertEquals(new Location(25, 71), map.at("/quotes/0/beats/0"));
    }

    @Test
    void sourceMapFallsBackToTheNearestRecordedAncestor() throws Exception {
        SourceMap map = ModelLoader.load("minimal.json", bytes(MINIMAL)).locations();

        assertEquals(new Location(27, 33), map.at("/quotes/1/beats/2"), "past the last element: the array");
        assertEquals(new Location(26, 5), map.at("/quotes/1/nothing/here"));
        assertEquals(new Location(24, 13), map.at("/quotes/9"));
        assertEquals(new Location(1, 1), map.at("no-slash"));
        assertEquals(new Location(1, 1), SourceMap.empty().at("/quotes/0"));
    }

    @Test
    void sourceMapUnderstandsEscapedPointerSegments() throws Exception {
        String json = MINIMAL.replace("\"glosses\": {\"b2\": \"second first\", \"b1\": \"then the first\"}",
                "\"glosses\": {\"a/b\": \"x\", \"c~d\": \"y\"}");
        SourceMap map = ModelLoader.load("m.json", bytes(json)).locations();
        assertEquals(new Location(22, 25), map.at("/readings/0/glosses/a~1b"));
        assertEquals(new Location(22, 37), map.at("/readings/0/glosses/c~0d"));
        assertEquals(new Location(22, 17), map.at("/readings/0/glosses/a/b"), "an unescaped slash is two steps");
    }

    @Test
    void errorPointersEscapeSlashAndTilde() {
        ModelException e = assertThrows(ModelException.class, () -> ModelLoader.load("m.json",
                bytes("{\"format\": \"endings/1\", \"quotes\": [{\"stances\": {\"a/b~\": 1}}]}")));
        assertEquals("/quotes/0/stances/a~1b~0", e.pointer());
        assertEquals("expected a string, found a number", e.detail());
    }

    @Test
    void aLargeGeneratedModelLoadsWhole() throws Exception {
        byte[] json = bytes(generated(2_000, 12, 20_000));
        assertTrue(json.length < ModelLoader.MAX_BYTES, "the generated model fits the limit: " + json.length);
        Loaded loaded = ModelLoader.load("big.json", json);
        assertEquals(20_000, loaded.model().quotes().size());
        assertEquals(2_000, loaded.model().readings().get(11).glosses().size());
        assertEquals(new Location(1, 1), loaded.locations().at(""));
    }

    @Test
    void theBundledModelLoads() {
        Assumptions.assumeTrue(ModelLoaderTest.class.getResource(ModelLoader.BUNDLED_RESOURCE) != null,
                "data/anora.json is not on the class path yet");
        Loaded loaded = ModelLoader.loadBundled();
        assertEquals(Model.FORMAT, loaded.model().format());
        assertFalse(loaded.model().quotes().isEmpty());
    }

    // ---------------------------------------------------------------------------------------------

    /** One line, no raw control or bidi character, nothing of Jackson's own wording. */
    private static void assertPlainLine(String message) {
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            assertFalse(c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C',
                    "raw character U+" + Integer.toHexString(c) + " in: " + message);
        }
        for (String jackson : List.of("[Source", "Jackson", "StreamRead", "JsonToken", "VALUE_", "START_", "`")) {
            assertFalse(message.contains(jackson), "parser wording in: " + message);
        }
        assertTrue(message.contains(": error: "), message);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ModelLoaderTest.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return in.readAllBytes();
        }
    }

    /** A model of the given size, with every optional field used and escapes in its strings. */
    static String generated(int beats, int readings, int quotes) {
        StringBuilder b = new StringBuilder(1 << 23);
        b.append("{\n  \"format\": \"endings/1\",\n")
                .append("  \"work\": {\"title\": \"Big\", \"year\": 2024, \"director\": \"D\"},\n")
                .append("  \"scene\": {\"title\": \"S\", \"where\": \"W\", \"what\": \"W\"},\n")
                .append("  \"people\": [{\"id\": \"p0\", \"name\": \"N\", \"role\": \"actor\", \"plays\": \"P\"}],\n")
                .append("  \"sources\": [{\"id\": \"s0\", \"kind\": \"interview\", \"title\": \"T\", \"outlet\": \"O\"}],\n")
                .append("  \"beats\": [\n");
        for (int i = 0; i < beats; i++) {
            b.append("    {\"id\": \"b").append(i).append("\", \"title\": \"Beat ").append(i)
                    .append("\", \"summary\": \"Something happens, \\\"quietly\\\".\", \"setting\": [\"snow\", \"car\"]}")
                    .append(i + 1 < beats ? ",\n" : "\n");
        }
        b.append("  ],\n  \"readings\": [\n");
        for (int r = 0; r < readings; r++) {
            b.append("    {\"id\": \"r").append(r).append("\", \"title\": \"R\", \"thesis\": \"T\", \"glosses\": {");
            for (int i = 0; i < beats; i++) {
                b.append(i == 0 ? "" : ", ").append("\"b").append(i).append("\": \"g\"");
            }
            b.append("}}").append(r + 1 < readings ? ",\n" : "\n");
        }
        b.append("  ],\n  \"quotes\": [\n");
        for (int q = 0; q < quotes; q++) {
            b.append("    {\"id\": \"q").append(q).append("\", \"text\": \"Words of quote ").append(q)
                    .append(", said plainly \\u2014 once.\", \"voice\": \"paraphrase\", \"speaker\": \"p0\", ")
                    .append("\"source\": \"s0\", \"beats\": [\"b").append(q % beats).append("\", \"b")
                    .append((q + 1) % beats).append("\"], \"stances\": {\"r").append(q % readings)
                    .append("\": \"supports\", \"r").append((q + 1) % readings).append("\": \"challenges\"}}")
                    .append(q + 1 < quotes ? ",\n" : "\n");
        }
        return b.append("  ]\n}\n").toString();
    }
}
