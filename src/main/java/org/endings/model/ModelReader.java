package org.endings.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * The one pass that reads a model's records: each object through its {@link ObjectTable}, each value
 * checked for its type. The first problem stops the pass as one {@link ModelException}.
 *
 * <p>A pass reads in one of two ways. {@link #model} keeps nothing but the records: its problem says
 * only that there is one. {@link #places} and {@link #problem} also keep where each value stands, as
 * a {@link SourceMap} and as the JSON pointer and line and column of a problem. Only a problem needs
 * them, and keeping them cost a fifth of the pass (the generated 7 MB model, cold: ~163 ms with them,
 * ~129 ms without; Jackson's tokens and strings alone, ~65 ms), so a model is read the quick way, and
 * read again the recording way only when something is to be said about where a part of it stands.
 * Both ways take the same steps over the same tokens, so the second finds what the first found.
 */
final class ModelReader {
    private final String file;
    private final char[] text;
    private final int length;
    /**
     * Whether places are kept: a node and a location for each value, and the pointer of the value being
     * read in {@link #path}. Otherwise neither is made, and a problem's place is not known.
     */
    private final boolean recording;
    /** Where the parser reads the text from as it is decoded, or null: from {@link #text} as it is. */
    private final StreamedText streamed;
    private final StringBuilder path = new StringBuilder(64);
    private JsonParser p;
    /** The object whose field's value is being read. */
    private Obj current;

    private ModelReader(String file, char[] text, int length, boolean recording) {
        this(file, text, length, recording, null);
    }

    private ModelReader(String file, char[] text, int length, boolean recording, StreamedText streamed) {
        this.file = file;
        this.text = text;
        this.length = length;
        this.recording = recording;
        this.streamed = streamed;
    }

    /**
     * The model in the first {@code length} characters of {@code text}, read keeping no place. The
     * exception, when there is a problem, is only a sign of it: its place and pointer are not known
     * ({@link #problem} says it).
     */
    static Model model(String file, char[] text, int length) throws ModelException {
        return new ModelReader(file, text, length, false).read(ModelTables.root());
    }

    /** {@link #model(String, char[], int)}, the text read from {@code text} as it is decoded. */
    static Model model(String file, StreamedText text) throws ModelException {
        return new ModelReader(file, text.chars, -1, false, text).read(ModelTables.root());
    }

    /** Where every value of a text that {@link #model} read stands: the text read again, keeping each place. */
    static SourceMap.Node places(String file, char[] text, int length) throws ModelException {
        ModelReader reader = new ModelReader(file, text, length, true);
        reader.read(ModelTables.root());
        return reader.top.node;
    }

    /**
     * The problem {@link #model} met in the same text, said in full: the text read again keeping each
     * place, to the same problem, at its line and column with its pointer.
     */
    static ModelException problem(String file, char[] text, int length) {
        try {
            new ModelReader(file, text, length, true).read(ModelTables.root());
        } catch (ModelException e) {
            return e;
        }
        throw new IllegalStateException(file + ": read twice, the model failed once and not the second time");
    }

    /** The top-level object, once read. */
    private Obj top;

    /** Reads the whole file as one object of {@code root}. */
    private Model read(ObjectTable<?, Model> root) throws ModelException {
        p = streamed != null ? JsonSyntax.parser(streamed) : JsonSyntax.parser(text, length);
        // Not try-with-resources: an error is translated before the parser is closed, as closing
        // forgets the current token that tells whether the error came between two fields.
        try {
            p.nextToken();
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw typeError("a JSON object");
            }
            Obj o = new Obj(root, -1, path.length(), start(), recording);
            Model model = fields(root, o);
            if (p.nextToken() != null) {
                pointBack(0);
                throw here("trailing content after the end of the document: expected the end of the file");
            }
            top = o;
            return model;
        } catch (JacksonException e) {
            throw JsonSyntax.translate(file, p, e);
        } finally {
            p.close();
        }
    }

    // -- objects and fields

    /** The object that is the current field's value, read through {@code table}. */
    <T> T object(ObjectTable<?, T> table) throws ModelException {
        Obj parent = current;
        Obj o = open(table, -1);
        if (recording) {
            parent.node.child(parent.slot, o.node);
        }
        return fields(table, o);
    }

    /** The array of objects that is the current field's value, each read through {@code table}. */
    <T> List<T> objects(ObjectTable<?, T> table) throws ModelException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw typeError("an array");
        }
        SourceMap.Node array = node(true, 16);
        int base = path.length();
        List<T> out = new ArrayList<>();
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            pointTo(base, i);
            Obj o = open(table, i);
            if (recording) {
                array.child(array.add(null, o.start), o.node);
            }
            out.add(fields(table, o));
        }
        pointBack(base);
        return out;
    }

    /** The object that is the current field's value, used as a map from ids to values, in file order. */
    <V> Map<String, V> map(Value<V> value) throws ModelException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw typeError("an object");
        }
        SourceMap.Node node = node(false, 8);
        int base = path.length();
        Map<String, V> out = new LinkedHashMap<>();
        while (p.nextToken() != JsonToken.END_OBJECT) {
            String key = p.currentName();
            pointTo(base, key);
            if (out.containsKey(key)) {
                throw here("duplicate key " + ModelException.quote(key));
            }
            p.nextToken();
            if (recording) {
                node.add(key, position());
            }
            out.put(key, value.read());
        }
        pointBack(base);
        return out;
    }

    /** Reads an object's fields, each by its row of the table, into a draft, and returns the record. */
    private <T> T fields(ObjectTable<?, T> table, Obj o) throws ModelException {
        ObjectTable.Draft<T> draft = table.newDraft();
        for (int f; (f = nextField(o)) >= 0; ) {
            current = o;
            draft.read(table.field(f).name(), this);
        }
        return draft.build();
    }

    private Obj open(ObjectTable<?, ?> table, int index) throws ModelException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw typeError("an object");
        }
        return new Obj(table, index, path.length(), start(), recording);
    }

    /**
     * The node of the array or object that is the current field's value, attached to its field; null
     * when no places are kept.
     */
    private SourceMap.Node node(boolean array, int capacity) {
        if (!recording) {
            return null;
        }
        SourceMap.Node node = new SourceMap.Node(position(), array, capacity);
        current.node.child(current.slot, node);
        return node;
    }

    /** Where the object the parser stands on starts, when places are kept; 0 (no place) otherwise. */
    private long start() {
        return recording ? position() : 0;
    }

    /**
     * Moves to the next field of {@code o} and onto its value, and returns the field's index in the
     * table; at the end of the object, checks the required fields and returns -1.
     */
    private int nextField(Obj o) throws ModelException {
        pointBack(o.pathLength);
        if (p.nextToken() == JsonToken.END_OBJECT) {
            int missing = o.table.required & ~o.seen;
            if (missing != 0) {
                String name = o.table.field(Integer.numberOfTrailingZeros(missing)).name();
                throw error(o.start, "missing required field " + ModelException.quote(name) + " "
                        + o.table.where(o.index));
            }
            return -1;
        }
        String name = p.currentName();
        pointTo(o.pathLength, name);
        int f = o.table.indexOf(name);
        if (f < 0) {
            String near = o.table.nearest(name);
            throw here("unknown field " + ModelException.quote(name) + " " + o.table.in
                    + (near == null ? "" : ": did you mean " + ModelException.quote(near) + "?")
                    + (near == null ? ": expected one of " : " Expected one of ") + o.table.allowed);
        }
        if ((o.seen & (1 << f)) != 0) {
            throw here("duplicate key " + ModelException.quote(name));
        }
        o.seen |= 1 << f;
        p.nextToken();
        if (recording) {
            o.slot = o.node.add(o.table.field(f).name(), position());
        }
        return f;
    }

    // -- values

    String string() throws ModelException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw typeError("a string");
        }
        return characters();
    }

    /**
     * An array of strings, the array and each element recorded in the source map, so that a problem
     * with one element (an unknown beat id) is placed at that element, not at the array's {@code [}.
     */
    List<String> strings() throws ModelException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw typeError("an array of strings");
        }
        SourceMap.Node array = node(true, 4);
        List<String> out = new ArrayList<>();
        int base = path.length();
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            pointTo(base, i);
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw typeError("a string");
            }
            if (recording) {
                array.add(null, position());
            }
            out.add(characters());
        }
        pointBack(base);
        return out;
    }

    /**
     * The text of the string where the parser stands. A {@code \}{@code u} escape may write half of a
     * surrogate pair alone, which is no character: it is an error at the escape.
     */
    private String characters() throws ModelException {
        // The scan for a surrogate runs over the parser's own characters: String.charAt in a loop was a
        // quarter of the reading of a big model on the quick compiler.
        if (!anySurrogate(p.getTextCharacters(), p.getTextOffset(), p.getTextLength())) {
            return p.getString();
        }
        String s = p.getString();
        int lone = loneSurrogate(s);
        if (lone < 0) {
            return s;
        }
        // Find the escape in the file: a string is on one line, and each character of its text comes
        // from one character of the file or one escape.
        TokenStreamLocation at = p.currentTokenLocation();
        int start = (int) at.getCharOffset();
        int i = start + 1;
        for (int n = 0; n < lone; n++) {
            i += text[i] != '\\' ? 1 : text[i + 1] == 'u' ? 6 : 2;
        }
        throw error(SourceMap.pack(at.getLineNr(), at.getColumnNr() + i - start), "invalid escape "
                + ModelException.quote(new String(text, i, 6)) + " in a string: a lone surrogate is not a character");
    }

    private static boolean anySurrogate(char[] chars, int offset, int length) {
        for (int i = offset, end = offset + length; i < end; i++) {
            if ((char) (chars[i] - Character.MIN_SURROGATE) <= Character.MAX_SURROGATE - Character.MIN_SURROGATE) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first half of a surrogate pair that is not in a pair, or -1. */
    private static int loneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A string just read that must be one of a few words, {@code value} being what it parsed to (null for
     * none): an invalid one is "invalid {@code what} "word": expected one of {@code words}", here.
     */
    <V> V word(String what, String word, V value, String words) throws ModelException {
        if (value == null) {
            throw here("invalid " + what + " " + ModelException.quote(word) + ": expected one of " + words);
        }
        return value;
    }

    int integer() throws ModelException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw typeError("an integer");
        }
        // Read from the number's own text: Jackson's conversions throw for an exponent such as
        // 1e99999999999. 1967.0 and 1.967e3 are integers to JSON Schema, and so to the schema an
        // editor checks the file with.
        String number = p.getString();
        int e = Math.max(number.indexOf('e'), number.indexOf('E'));
        BigDecimal digits = new BigDecimal(e < 0 ? number : number.substring(0, e));
        if (digits.signum() == 0) {
            return 0;
        }
        digits = digits.stripTrailingZeros();
        // The value is digits.unscaledValue() times ten to the power of shift.
        BigInteger shift = (e < 0 ? BigInteger.ZERO : new BigInteger(number.substring(e + 1)))
                .subtract(BigInteger.valueOf(digits.scale()));
        if (shift.signum() < 0) {
            throw here("expected an integer, found " + clip(number));
        }
        if (shift.compareTo(BigInteger.TEN) <= 0) {
            BigInteger value = digits.unscaledValue().multiply(BigInteger.TEN.pow(shift.intValue()));
            if (value.bitLength() <= 31) {
                return value.intValue();
            }
        }
        throw here("expected an integer, found " + clip(number) + ", which is out of range");
    }

    private static String clip(String number) {
        return number.length() <= 24 ? number : number.substring(0, 21) + "...";
    }

    // -- places and errors

    /** The pointer of element {@code index} of the array whose pointer is {@code base} characters long. */
    private void pointTo(int base, int index) {
        if (recording) {
            path.setLength(base);
            path.append('/').append(index);
        }
    }

    /** The pointer of field {@code key} of the object whose pointer is {@code base} characters long. */
    private void pointTo(int base, String key) {
        if (recording) {
            path.setLength(base);
            JsonSyntax.appendSegment(path, key);
        }
    }

    /** Back to the pointer that was {@code base} characters long. */
    private void pointBack(int base) {
        if (recording) {
            path.setLength(base);
        }
    }

    private long position() {
        TokenStreamLocation l = p.currentTokenLocation();
        return SourceMap.pack(l.getLineNr(), l.getColumnNr());
    }

    private ModelException typeError(String expected) {
        return here("expected " + expected + ", found " + found(p.currentToken()));
    }

    private static String found(JsonToken t) {
        if (t == null) {
            return "the end of the file";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            default -> "something else";
        };
    }

    /** An error at the current token, at the current pointer. */
    ModelException here(String detail) {
        return error(position(), detail);
    }

    private ModelException error(long at, String detail) {
        return new ModelException(file, (int) (at >>> 32), (int) at, path.toString(), detail);
    }

    /** Reads one value where the parser stands. */
    @FunctionalInterface
    interface Value<T> {
        T read() throws ModelException;
    }

    /** An object being read: its table, where it began, the fields seen so far. */
    private static final class Obj {
        final ObjectTable<?, ?> table;
        final int index;
        final int pathLength;
        final long start;
        /** Null when no places are kept. */
        final SourceMap.Node node;
        int seen;
        /** The map slot of the field whose value is being read. */
        int slot;

        Obj(ObjectTable<?, ?> table, int index, int pathLength, long start, boolean recording) {
            this.table = table;
            this.index = index;
            this.pathLength = pathLength;
            this.start = start;
            this.node = recording ? new SourceMap.Node(start, false, table.size()) : null;
        }
    }
}
