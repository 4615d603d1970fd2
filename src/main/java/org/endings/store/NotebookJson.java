package org.endings.store;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.endings.core.Notebook;
import org.endings.core.Standing;
import org.endings.terminal.JsonEscapes;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.RecyclerPool;

/**
 * A notebook as JSON bytes and back, with Jackson's streaming API. Reading is strict: anything
 * the writer would not have written is refused with what is wrong and where, so that a damaged
 * file is moved aside whole rather than half read.
 *
 * <pre>{"format": "endings-notebook/1", "model": KEY,
 *  "standings": {BEAT: {READING: "convinced"|"unsure"|"unconvinced"}},
 *  "notes": {BEAT: {READING: TEXT}}, "credence": {BEAT: {READING: 0..100}},
 *  "resume": {"view": …, "beat": …, "reading": …, "quote": …},
 *  "rounds": [{"rules": TEXT, "seed": N, "replies": [{"quote": ID, "reading": ID|null, "stance": WORD|null}]}]}</pre>
 *
 * <p>A notebook with rounds of blind reading is written as {@code endings-notebook/2}; one without is
 * written as {@code /1}, as before them, so that an older Endings still reads it. Both are read.
 */
public final class NotebookJson {
    /** The format this program writes a notebook without rounds in, and reads. */
    public static final String FORMAT = "endings-notebook/1";

    /** The format this program writes a notebook with rounds of blind reading in, and reads. */
    public static final String FORMAT_ROUNDS = "endings-notebook/2";

    private static final String FAMILY = "endings-notebook/";

    /** A notebook is small; a file past this is not one this program wrote. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private static final int MAX_CREDENCE = 100;

    // The store's one configured factory: the model loader's limits are the model's, not these.
    /**
     * Buffers made for one read or write and dropped after it: a notebook is read once per run, so
     * recycling buys nothing, and Jackson's own recycler hands its buffers back through a lambda, the
     * program's first on the way to the first page (~4 ms to link, measured).
     */
    private static final RecyclerPool<BufferRecycler> ONE_SHOT = new RecyclerPool<BufferRecycler>() {
        private static final long serialVersionUID = 1L;

        @Override
        public BufferRecycler acquirePooled() {
            return new BufferRecycler() {
                // A new buffer every time, never one taken from the recycler's AtomicReferenceArray:
                // its first getAndSet links a VarHandle and spins method-handle classes (~3 ms,
                // on the way to the first frame).
                @Override
                public byte[] allocByteBuffer(int ix, int minSize) {
                    return balloc(Math.max(byteBufferLength(ix), minSize));
                }

                @Override
                public char[] allocCharBuffer(int ix, int minSize) {
                    return calloc(Math.max(charBufferLength(ix), minSize));
                }

                @Override
                public void releaseByteBuffer(int ix, byte[] buffer) {
                    // dropped
                }

                @Override
                public void releaseCharBuffer(int ix, char[] buffer) {
                    // dropped
                }
            };
        }

        @Override
        public void releasePooled(BufferRecycler recycler) {
            // dropped
        }
    };

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(8)
                    .maxDocumentLength(MAX_BYTES)
                    .maxNumberLength(20)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .recyclerPool(ONE_SHOT)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            // the file stays safe to print: a note's bidi or C1 control is written as an escape
            .characterEscapes(new JsonEscapes())
            .build();

    /** Writes with two-space indentation, so the file reads well in an editor. */
    private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new Indented();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    /**
     * Jackson's DefaultPrettyPrinter, written out: the same bytes (NotebookJsonTest compares them),
     * without its string concatenation, which Jackson compiles to invokedynamic: linked at the first
     * save, in the middle of the explorer's first key, it spun method handles for ~15 ms of CPU that
     * the start-up archive cannot keep. Objects one entry a line, two spaces a level, " : " after a
     * name; arrays on one line, "[ a, b ]"; empty ones "{ }" and "[ ]".
     */
    private static final class Indented implements PrettyPrinter {
        private final DefaultIndenter lines = DefaultIndenter.SYSTEM_LINEFEED_INSTANCE;
        private int nesting;

