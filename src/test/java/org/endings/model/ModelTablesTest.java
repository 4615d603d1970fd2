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
