package org.endings.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Bad models made from a valid one (issue 17's hostile corpus): the model cut short at many places,
 * each value given every wrong type, numbers out of every range, every limit crossed, every encoding
 * the loader refuses. The hand-made ones are the files under src/test/resources/hostile.
 */
final class HostileCorpus {
    private HostileCorpus() {
    }

    /** Name → bytes of each generated bad model, built from the valid {@code model}. */
    static Map<String, byte[]> generate(String model) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        byte[] whole = model.getBytes(StandardCharsets.UTF_8);
        for (int cut = 0; cut < whole.length; cut += Math.max(1, whole.length / 40)) {
            out.put("cut-at-" + cut, java.util.Arrays.copyOf(whole, cut));
        }
        List<String> wrong = List.of("1", "\"text\"", "true", "[]", "{}", "[1]", "{\"x\": 1}");
        int values = countValues(model);
        for (int i = 1; i < values; i++) {
            for (String w : wrong) {
                String mutant = replaceValue(model, i, w);
                if (mutant != null) {
                    out.put("value-" + i + "-as-" + w.replaceAll("[^a-z0-9]", "_"), bytes(mutant));
                }
            }
        }
        for (String n : List.of("1e99999999999", "-1e99999999999", "1e-99999999999", "99999999999999999999999999",
                "-99999999999999999999", "2147483648", "-2147483649", "9223372036854775808", "1.5", "-0", "0",
                "1E400", "4.9e-325", "1" + "0".repeat(1001), "0." + "1".repeat(1001))) {
            out.put("year-" + (n.length() > 20 ? n.substring(0, 12) + "-long" : n), bytes(model.replace("\"year\": 2024", "\"year\": " + n)));
        }
        out.put("deep-65", bytes("{\"format\": \"endings/1\", \"work\": " + "[".repeat(65) + "]".repeat(65) + "}"));
        out.put("deep-100000", bytes("[".repeat(100_000)));
        out.put("deep-objects", bytes("{\"a\":".repeat(5000) + "1" + "}".repeat(5000)));
        out.put("name-50001", bytes("{\"" + "k".repeat(50_001) + "\": 1}"));
        out.put("digits-1001", bytes("{\"format\": " + "9".repeat(1001) + "}"));
        out.put("huge-9MiB", bytes(model.replace("\"A Film\"", "\"" + "x".repeat(9 << 20) + "\"")));
        out.put("empty", new byte[0]);
        out.put("utf16le-bom", withBom(model.getBytes(StandardCharsets.UTF_16LE), 0xFF, 0xFE));
        out.put("utf16be-bom", withBom(model.getBytes(StandardCharsets.UTF_16BE), 0xFE, 0xFF));
        out.put("utf16le", model.getBytes(StandardCharsets.UTF_16LE));
        out.put("utf16be", model.getBytes(StandardCharsets.UTF_16BE));
        out.put("utf32", model.getBytes(java.nio.charset.Charset.forName("UTF-32")));
        out.put("latin1", model.replace("A Film", "Caf\u00e9").getBytes(StandardCharsets.ISO_8859_1));
        out.put("utf8-bom", withBom(bytes(model), 0xEF, 0xBB, 0xBF));
        out.put("nul-first", withBom(bytes(model), 0));
        out.put("nul-inside-a-string", bytes(model.replace("A Film", "A\u0000Film")));
        out.put("crlf-with-an-error", bytes(model.replace("\n", "\r\n").replace("\"year\": 2024", "\"year\": \"2024\"")));
        out.put("cr-with-an-error", bytes(model.replace("\n", "\r").replace("\"year\": 2024", "\"year\": [")));
        for (String s : List.of("\\ud800", "\\udbff", "\\udc00", "\\udfff", "\\udc00\\ud800", "\\ud800x", "\\ud800\\u0041")) {
            out.put("lone-surrogate-value-" + s.replace("\\", ""), bytes(model.replace("A Film", "A" + s + "Film")));
            out.put("lone-surrogate-key-" + s.replace("\\", ""), bytes(model.replace("\"title\"", "\"ti" + s + "tle\"")));
        }
        for (String raw : List.of("\u0001", "\u001b", "\u007f\u0000", "\n", "\t")) {
            out.put("raw-control-" + (int) raw.charAt(0), bytes(model.replace("A Film", "A" + raw + "Film")));
        }
        return out;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBom(byte[] body, int... bom) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int x : bom) {
            b.write(x);
        }
        b.writeBytes(body);
        return b.toByteArray();
    }

    private static final JsonFactory JSON = new JsonFactory();

    private static int countValues(String model) {
        int n = 0;
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), model)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t.isScalarValue() || t.isStructStart()) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The model with its {@code index}-th value (in document order) written as {@code json}; null when it is the same kind. */
    private static String replaceValue(String model, int index, String json) {
        StringWriter w = new StringWriter();
        int n = 0;
        boolean same = false;
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), model);
             JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), w)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if ((t.isScalarValue() || t.isStructStart()) && n++ == index) {
                    same = kind(t) == json.charAt(0) || (t.isNumeric() && json.charAt(0) == '1')
                            || (t.isBoolean() && json.equals("true"));
                    g.writeRawValue(json);
                    p.skipChildren();
                    continue;
                }
                g.copyCurrentEvent(p);
            }
        }
        return same ? null : w.toString();
    }

    private static char kind(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> '{';
            case START_ARRAY -> '[';
            case VALUE_STRING -> '"';
            default -> '?';
        };
    }

    /** The hand-made bad models. */
    static List<Path> handMade() throws IOException {
        List<Path> files = new ArrayList<>();
        try (var list = Files.list(Path.of("src", "test", "resources", "hostile"))) {
            list.sorted().forEach(files::add);
        }
        return files;
    }
}
