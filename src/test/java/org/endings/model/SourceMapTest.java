package org.endings.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Where the parts of a model stand, read only when a problem asks: a valid model is loaded and
 * validated without them, and every place a problem is given is the one the parser finds its value at.
 */
class SourceMapTest {
    /** A generated model big enough that its problems sit deep in long arrays: 2,000 quotes. */
    private static final String BIG = ModelLoaderTest.generated(200, 6, 2_000);

    @Test
    void aValidModelIsLoadedAndValidatedWithoutReadingWhereAnythingStands() throws Exception {
        Loaded loaded = ModelLoader.load("big.json", bytes(BIG));
        assertTrue(ModelValidator.validate(loaded.model()).isEmpty());
        assertFalse(loaded.locations().isRead(), "no problem, so no place was read");

        loaded.locations().at("/quotes/1500");
        assertTrue(loaded.locations().isRead(), "the first place asked for reads them");
        assertFalse(ModelLoader.loadBundled().locations().isRead());
    }

    @Test
    void everyValueIsPlacedWhereTheParserFindsIt() throws Exception {
        for (String json : List.of(ModelLoaderTest.MINIMAL, bundled(), BIG)) {
            SourceMap map = ModelLoader.load("m.json", bytes(json)).locations();
            Map<String, Location> values = valuesByPointer(json);
            assertTrue(values.size() > 30, "values: " + values.size());
            for (Map.Entry<String, Location> v : values.entrySet()) {
                assertEquals(v.getValue(), map.at(v.getKey()), v.getKey());
            }
        }
    }

    @Test
    void validationProblemsDeepInArraysAreSaidAtTheLineAndColumnOfTheirValue() throws Exception {
        String json = change(BIG, "{\"id\": \"q1500\"", "\"b101\"], \"stances\": {\"r0\"", "\"b999\"], \"stances\": {\"r9\"");
        json = change(json, "{\"id\": \"q1999\"", "\"speaker\": \"p0\"", "\"speaker\": \"nobody\"");
        json = change(json, "{\"id\": \"r5\"", "\"b150\": \"g\"", "\"b9999\": \"g\"");
        Loaded loaded = ModelLoader.load("big.json", bytes(json));
        List<Problem> problems = ModelValidator.validate(loaded.model());
        assertFalse(loaded.locations().isRead(), "validating asks for no place");

        char[] text = json.toCharArray();
        SourceMap readWithTheModel = new SourceMap(ModelReader.places("big.json", text, text.length));
        Map<String, Location> values = valuesByPointer(json);
        List<String> pointers = new ArrayList<>();
        for (Problem p : problems) {
            pointers.add(p.pointer());
            Location expected = values.get(p.pointer());
            assertNotNull(expected, "a problem at a value of the file: " + p.pointer());
            assertEquals(expected, loaded.locations().at(p.pointer()), p.pointer());
            assertEquals(readWithTheModel.at(p.pointer()), loaded.locations().at(p.pointer()), p.pointer());
        }
        assertEquals(Set.of("/readings/5/glosses", "/readings/5/glosses/b9999", "/quotes/1500/beats/1", "/quotes/1500/stances/r9",
                "/quotes/1999/speaker"), Set.copyOf(pointers));
        int line = lineOf(json, "{\"id\": \"q1500\"");
        assertEquals(new Location(line, columnOf(json, line, "\"b999\"")), loaded.locations().at("/quotes/1500/beats/1"));
    }

