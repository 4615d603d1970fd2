package org.endings.model;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a model file ("endings/1") strictly, on Jackson's streaming parser, and says precisely what is
 * wrong when it cannot: one {@link ModelException} with line, column, JSON pointer and what was expected.
 *
 * <p>The loader checks syntax, shape and types only; whether ids refer to anything is the validator's job.
 * The bytes must be UTF-8 without a byte-order mark; then one pass reads the records, one hand-written method
 * per object, and records where each value stands in a {@link SourceMap}. Only when that pass fails does a
 * token-only pass run over the whole file, so that a syntax error anywhere (truncation, trailing content,
 * nesting deeper than {@link #MAX_DEPTH}, raw control characters) is reported in preference to a shape error.
 */
public final class ModelLoader {
    /** Deepest nesting of objects and arrays accepted (the format itself needs 4). */
    public static final int MAX_DEPTH = 64;
    /** Largest model file accepted, in bytes: 8 MiB. */
    public static final long MAX_BYTES = 8L << 20;
    /** Where the bundled model sits on the class path. */
    public static final String BUNDLED_RESOURCE = "/org/endings/data/anora.json";

    /** Most digits a number may have; a year needs four. */
    private static final int MAX_DIGITS = 1000;

    private static final String BUNDLED_NAME = "bundled:anora.json";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxDocumentLength(MAX_BYTES)
                    .maxNumberLength(MAX_DIGITS)
                    .build())
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private static final String VALUE_WORDS = "a value (a string, number, object, array, true, false or null)";

    // The objects of the format: their fields in file order; "?" marks an optional one.
    private static final Shape ROOT = new Shape("at the top level", "at the top level",
            "$schema?", "format", "work", "scene", "people", "sources", "beats", "readings", "quotes");
    private static final Shape WORK = new Shape("in the work", "in the work", "title", "year", "director");
    private static final Shape SCENE = new Shape("in the scene", "in the scene", "title", "where", "what");
    private static final Shape PERSON = new Shape("person", "in a person", "id", "name", "role", "plays?");
    private static final Shape SOURCE = new Shape("source", "in a source",
            "id", "kind", "title", "outlet?", "date?", "reportedBy?");
    private static final Shape BEAT = new Shape("beat", "in a beat", "id", "title", "summary", "setting?", "time?");
    private static final Shape READING = new Shape("reading", "in a reading", "id", "title", "thesis", "glosses");
    private static final Shape QUOTE = new Shape("quote", "in a quote",
            "id", "text", "voice?", "speaker?", "source", "beats", "stances?", "variantOf?");

    private ModelLoader() {
    }

    /** Reads the model file at {@code file}; its name in messages is {@code file} as given. */
    public static Loaded load(Path file) throws ModelException {
        String name = file.toString();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new ModelException(name, 0, 0, "", Files.isSymbolicLink(file)
                    ? "is a link to a file that does not exist" : "no such file");
        } catch (IOException e) {
            throw new ModelException(name, 0, 0, "", "cannot read the file: " + reason(e));
        }
        if (attributes.isDirectory()) {
            throw new ModelException(name, 0, 0, "", "is a directory: expected a model file");
        }
        if (!attributes.isRegularFile()) {
            throw new ModelException(name, 0, 0, "", "is not a regular file: expected a model file");
        }
        if (attributes.size() > MAX_BYTES) {
            throw new ModelException(name, 1, 1, "", tooBig(attributes.size()));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ModelException(name, 0, 0, "", "cannot read the file: " + reason(e));
        }
        return load(name, bytes);
    }

    /** Reads a model from {@code json}, calling it {@code displayName} in messages. */
    public static Loaded load(String displayName, byte[] json) throws ModelException {
        if (json.length == 0) {
            throw new ModelException(displayName, 1, 1, "", "the file is empty: expected a JSON object");
        }
        if (json.length > MAX_BYTES) {
            throw new ModelException(displayName, 1, 1, "", tooBig(json.length));
        }
        if (json.length >= 3 && (json[0] & 0xFF) == 0xEF && (json[1] & 0xFF) == 0xBB && (json[2] & 0xFF) == 0xBF) {
            throw new ModelException(displayName, 1, 1, "",
                    "the file starts with a byte-order mark (BOM): save the file as UTF-8 without BOM");
        }
        CharBuffer text = decode(displayName, json);
        char[] chars = text.array();
        int length = text.position();
        try {
            return new Reader(displayName, chars, length).read();
        } catch (ModelException shapeError) {
            // Only now pay for the token-only pass: a syntax error anywhere in the file, or nesting too deep,
            // is reported before any shape error, the way a compiler reports parse errors first.
            checkSyntax(displayName, chars, length);
            throw shapeError;
        }
    }

    /** The model that comes with the program. A missing or broken one is a build fault, not a user's. */
    public static Loaded loadBundled() {
        try {
            return load(BUNDLED_NAME, bundledBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled model", e);
        } catch (ModelException e) {
            throw new IllegalStateException("the bundled model is invalid: " + e.getMessage(), e);
        }
    }

    /**
     * The bundled model's bytes: straight from the program's jar when it runs from one (~2 ms; a
     * resource lookup first searches the JDK's own modules and builds a jar: URL, ~5 ms of start-up),
     * else as a resource (the classes directory of a build).
     */
    private static byte[] bundledBytes() throws IOException {
        try {
            java.security.CodeSource code = ModelLoader.class.getProtectionDomain().getCodeSource();
            if (code != null && code.getLocation() != null && code.getLocation().getPath().endsWith(".jar")) {
                try (ZipFile jar = new ZipFile(new File(code.getLocation().toURI()))) {
                    ZipEntry entry = jar.getEntry(BUNDLED_RESOURCE.substring(1));
                    if (entry != null) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            return in.readNBytes((int) MAX_BYTES + 1);
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // read it as a resource below
        }
        try (InputStream in = ModelLoader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled model " + BUNDLED_RESOURCE + " is missing");
            }
            return in.readNBytes((int) MAX_BYTES + 1);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Bytes and syntax

    private static String tooBig(long size) {
        return "the file is too big: " + size + " bytes, more than the limit of 8 MiB (" + MAX_BYTES + " bytes)";
    }

    /** Why a file could not be read, in the system's words: "too many levels of symbolic links". */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String why = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (why == null || why.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return Character.toLowerCase(why.charAt(0)) + why.substring(1);
    }

    /** Decodes strict UTF-8; the first malformed byte is reported with its line, column and offset. */
    private static CharBuffer decode(String name, byte[] json) throws ModelException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(json);
        CharBuffer out = CharBuffer.allocate(json.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                byte b = json[i];
                if (b == '\n' || (b == '\r' && (i + 1 >= json.length || json[i + 1] != '\n'))) {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(json, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
            int bad = json[offset] & 0xFF;
            if (offset == 0 && json.length >= 2 && (bad == 0xFF || bad == 0xFE) && (json[1] & 0xFF) == (bad ^ 0x01)) {
                throw new ModelException(name, 1, 1, "",
                        "the file is UTF-16 (it starts with a UTF-16 byte-order mark): save it as UTF-8 without BOM");
            }
            throw new ModelException(name, line, column, "", String.format(
                    "the file is not valid UTF-8: byte 0x%02X at offset %d cannot be decoded; save the file as UTF-8",
                    bad, offset));
        }
        return out;
    }

    /** The token-only pass: throws for the first syntax error, nesting too deep or trailing content. */
    private static void checkSyntax(String name, char[] text, int length) throws ModelException {
        JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text, 0, length);
        try {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new ModelException(name, 1, 1, "", "the file is empty: expected a JSON object");
            }
            int depth = 0;
            do {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    if (++depth > MAX_DEPTH) {
                        throw tooDeep(name, p.currentTokenLocation(), p.streamReadContext().getParent());
                    }
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                }
                if (depth == 0) {
                    break;
                }
                t = p.nextToken();
            } while (t != null);
            TokenStreamLocation trailing;
            try {
                t = p.nextToken();
                trailing = t == null ? null : p.currentTokenLocation();
            } catch (JacksonException e) {
                trailing = e.getLocation() != null ? e.getLocation() : p.currentLocation();
            }
            if (trailing != null) {
                throw new ModelException(name, trailing.getLineNr(), trailing.getColumnNr(), "",
                        "trailing content after the end of the document: expected the end of the file");
            }
        } catch (JacksonException e) {
            throw translate(name, p, e);
        } finally {
            p.close(); // after the translation, which reads the parser's current token
        }
    }

    private static ModelException tooDeep(String name, TokenStreamLocation at, TokenStreamContext parent) {
        return new ModelException(name, at.getLineNr(), at.getColumnNr(), pointerOf(parent),
                "nested too deeply: more than " + MAX_DEPTH + " levels of objects and arrays");
    }

    /** Turns any parser error into a short plain message; nothing of Jackson's own wording escapes raw. */
    private static ModelException translate(String name, JsonParser p, JacksonException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        TokenStreamContext context = p.streamReadContext();
        if (e instanceof StreamConstraintsException && original.contains("nesting depth")) {
            TokenStreamContext parent = context == null ? null : context.getParent();
            return tooDeep(name, p.currentTokenLocation(), parent);
        }
        TokenStreamLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0
                ? e.getLocation() : p.currentLocation();
        int line = Math.max(at.getLineNr(), 1);
        int column = Math.max(at.getColumnNr(), 1);
        // At the end of the file the place to name is the object or array left open, unless inside a string.
        boolean unclosed = original.contains("end-of-input") && !original.contains("string value")
                && !original.contains("VALUE_STRING") && context != null && !context.inRoot();
        String pointer = pointerOf(unclosed ? context.getParent() : context);
        // Between two fields (the last value read whole, the next name not yet), the place is the
        // object, not the field before: {"title": "X",, } is wrong in /work, not in /work/title.
        // (A string's text is read after its token, so an error inside a string value stays in its field.)
        boolean inString = original.contains("string value") || original.contains("VALUE_STRING")
                || original.contains("escape") || original.contains("UTF-8") || original.contains("surrogate");
        if (!unclosed && !inString && context != null && context.inObject() && context.currentName() != null
                && p.currentToken() != null && p.currentToken() != JsonToken.PROPERTY_NAME) {
            pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        }
        return new ModelException(name, line, column, pointer, describe(original, e, context));
    }

    private static String describe(String original, JacksonException e, TokenStreamContext context) {
        if (e instanceof StreamConstraintsException) {
            if (original.startsWith("Document length")) {
                return "the file is too big: more than the limit of 8 MiB (" + MAX_BYTES + " bytes)";
            }
            if (original.startsWith("Number value length")) {
                return "invalid number: more than " + MAX_DIGITS + " digits";
            }
            return firstSentence(original.replaceAll(",? from `[^`]*`", ""));
        }
        if (original.contains("end-of-input")) {
            if (original.contains("string value") || original.contains("VALUE_STRING")) {
                return "unexpected end of file: expected the closing quote of the string";
            }
            if (original.contains("property name")) {
                return "unexpected end of file: expected the closing quote of the field name";
            }
            return "unexpected end of file: expected " + closer(context);
        }
        int code = code(original);
        if (original.contains("CTRL-CHAR")) {
            String u = String.format("U+%04X", code);
            String escaped = code == '\t' ? "\\t" : code == '\n' ? "\\n" : code == '\r' ? "\\r"
                    : String.format("\\u%04x", code);
            String in = original.contains("in string value") ? "a string" : "a field name";
            if (code == '\n' || code == '\r') {
                return "line break inside " + in + ": close the string with a quote, or write the line break as "
                        + escaped;
            }
            if (original.contains("in string value") || original.contains("in name")) {
                String what = code == '\t' ? "tab" : "control character " + u;
                return "raw " + what + " inside " + in + ": JSON needs it escaped, as " + escaped;
            }
            return "unexpected control character " + u + ": only spaces, tabs and line breaks may separate values";
        }
        if (original.startsWith("Unexpected character (") && code >= 0) {
            String what = "unexpected " + ModelException.quote(String.valueOf(Character.toChars(code)));
            if (original.contains("double-quote to start property name")) {
                return code == '}'
                        ? what + " after a comma: expected another field (JSON allows no trailing comma)"
                        : what + ": expected a field name in double quotes";
            }
            if (original.contains("colon to separate")) {
                return what + ": expected \":\" after the field name";
            }
            if (original.contains("comma to separate Object")) {
                return what + ": expected \",\" or \"}\"";
            }
            if (original.contains("comma to separate Array")) {
                return what + ": expected \",\" or \"]\"";
            }
            if (original.contains("numeric value")) {
                return "invalid number: " + what + " where a digit was expected";
            }
            if (original.contains("hex-digit")) {
                return "invalid \\u escape in a string: expected four hex digits";
            }
            if (original.contains("comment")) {
                return what + ": JSON does not allow comments";
            }
            if (code == ']' && context != null && context.inArray()) {
                return what + " after a comma: expected a value (JSON allows no trailing comma)";
            }
            return what + ": expected " + VALUE_WORDS;
        }
        if (original.startsWith("Unrecognized token '")) {
            int end = original.lastIndexOf("': was expecting");
            String token = end > 20 ? original.substring(20, end) : "?";
            return "unexpected " + ModelException.quote(token) + ": expected " + VALUE_WORDS;
        }
        if (original.startsWith("Non-standard token '")) {
            int end = original.indexOf('\'', 20);
            String token = end > 20 ? original.substring(20, end) : "?";
            return "unexpected " + ModelException.quote(token) + ": JSON numbers cannot be NaN or infinite";
        }
        if (original.startsWith("Unexpected close marker '") && original.length() > 26) {
            String what = "unexpected " + ModelException.quote(original.substring(25, 26));
            if (context != null && (context.inObject() || context.inArray())) {
                return what + ": expected " + closer(context);
            }
            return what + ": expected a JSON object";
        }
        if (original.startsWith("Unrecognized character escape")) {
            String escape = code >= 0 ? "\\" + new String(Character.toChars(code)) : "\\";
            return "invalid escape " + ModelException.quote(escape)
                    + " in a string: expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX";
        }
        if (original.contains("Leading zeroes")) {
            return "invalid number: leading zeros are not allowed";
        }
        if (original.contains("umeric value")) {
            return "invalid number";
        }
        return firstSentence(original);
    }

    /** What closes the innermost open object or array, and where it opened. */
    private static String closer(TokenStreamContext context) {
        if (context == null || context.inRoot()) {
            return "a JSON object";
        }
        TokenStreamLocation start = context.startLocation(null);
        String where = start.getLineNr() + ":" + start.getColumnNr();
        return context.inObject()
                ? "\"}\" to close the object opened at " + where
                : "\"]\" to close the array opened at " + where;
    }

    /** The character named "(code 123)" in a Jackson message, or -1. */
    private static int code(String message) {
        int at = message.indexOf("code ");
        if (at < 0) {
            return -1;
        }
        int i = at + 5;
        int value = 0;
        int digits = 0;
        while (i < message.length() && Character.isDigit(message.charAt(i)) && digits < 8) {
            value = value * 10 + (message.charAt(i++) - '0');
            digits++;
        }
        return digits == 0 || !Character.isValidCodePoint(value) ? -1 : value;
    }

    /** A Jackson message cut to its first sentence, without source references, starting in lower case. */
    private static String firstSentence(String message) {
        String s = message;
        int newline = s.indexOf('\n');
        if (newline >= 0) {
            s = s.substring(0, newline);
        }
        int source = s.indexOf(" at [Source");
        if (source < 0) {
            source = s.indexOf("[Source");
        }
        if (source >= 0) {
            int open = s.lastIndexOf('(', source);
            boolean wrapped = open >= 0 && s.lastIndexOf(')', source) < open;
            s = s.substring(0, wrapped ? open : source);
        }
        int stop = s.indexOf(". ");
        if (stop >= 0) {
            s = s.substring(0, stop);
        }
        s = s.strip();
        if (s.endsWith(".") || s.endsWith(":")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty()) {
            return "the file is not valid JSON";
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** The JSON pointer of the parser's current place, from its context chain. */
    private static String pointerOf(TokenStreamContext context) {
        List<TokenStreamContext> chain = new ArrayList<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.add(c);
        }
        StringBuilder b = new StringBuilder();
        for (int i = chain.size() - 1; i >= 0; i--) {
            TokenStreamContext c = chain.get(i);
            if (c.inArray()) {
                b.append('/').append(Math.max(c.getCurrentIndex(), 0));
            } else if (c.currentName() != null) {
                appendSegment(b, c.currentName());
            }
        }
        return b.toString();
    }

    private static void appendSegment(StringBuilder b, String key) {
        b.append('/');
        if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
            b.append(key);
            return;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '~') {
                b.append("~0");
            } else if (c == '/') {
                b.append("~1");
            } else {
                b.append(c);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Shapes

    /** The fields one kind of object may have, in file order, and which of them it must have. */
    private static final class Shape {
        final String noun;
        final String in;
        final String[] names;
        final int required;
        final String allowed;

        /**
         * @param noun what one of these is called with its index ("beat" gives "in beat 3"), or, for a
         *             single object, the whole phrase ("in the work")
         * @param in   how an unknown field's message says where it was ("in a beat")
         */
        Shape(String noun, String in, String... fields) {
            this.noun = noun;
            this.in = in;
            this.names = new String[fields.length];
            int mask = 0;
            for (int i = 0; i < fields.length; i++) {
                boolean optional = fields[i].endsWith("?");
                names[i] = optional ? fields[i].substring(0, fields[i].length() - 1) : fields[i];
                if (!optional) {
                    mask |= 1 << i;
                }
            }
            this.required = mask;
            this.allowed = String.join(", ", names);
        }

        /** The field a misspelt name most likely meant: one or two letters off, or another case; else null. */
        String nearest(String name) {
            if (name.length() > 64) {
                return null;
            }
            String best = null;
            int bestDistance = 3;
            for (String n : names) {
                int d = n.equalsIgnoreCase(name) ? 0 : distance(n.toLowerCase(java.util.Locale.ROOT),
                        name.toLowerCase(java.util.Locale.ROOT));
                if (d < bestDistance && d <= Math.max(1, n.length() / 3)) {
                    best = n;
                    bestDistance = d;
                }
            }
            return best;
        }

        /** Edits (insert, delete, replace, swap two neighbours) from one word to another. */
        static int distance(String a, String b) {
            int[][] d = new int[a.length() + 1][b.length() + 1];
            for (int i = 0; i <= a.length(); i++) {
                d[i][0] = i;
            }
            for (int j = 0; j <= b.length(); j++) {
                d[0][j] = j;
            }
            for (int i = 1; i <= a.length(); i++) {
                for (int j = 1; j <= b.length(); j++) {
                    int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                    d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                    if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                    }
                }
            }
            return d[a.length()][b.length()];
        }

        int indexOf(String name) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        String where(int index) {
            return index < 0 ? noun : "in " + noun + " " + index;
        }
    }

    /** An object being read: its shape, where it began, the fields seen so far. */
    private static final class Obj {
        final Shape shape;
        final int index;
        final int pathLength;
        final long start;
        final SourceMap.Node node;
        int seen;
        /** The map slot of the field whose value is being read. */
        int slot;

        Obj(Shape shape, int index, int pathLength, long start) {
            this.shape = shape;
            this.index = index;
            this.pathLength = pathLength;
            this.start = start;
            this.node = new SourceMap.Node(start, false, shape.names.length);
        }
    }

    @FunctionalInterface
    private interface Element<T> {
        T read(int index, SourceMap.Node array) throws ModelException;
    }

    @FunctionalInterface
    private interface Value<T> {
        T read() throws ModelException;
    }

    // ---------------------------------------------------------------------------------------------
    // The shape pass

    private static final class Reader {
        private final String file;
        private final char[] text;
        private final int length;
        private final StringBuilder path = new StringBuilder(64);
        private JsonParser p;

        Reader(String file, char[] text, int length) {
            this.file = file;
            this.text = text;
            this.length = length;
        }

        Loaded read() throws ModelException {
            p = FACTORY.createParser(ObjectReadContext.empty(), text, 0, length);
            // Not try-with-resources: an error is translated before the parser is closed, as closing
            // forgets the current token that tells whether the error came between two fields.
            try {
                p.nextToken();
                Obj root = open(ROOT, -1);
                Model model = readModel(root);
                if (p.nextToken() != null) {
                    path.setLength(0);
                    throw here("trailing content after the end of the document: expected the end of the file");
                }
                return new Loaded(model, new SourceMap(root.node));
            } catch (JacksonException e) {
                throw translate(file, p, e);
            } finally {
                p.close();
            }
        }

        private Model readModel(Obj o) throws ModelException {
            String format = null;
            Work work = null;
            Scene scene = null;
            List<Person> people = null;
            List<Source> sources = null;
            List<Beat> beats = null;
            List<Reading> readings = null;
            List<Quote> quotes = null;
            for (int f; (f = nextField(o)) >= 0; ) {
                switch (f) {
                    case 0 -> string();
                    case 1 -> {
                        format = string();
                        if (!Model.FORMAT.equals(format)) {
                            throw here("unsupported format " + ModelException.quote(format)
                                    + ": expected \"" + Model.FORMAT + "\"");
                        }
                    }
                    case 2 -> work = readWork(o);
                    case 3 -> scene = readScene(o);
                    case 4 -> people = objects(o, this::readPerson);
                    case 5 -> sources = objects(o, this::readSource);
                    case 6 -> beats = objects(o, this::readBeat);
                    case 7 -> readings = objects(o, this::readReading);
                    default -> quotes = objects(o, this::readQuote);
                }
            }
            return new Model(format, work, scene, people, sources, beats, readings, quotes);
        }

        private Work readWork(Obj parent) throws ModelException {
            Obj o = field(parent, WORK);
            String title = null;
            int year = 0;
            String director = null;
            for (int f; (f = nextField(o)) >= 0; ) {
                switch (f) {
                    case 0 -> title = string();
                    case 1 -> year = integer();
                    default -> director = string();
                }
            }
            return new Work(title, year, director);
        }

        private Scene readScene(Obj parent) throws ModelException {
            Obj o = field(parent, SCENE);
            String title = null;
            String where = null;
            String what = null;
            for (int f; (f = nextField(o)) >= 0; ) {
                switch (f) {
                    case 0 -> title = string();
                    case 1 -> where = string();
                    default -> what = string();
                }
            }
            return new Scene(title, where, what);
        }

        private Person readPerson(int index, SourceMap.Node array) throws ModelException {
            Obj o = element(array, PERSON, index);
            String id = null;
            String name = null;
            String role = null;
            String plays = null;
            for (int f; (f = nextField(o)) >= 0; ) {
                switch (f) {
                    case 0 -> id = string();
                    case 1 -> name = string();
                    case 2 -> role = string();
                    default -> plays = string();
                }
            }
            return new Person(id, name, role, plays);
        }

        private Source readSource(int index, SourceMap.Node array) throws ModelException {
            Obj o = element(array, SOURCE, index);
            String id = null;
            SourceKind kind = null;
            String title = null;
            String outlet = null;
            String date = null;
            String reportedBy = null;
            for (int f; (f = nextField(o)) >= 0; ) {
                switch (f) {
                    case 0 -> id = string();
                    case 1 -> {
                        String word = string();
                        kind = SourceKind.fromWord(word);
                        if (kind == null) {
                            throw here("invalid kind " + ModelException.quote(word)
                                    + ": expected one of article, interview, podcast");
                        }
                    }
                    case 2 -> title = string();
                    case 3 -> outlet = string();
                    case 4 -> date = string();
                    default -> reportedBy = string();
                }
            }
            return new Source(id, kind, outlet, title, date, reportedBy);
        }

        private Beat readBeat(int index, SourceMap.Node array) throws ModelException {
            Obj o = element(array, BEAT, index);
            String id = null;
            String title = null;
            String summary = null;
            List<String> setting = List.of();
            String time = null;
            for (int f; (f = nextField(o)) >= 0; ) {
                switch (f) {
                    case 0 -> id = string();
                    case 1 -> title = string();
                    case 2 -> summary = string();
                    case 3 -> setting = strings();
                    default -> time = string();
                }
            }
            return new Beat(id, title, summary, setting, time);
        }

        private Reading readReading(int index, SourceMap.Node array) throws ModelException {
            Obj o = element(array, READING, index);
            String id = null;
            String title = null;
            String thesis = null;
            Map<String, String> glosses = null;
            for (int f; (f = nextField(o)) >= 0; ) {
                switch (f) {
                    case 0 -> id = string();
                    case 1 -> title = string();
                    case 2 -> thesis = string();
                    default -> glosses = map(o, this::string);
                }
            }
            return new Reading(id, title, thesis, glosses);
        }

        private Quote readQuote(int index, SourceMap.Node array) throws ModelException {
            Obj o = element(array, QUOTE, index);
            String id = null;
            String text = null;
            Voice voice = Voice.DIRECT;
            String speaker = null;
            String source = null;
            List<String> beats = null;
            Map<String, Stance> stances = Map.of();
            String variantOf = null;
            for (int f; (f = nextField(o)) >= 0; ) {
                switch (f) {
                    case 0 -> id = string();
                    case 1 -> text = string();
                    case 2 -> {
                        String word = string();
                        voice = Voice.fromWord(word);
                        if (voice == null) {
                            throw here("invalid voice " + ModelException.quote(word)
                                    + ": expected one of direct, paraphrase, editorial");
                        }
                    }
                    case 3 -> speaker = string();
                    case 4 -> source = string();
                    case 5 -> beats = strings();
                    case 6 -> stances = map(o, this::stance);
                    default -> variantOf = string();
                }
            }
            return new Quote(id, text, voice, speaker, source, beats, stances, variantOf);
        }

        private Stance stance() throws ModelException {
            String word = string();
            Stance stance = Stance.fromWord(word);
            if (stance == null) {
                throw here("invalid stance " + ModelException.quote(word)
                        + ": expected one of supports, complicates, challenges");
            }
            return stance;
        }

        // -- objects and fields

        /** Starts the object that is the value of the parent's current field. */
        private Obj field(Obj parent, Shape shape) throws ModelException {
            Obj o = open(shape, -1);
            parent.node.child(parent.slot, o.node);
            return o;
        }

        /** Starts the object that is element {@code index} of an array. */
        private Obj element(SourceMap.Node array, Shape shape, int index) throws ModelException {
            Obj o = open(shape, index);
            array.child(array.add(null, o.start), o.node);
            return o;
        }

        private Obj open(Shape shape, int index) throws ModelException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw typeError(index < 0 && shape == ROOT ? "a JSON object" : "an object");
            }
            return new Obj(shape, index, path.length(), position());
        }

        /**
         * Moves to the next field of {@code o} and onto its value, and returns the field's index in the
         * shape; at the end of the object, checks the required fields and returns -1.
         */
        private int nextField(Obj o) throws ModelException {
            path.setLength(o.pathLength);
            if (p.nextToken() == JsonToken.END_OBJECT) {
                int missing = o.shape.required & ~o.seen;
                if (missing != 0) {
                    String name = o.shape.names[Integer.numberOfTrailingZeros(missing)];
                    throw error(o.start, "missing required field " + ModelException.quote(name) + " "
                            + o.shape.where(o.index));
                }
                return -1;
            }
            String name = p.currentName();
            appendSegment(path, name);
            int f = o.shape.indexOf(name);
            if (f < 0) {
                String near = o.shape.nearest(name);
                throw here("unknown field " + ModelException.quote(name) + " " + o.shape.in
                        + (near == null ? "" : ": did you mean " + ModelException.quote(near) + "?")
                        + (near == null ? ": expected one of " : " Expected one of ") + o.shape.allowed);
            }
            if ((o.seen & (1 << f)) != 0) {
                throw here("duplicate key " + ModelException.quote(name));
            }
            o.seen |= 1 << f;
            p.nextToken();
            o.slot = o.node.add(o.shape.names[f], position());
            return f;
        }

        /** An array of objects, each read by {@code reader}. */
        private <T> List<T> objects(Obj parent, Element<T> reader) throws ModelException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw typeError("an array");
            }
            SourceMap.Node array = new SourceMap.Node(position(), true, 16);
            parent.node.child(parent.slot, array);
            int base = path.length();
            List<T> out = new ArrayList<>();
            for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                path.setLength(base);
                path.append('/').append(i);
                out.add(reader.read(i, array));
            }
            path.setLength(base);
            return out;
        }

        /** An array of strings; its elements are not recorded in the source map, the array is. */
        private List<String> strings() throws ModelException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw typeError("an array of strings");
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    path.append('/').append(i);
                    throw typeError("a string");
                }
                out.add(p.getString());
            }
            return out;
        }

        /** An object used as a map from ids to values, in file order. */
        private <V> Map<String, V> map(Obj parent, Value<V> value) throws ModelException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw typeError("an object");
            }
            SourceMap.Node node = new SourceMap.Node(position(), false, 8);
            parent.node.child(parent.slot, node);
            int base = path.length();
            Map<String, V> out = new LinkedHashMap<>();
            while (p.nextToken() != JsonToken.END_OBJECT) {
                String key = p.currentName();
                path.setLength(base);
                appendSegment(path, key);
                if (out.containsKey(key)) {
                    throw here("duplicate key " + ModelException.quote(key));
                }
                p.nextToken();
                node.add(key, position());
                out.put(key, value.read());
            }
            path.setLength(base);
            return out;
        }

        // -- values

        private String string() throws ModelException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw typeError("a string");
            }
            return p.getString();
        }

        private int integer() throws ModelException {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                throw typeError("an integer");
            }
            // Read from the number's own text: Jackson's conversions throw for an exponent such as
            // 1e99999999999. 1967.0 and 1.967e3 are integers to JSON Schema, and so to the schema an
            // editor checks the file with.
            String text = p.getString();
            int e = Math.max(text.indexOf('e'), text.indexOf('E'));
            BigDecimal digits = new BigDecimal(e < 0 ? text : text.substring(0, e));
            if (digits.signum() == 0) {
                return 0;
            }
            digits = digits.stripTrailingZeros();
            // The value is digits.unscaledValue() times ten to the power of shift.
            BigInteger shift = (e < 0 ? BigInteger.ZERO : new BigInteger(text.substring(e + 1)))
                    .subtract(BigInteger.valueOf(digits.scale()));
            if (shift.signum() < 0) {
                throw here("expected an integer, found " + clip(text));
            }
            if (shift.compareTo(BigInteger.TEN) <= 0) {
                BigInteger value = digits.unscaledValue().multiply(BigInteger.TEN.pow(shift.intValue()));
                if (value.bitLength() <= 31) {
                    return value.intValue();
                }
            }
            throw here("expected an integer, found " + clip(text) + ", which is out of range");
        }

        private static String clip(String number) {
            return number.length() <= 24 ? number : number.substring(0, 21) + "...";
        }

        // -- places and errors

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
        private ModelException here(String detail) {
            return error(position(), detail);
        }

        private ModelException error(long at, String detail) {
            return new ModelException(file, (int) (at >>> 32), (int) at, path.toString(), detail);
        }
    }
}
