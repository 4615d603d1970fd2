package org.endings.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** The loader's tables and the JSON Schema an editor checks a model with say the same, object by object. */
class ModelTablesTest {
    private static final Path SCHEMA = Path.of("data", "endings-model.schema.json");

    /** Where each object of the format stands in the schema. */
    private static final Map<String, List<String>> IN_SCHEMA = Map.of(
            "root", List.of(),
            "work", List.of("properties", "work"),
            "scene", List.of("properties", "scene"),
            "person", List.of("$defs", "person"),
            "source", List.of("$defs", "source"),
            "beat", List.of("$defs", "beat"),
            "reading", List.of("$defs", "reading"),
            "quote", List.of("$defs", "quote"));

    private static Map<String, Object> schema;

    @BeforeAll
    static void readSchema() throws IOException {
        try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), Files.readAllBytes(SCHEMA))) {
            p.nextToken();
            schema = object(p);
        }
    }

    /** A model with every field of every object, each with a value of its own. */
    private static final String EVERY_FIELD = """
            {"$schema": "endings-model.schema.json", "format": "endings/1",
             "work": {"title": "The Quiet Harbour", "year": 1999, "director": "Mara Lind"},
             "scene": {"title": "The last crossing", "where": "A ferry", "what": "She stays on board."},
             "people": [{"id": "lind", "name": "Mara Lind", "role": "director", "plays": "the ferryman"}],
             "sources": [{"id": "review", "kind": "interview", "title": "On the ferry", "outlet": "Harbour Weekly",
                          "date": "2001-02-03", "reportedBy": "review", "url": "https://example.org/ferry"}],
             "beats": [{"id": "crossing", "title": "The crossing", "summary": "The ferry leaves.",
                        "setting": ["deck", "night"], "time": "dawn"}],
             "readings": [{"id": "hope", "title": "Hope", "thesis": "She is free.", "glosses": {"crossing": "Away."}}],
             "quotes": [{"id": "q1", "text": "She stays.", "voice": "paraphrase", "speaker": "lind", "source": "review",
                         "beats": ["crossing"], "stances": {"hope": "complicates"}, "variantOf": "q1"}]}
            """;

    @Test
    void everyFieldOfEveryTableIsReadIntoItsRecord() throws ModelException {
        Model m = ModelLoader.load("every-field.json", EVERY_FIELD.getBytes(java.nio.charset.StandardCharsets.UTF_8)).model();
        assertEquals(new Work("The Quiet Harbour", 1999, "Mara Lind"), m.work());
        assertEquals(new Scene("The last crossing", "A ferry", "She stays on board."), m.scene());
        assertEquals(new Person("lind", "Mara Lind", "director", "the ferryman"), m.people().get(0));
        assertEquals(new Source("review", SourceKind.INTERVIEW, "Harbour Weekly", "On the ferry", "2001-02-03", "review",
                "https://example.org/ferry"), m.sources().get(0));
        assertEquals(new Beat("crossing", "The crossing", "The ferry leaves.", List.of("deck", "night"), "dawn"),
                m.beats().get(0));
        assertEquals(new Reading("hope", "Hope", "She is free.", Map.of("crossing", "Away.")), m.readings().get(0));
        assertEquals(new Quote("q1", "She stays.", Voice.PARAPHRASE, "lind", "review", List.of("crossing"),
                Map.of("hope", Stance.COMPLICATES), "q1"), m.quotes().get(0));
        int fields = 0;
        for (ObjectTable<?, ?> table : ModelTables.byName().values()) {
            fields += table.size();
        }
        assertEquals(fields + 2, EVERY_FIELD.split("\"[A-Za-z$]+\":", -1).length - 1,
                "the model above names every field of every table once, besides the keys of its gloss and stance maps");
    }

    @Test
    void everyObjectOfTheSchemaHasATableAndEveryTableAnObjectOfTheSchema() {
        assertEquals(IN_SCHEMA.keySet(), ModelTables.byName().keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"root", "work", "scene", "person", "source", "beat", "reading", "quote"})
    void theSchemasFieldsAreTheTablesFieldsInTheSameOrder(String name) {
        Map<String, Object> object = at(IN_SCHEMA.get(name));
        ObjectTable<?, ?> table = ModelTables.byName().get(name);
        assertEquals(Boolean.FALSE, object.get("additionalProperties"), name + " allows no other field in the schema");
        assertEquals(List.copyOf(properties(object).keySet()), table.names(), name + ": properties");
        assertEquals(object.get("required"), table.requiredNames(), name + ": required");
    }

    @Test
    void glossesAndStancesAreMapsFromIdsNotTables() {
        for (Map<String, Object> map : List.of(properties(at(List.of("$defs", "reading"))).get("glosses"),
                properties(at(List.of("$defs", "quote"))).get("stances"))) {
            assertEquals("object", map.get("type"));
            assertFalse(map.containsKey("properties"), map.toString());
            assertInstanceOf(Map.class, map.get("additionalProperties"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> properties(Map<String, Object> object) {
        Object properties = object.get("properties");
        assertTrue(properties instanceof Map, "properties in " + object);
        return (Map<String, Map<String, Object>>) properties;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(List<String> path) {
        Map<String, Object> node = schema;
        for (String key : path) {
            node = (Map<String, Object>) node.get(key);
        }
        return node;
    }

    // A JSON tree from the streaming parser, which is all of Jackson the program has: objects keep
    // their order.

    private static Map<String, Object> object(JsonParser p) {
        Map<String, Object> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            p.nextToken();
            out.put(name, value(p));
        }
        return out;
    }

    private static Object value(JsonParser p) {
        return switch (p.currentToken()) {
            case START_OBJECT -> object(p);
            case START_ARRAY -> {
                List<Object> out = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    out.add(value(p));
                }
                yield out;
            }
            case VALUE_TRUE -> true;
            case VALUE_FALSE -> false;
            case VALUE_NULL -> null;
            default -> p.getString();
        };
    }
}