    @Test
    void aBrokenObjectDeepInAnArrayIsReportedAtItsOwnPlace() {
        int q1500 = lineOf(BIG, "{\"id\": \"q1500\"");
        assertEquals("big.json:" + q1500 + ":5: error: /quotes/1500: missing required field \"source\" in quote 1500",
                loadError(change(BIG, "{\"id\": \"q1500\"", "\"source\": \"s0\", ", "")));

        String numberStance = change(BIG, "{\"id\": \"q1500\"", "\"r1\": \"challenges\"", "\"r1\": 7");
        assertEquals("big.json:" + q1500 + ":" + columnOf(numberStance, q1500, "7}}")
                + ": error: /quotes/1500/stances/r1: expected a string, found a number", loadError(numberStance));

        String unknownField = change(BIG, "{\"id\": \"b150\"", "\"title\"", "\"tittle\"");
        int b150 = lineOf(BIG, "{\"id\": \"b150\"");
        assertEquals("big.json:" + b150 + ":20: error: /beats/150/tittle: unknown field \"tittle\" in a beat: did you mean "
                + "\"title\"? Expected one of id, title, summary, setting, time", loadError(unknownField));

        String unclosed = change(BIG, "{\"id\": \"q1999\"", "\"b0\"]", "\"b0\"");
        assertTrue(loadError(unclosed).startsWith("big.json:" + lineOf(BIG, "{\"id\": \"q1999\"") + ":"), loadError(unclosed));
    }

    @Test
    void twoThreadsAskingForPlacesAtOnceReadThemOnceAndBothGetThem() throws Exception {
        Loaded loaded = ModelLoader.load("big.json", bytes(BIG));
        Map<String, Location> values = valuesByPointer(BIG);
        CountDownLatch start = new CountDownLatch(1);
        List<Map<String, Location>> seen = List.of(new LinkedHashMap<>(), new LinkedHashMap<>());
        List<Thread> threads = new ArrayList<>();
        for (Map<String, Location> mine : seen) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (String pointer : values.keySet()) {
                    mine.put(pointer, loaded.locations().at(pointer));
                }
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(values, seen.get(0));
        assertEquals(values, seen.get(1));
    }

    @Test
    void aMapThatKnowsNoPlacesIsReadAndAnswersTheStart() {
        assertTrue(SourceMap.empty().isRead());
        assertEquals(Location.START, SourceMap.empty().at("/quotes/3"));
        assertThrows(NullPointerException.class, () -> SourceMap.empty().at(null));
    }

    // ---------------------------------------------------------------------------------------------

    /**
     * Where the parser finds each value of {@code json}, by its JSON pointer, walked without the model's
     * reader: the place a source map must give for it.
     */
    static Map<String, Location> valuesByPointer(String json) {
        char[] text = json.toCharArray();
        Map<String, Location> out = new LinkedHashMap<>();
        try (JsonParser p = JsonSyntax.parser(text, text.length)) {
            p.nextToken();
            walk(p, "", out);
        }
        return out;
    }

    private static void walk(JsonParser p, String pointer, Map<String, Location> out) {
        TokenStreamLocation at = p.currentTokenLocation();
        out.put(pointer, new Location(at.getLineNr(), at.getColumnNr()));
        if (p.currentToken() == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String segment = p.currentName().replace("~", "~0").replace("/", "~1");
                p.nextToken();
                walk(p, pointer + "/" + segment, out);
            }
        } else if (p.currentToken() == JsonToken.START_ARRAY) {
            for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                walk(p, pointer + "/" + i, out);
            }
        }
    }

    /** {@code json} with the first {@code from} after {@code after}, on its line, changed to {@code to}. */
    private static String change(String json, String after, String from, String to) {
        int line = json.indexOf(after);
        int at = json.indexOf(from, line);
        assertTrue(line >= 0 && at >= 0 && at < json.indexOf('\n', line), "on the line of " + after + ": " + from);
        return json.substring(0, at) + to + json.substring(at + from.length());
    }

    /** The 1-based line of the first {@code what} in {@code json}. */
    private static int lineOf(String json, String what) {
        return (int) json.substring(0, json.indexOf(what)).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String loadError(String json) {
        return assertThrows(ModelException.class, () -> ModelLoader.load("big.json", bytes(json))).getMessage();
    }

    /** The 1-based column of the first {@code what} on line {@code line} of {@code json}. */
    private static int columnOf(String json, int line, String what) {
        return json.lines().skip(line - 1).findFirst().orElseThrow().indexOf(what) + 1;
    }

    private static String bundled() throws IOException {
        try (InputStream in = SourceMapTest.class.getResourceAsStream(ModelLoader.BUNDLED_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