        @Override
        public void writeRootValueSeparator(JsonGenerator g) {
            g.writeRaw(' ');
        }

        @Override
        public void writeStartObject(JsonGenerator g) {
            g.writeRaw('{');
            nesting++;
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) {
            lines.writeIndentation(g, nesting);
        }

        @Override
        public void writeObjectNameValueSeparator(JsonGenerator g) {
            g.writeRaw(" : ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) {
            g.writeRaw(',');
            lines.writeIndentation(g, nesting);
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) {
            nesting--;
            if (entries > 0) {
                lines.writeIndentation(g, nesting);
            } else {
                g.writeRaw(' ');
            }
            g.writeRaw('}');
        }

        @Override
        public void writeStartArray(JsonGenerator g) {
            g.writeRaw('[');
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) {
            g.writeRaw(' ');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) {
            g.writeRaw(',');
            g.writeRaw(' ');
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) {
            g.writeRaw(' ');
            g.writeRaw(']');
        }
    }

    private NotebookJson() {
    }

    /** A notebook that cannot be read: what is wrong, in a phrase fit for "could not be read (…)". */
    public static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean newer;

        UnreadableException(String message, boolean newer) {
            super(message, null, false, false);
            this.newer = newer;
        }

        /** True when the file is a notebook of a newer format than this program reads. */
        public boolean newer() {
            return newer;
        }
    }

    /** The notebook as UTF-8 JSON, ending in a newline; {@code writable} is not written. */
    public static byte[] write(Notebook notebook) {
        return write(notebook, PRETTY);
    }

