package org.endings.model;

import java.util.ArrayList;
import java.util.List;

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
 * The model file as JSON: the one configured parser, the token-only pass that finds the first syntax
 * error, and every error of the parser said in the reader's words, with its place and JSON pointer.
 */
final class JsonSyntax {
    /** Most digits a number may have; a year needs four. */
    private static final int MAX_DIGITS = 1000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(ModelLoader.MAX_DEPTH)
                    .maxDocumentLength(ModelLoader.MAX_BYTES)
                    .maxNumberLength(MAX_DIGITS)
                    .build())
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private static final String VALUE_WORDS = "a value (a string, number, object, array, true, false or null)";

    private JsonSyntax() {
    }

    /** A parser over the characters {@code reader} gives. */
    static JsonParser parser(java.io.Reader reader) {
        return FACTORY.createParser(ObjectReadContext.empty(), reader);
    }

    /** A parser over the first {@code length} characters of {@code text}. */
    static JsonParser parser(char[] text, int length) {
        return FACTORY.createParser(ObjectReadContext.empty(), text, 0, length);
    }

    /** The token-only pass: throws for the first syntax error, nesting too deep or trailing content. */
    static void check(String name, char[] text, int length) throws ModelException {
        JsonParser p = parser(text, length);
        try {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new ModelException(name, 1, 1, "", "the file is empty: expected a JSON object");
            }
            int depth = 0;
            do {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    if (++depth > ModelLoader.MAX_DEPTH) {
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
                "nested too deeply: more than " + ModelLoader.MAX_DEPTH + " levels of objects and arrays");
    }

    /** Turns any parser error into a short plain message; nothing of Jackson's own wording escapes raw. */
    static ModelException translate(String name, JsonParser p, JacksonException e) {
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
        // (a field name is read before it is the current field: an error in one is in the object)
        boolean inName = original.contains("property name") || original.startsWith("Name length");
        boolean inString = !inName && (original.contains("string value") || original.contains("VALUE_STRING")
                || original.contains("escape") || original.contains("UTF-8") || original.contains("surrogate"));
        if (!unclosed && !inString && context != null && context.inObject() && context.currentName() != null
                && p.currentToken() != null && p.currentToken() != JsonToken.PROPERTY_NAME) {
            pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        }
        return new ModelException(name, line, column, pointer, describe(original, e, context));
    }

    private static String describe(String original, JacksonException e, TokenStreamContext context) {
        if (e instanceof StreamConstraintsException) {
            if (original.startsWith("Document length")) {
                return "the file is too big: more than the limit of 8 MiB (" + ModelLoader.MAX_BYTES + " bytes)";
            }
            if (original.startsWith("Number value length")) {
                return "invalid number: more than " + MAX_DIGITS + " digits";
            }
            if (original.startsWith("Name length")) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\((\\d+)\\).*?\\((\\d+)").matcher(original);
                return m.find()
                        ? "field name too long: " + m.group(1) + " characters, more than the limit of " + m.group(2)
                        : "field name too long";
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
        if (original.contains("surrogate") && original.contains("property name")) {
            return "invalid \\u escape in a field name: a lone surrogate is not a character";
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

    /** Appends {@code key} to a JSON pointer as one segment, "~" and "/" escaped as RFC 6901 says. */
    static void appendSegment(StringBuilder b, String key) {
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
}