    /** As {@link #write(Notebook)}, laid out by {@code layout}'s pretty printer (for tests). */
    static byte[] write(Notebook notebook, ObjectWriteContext layout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator g = FACTORY.createGenerator(layout, out)) {
            g.writeStartObject();
            g.writeStringProperty("format", notebook.rounds().isEmpty() ? FORMAT : FORMAT_ROUNDS);
            g.writeStringProperty("model", notebook.model());
            g.writeName("standings");
            writeTable(g, notebook.standings(), (gen, s) -> gen.writeString(s.word()));
            g.writeName("notes");
            writeTable(g, notebook.notes(), JsonGenerator::writeString);
            g.writeName("credence");
            writeTable(g, notebook.credence(), JsonGenerator::writeNumber);
            Notebook.Resume r = notebook.resume();
            if (r != null) {
                g.writeName("resume");
                g.writeStartObject();
                g.writeStringProperty("view", r.view());
                g.writeStringProperty("beat", r.beat());
                g.writeStringProperty("reading", r.reading());
                g.writeStringProperty("quote", r.quote());
                g.writeEndObject();
            }
            if (!notebook.rounds().isEmpty()) {
                g.writeName("rounds");
                g.writeStartArray();
                for (Notebook.Taken round : notebook.rounds()) {
                    g.writeStartObject();
                    g.writeStringProperty("rules", round.rules());
                    g.writeNumberProperty("seed", round.seed());
                    g.writeName("replies");
                    g.writeStartArray();
                    for (Notebook.Given given : round.replies()) {
                        g.writeStartObject();
                        g.writeStringProperty("quote", given.quote());
                        g.writeStringProperty("reading", given.reading());
                        g.writeStringProperty("stance", given.stance());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        out.write('\n');
        return out.toByteArray();
    }

    private interface ValueWriter<V> {
        void write(JsonGenerator g, V value);
    }

    private static <V> void writeTable(JsonGenerator g, Map<String, Map<String, V>> table, ValueWriter<V> value) {
        g.writeStartObject();
        for (Map.Entry<String, Map<String, V>> beat : table.entrySet()) {
            g.writeName(beat.getKey());
            g.writeStartObject();
            for (Map.Entry<String, V> reading : beat.getValue().entrySet()) {
                g.writeName(reading.getKey());
                value.write(g, reading.getValue());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** The notebook in {@code bytes}, writable; throws with what is wrong when it is not one this program reads. */
    public static Notebook read(byte[] bytes) throws UnreadableException {
        String format = formatOf(bytes);
        if (!FORMAT.equals(format) && !FORMAT_ROUNDS.equals(format)) {
            if (format.startsWith(FAMILY)) {
                throw new UnreadableException("it was written by a newer Endings, in the format \"" + format
                        + "\", which this one does not read", true);
            }
            throw new UnreadableException("its format is \"" + format + "\", not \"" + FORMAT + "\"", false);
        }
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
            return new Reader(p).notebook();
        } catch (JacksonException e) {
            throw invalid(e);
        }
    }

    /**
     * The first pass: the JSON is well formed and says its format. Done apart from the strict
     * reading, so that a newer file is known as newer whatever else it holds.
     */
    private static String formatOf(byte[] bytes) throws UnreadableException {
        String format = null;
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new UnreadableException(p.currentToken() == null ? "the file is empty"
                        : "it is not a JSON object", false);
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("format") && value == JsonToken.VALUE_STRING) {
                    format = p.getString();
                }
                p.skipChildren();
            }
            if (p.nextToken() != null) {
                throw new UnreadableException("there is more after the end of the notebook, at "
                        + where(p.currentTokenLocation()), false);
            }
        } catch (JacksonException e) {
            throw invalid(e);
        }
        if (format == null) {
            throw new UnreadableException("it says no format: it has no \"format\" string", false);
        }
        return format;
    }

    private static UnreadableException invalid(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        return new UnreadableException("it is not valid JSON"
                + (at != null && at.getLineNr() > 0 ? " at " + where(at) : ""), false);
    }

    private static String where(TokenStreamLocation at) {
        return "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** The strict second pass, over a document already known to be well formed and of this format. */
    private static final class Reader {
        private final JsonParser p;

        Reader(JsonParser p) {
            this.p = p;
        }

        private interface ValueReader<V> {
            V read(String path) throws UnreadableException;
        }

        Notebook notebook() throws UnreadableException {
            p.nextToken();
            String model = null;
            Map<String, Map<String, Standing>> standings = Map.of();
            Map<String, Map<String, String>> notes = Map.of();
            Map<String, Map<String, Integer>> credence = Map.of();
            Notebook.Resume resume = null;
            List<Notebook.Taken> rounds = List.of();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "format" -> p.getString();
                    case "model" -> model = string("model");
                    // classes, not method references: a program's first lambda costs ms to link, and a
                    // reader's notebook is read before the first page
                    case "standings" -> standings = table("standings", new ValueReader<Standing>() {
                        @Override
                        public Standing read(String path) throws UnreadableException {
                            return standing(path);
                        }
                    });
                    case "notes" -> notes = table("notes", new ValueReader<String>() {
                        @Override
                        public String read(String path) throws UnreadableException {
                            return string(path);
                        }
                    });
                    case "credence" -> credence = table("credence", new ValueReader<Integer>() {
                        @Override
                        public Integer read(String path) throws UnreadableException {
                            return points(path);
                        }
                    });
                    case "resume" -> resume = resume();
                    case "rounds" -> rounds = rounds();
                    default -> throw wrong(name, "is not a field of a notebook");
                }
            }
            if (model == null || model.isEmpty()) {
                throw new UnreadableException("it names no model: \"model\" is missing or empty", false);
            }
            return new Notebook(model, standings, notes, credence, resume, true, rounds);
        }

        /** The rounds of blind reading: an array of objects, each its rules, seed and replies. */
        private List<Notebook.Taken> rounds() throws UnreadableException {
            expect(JsonToken.START_ARRAY, "rounds", "an array of rounds");
            List<Notebook.Taken> rounds = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String path = "rounds/" + rounds.size();
                expect(JsonToken.START_OBJECT, path, "an object");
                String rules = null;
                Long seed = null;
                List<Notebook.Given> replies = null;
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    switch (name) {
                        case "rules" -> rules = string(path + "/rules");
                        case "seed" -> {
                            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                                    || p.getLongValue() < 0) {
                                throw wrong(path + "/seed", "is not a seed: a whole number from 0");
                            }
                            seed = p.getLongValue();
                        }
                        case "replies" -> replies = replies(path + "/replies");
                        default -> throw wrong(path + "/" + name, "is not a field of a round");
                    }
                }
                if (rules == null || seed == null || replies == null) {
                    throw wrong(path, "lacks its rules, seed or replies");
                }
                rounds.add(new Notebook.Taken(rules, seed, replies));
            }
            return rounds;
        }

        private List<Notebook.Given> replies(String path) throws UnreadableException {
            expect(JsonToken.START_ARRAY, path, "an array of replies");
            List<Notebook.Given> replies = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String at = path + "/" + replies.size();
                expect(JsonToken.START_OBJECT, at, "an object");
                Map<String, String> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    if (!(name.equals("quote") || name.equals("reading") || name.equals("stance"))) {
                        throw wrong(at + "/" + name, "is not a field of a reply");
                    }
                    fields.put(name, p.currentToken() == JsonToken.VALUE_NULL ? null : string(at + "/" + name));
                }
                String stance = fields.get("stance");
                if (fields.get("quote") == null || (fields.get("reading") == null) != (stance == null)
                        || stance != null && org.endings.model.Stance.fromWord(stance) == null) {
                    throw wrong(at, "is not a reply: a quote, and a reading with a stance (supports, complicates, "
                            + "challenges) or neither");
                }
                replies.add(new Notebook.Given(fields.get("quote"), fields.get("reading"), stance));
            }
            return replies;
        }

        private <V> Map<String, Map<String, V>> table(String name, ValueReader<V> value) throws UnreadableException {
            expect(JsonToken.START_OBJECT, name, "an object of beats");
            Map<String, Map<String, V>> table = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String beat = p.currentName();
                p.nextToken();
                String beatPath = name + "/" + beat;
                expect(JsonToken.START_OBJECT, beatPath, "an object of readings");
                Map<String, V> row = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String reading = p.currentName();
                    p.nextToken();
                    row.put(reading, value.read(beatPath + "/" + reading));
                }
                table.put(beat, row);
            }
            return table;
        }

        private Standing standing(String path) throws UnreadableException {
            String word = string(path);
            Standing s = Standing.of(word);
            if (s == null) {
                throw wrong(path, "is \"" + word + "\": a standing is convinced, unsure or unconvinced");
            }
            return s;
        }

        private Integer points(String path) throws UnreadableException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                    || p.getIntValue() < 0 || p.getIntValue() > MAX_CREDENCE) {
                throw wrong(path, "is not credence: a whole number from 0 to " + MAX_CREDENCE);
            }
            return p.getIntValue();
        }

        private Notebook.Resume resume() throws UnreadableException {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            expect(JsonToken.START_OBJECT, "resume", "an object");
            Map<String, String> fields = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (!(name.equals("view") || name.equals("beat") || name.equals("reading") || name.equals("quote"))) {
                    throw wrong("resume/" + name, "is not a field of resume");
                }
                fields.put(name, p.currentToken() == JsonToken.VALUE_NULL ? null : string("resume/" + name));
            }
            return new Notebook.Resume(fields.get("view"), fields.get("beat"), fields.get("reading"), fields.get("quote"));
        }

        private String string(String path) throws UnreadableException {
            expect(JsonToken.VALUE_STRING, path, "a string");
            return p.getString();
        }

        private void expect(JsonToken token, String path, String what) throws UnreadableException {
            if (p.currentToken() != token) {
                throw wrong(path, "is not " + what);
            }
        }

        private UnreadableException wrong(String path, String what) {
            return new UnreadableException("\"" + path + "\" at " + where(p.currentTokenLocation()) + " " + what, false);
        }
    }
}
