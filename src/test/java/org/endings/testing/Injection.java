package org.endings.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Escape injection (issue 17): the payloads an attacker would hide in a model, a file name, an
 * argument, a typed line or a note to take over a terminal, and the hostile models, broken models and
 * notebook that carry them, made at test time. Plain JDK only, so that src/test/e2e/inject-e2e.sh can
 * run it as {@code java -cp target/test-classes org.endings.testing.Injection ...}.
 */
public final class Injection {
    private Injection() {}

    /** One attack: a short name for the report and the text that carries it. */
    public record Payload(String name, String text) {}

    private static final String ESC = "\u001b";
    private static final String BEL = "\u0007";
    private static final String ST = ESC + "\\";

    /** Every payload, each a different way to steer a terminal. */
    public static final List<Payload> PAYLOADS = List.of(
            // CSI: clear, move, colour, report, resize, modes
            p("csi-2j", ESC + "[2J"),
            p("csi-home-clear-scrollback", ESC + "[H" + ESC + "[2J" + ESC + "[3J"),
            p("csi-sgr-red", ESC + "[31mred" + ESC + "[0m"),
            p("csi-sgr-conceal", ESC + "[8mhidden"),
            p("csi-up-erase-line", ESC + "[1A" + ESC + "[2K"),
            p("csi-21t-title-report", ESC + "[21t"),
            p("csi-20t-icon-report", ESC + "[20t"),
            p("csi-6n-cursor-report", ESC + "[6n"),
            p("csi-c-device-attributes", ESC + "[c"),
            p("csi-alternate-screen-off", ESC + "[?1049l"),
            p("csi-mouse-on", ESC + "[?1000h"),
            p("csi-bracketed-paste-off", ESC + "[?2004l"),
            p("csi-8t-resize", ESC + "[8;100;300t"),
            p("csi-scroll-region", ESC + "[1;1r"),
            p("csi-insert-lines", ESC + "[99L"),
            // OSC: titles, hyperlinks, clipboard, palette, notifications
            p("osc-0-title-bel", ESC + "]0;PWNED-TITLE" + BEL),
            p("osc-0-title-st", ESC + "]0;PWNED-TITLE" + ST),
            p("osc-2-title-bel", ESC + "]2;PWNED-TITLE" + BEL),
            p("osc-2-title-st", ESC + "]2;PWNED-TITLE" + ST),
            p("osc-1-icon", ESC + "]1;PWNED-ICON" + BEL),
            p("osc-8-hyperlink", ESC + "]8;;http://evil.example/x" + ST + "click" + ESC + "]8;;" + ST),
            p("osc-52-clipboard-bel", ESC + "]52;c;UFdORUQtQ0xJUA==" + BEL),
            p("osc-52-clipboard-st", ESC + "]52;c;UFdORUQtQ0xJUA==" + ST),
            p("osc-52-primary", ESC + "]52;p;UFdORUQ=" + BEL),
            p("osc-52-query", ESC + "]52;c;?" + BEL),
            p("osc-4-palette", ESC + "]4;1;rgb:ff/00/00" + BEL),
            p("osc-7-cwd", ESC + "]7;file:///etc" + BEL),
            p("osc-777-notify", ESC + "]777;notify;PWNED;body" + BEL),
            p("osc-1337-iterm", ESC + "]1337;SetUserVar=x=UFdORUQ=" + BEL),
            // DCS, APC, PM, SOS and other ESC forms
            p("dcs-tmux-passthrough", ESC + "Ptmux;" + ESC + ESC + "]2;PWNED-TITLE" + BEL + ST),
            p("dcs-decrqss", ESC + "P$qm" + ST),
            p("dcs-sixel", ESC + "Pq#0;2;0;0;0#0~~" + ST),
            p("apc", ESC + "_PWNED" + ST),
            p("pm", ESC + "^PWNED" + ST),
            p("sos", ESC + "XPWNED" + ST),
            p("esc-k-window-name", ESC + "kPWNED-NAME" + ST),
            p("esc-c-reset", ESC + "c"),
            p("esc-save-restore-cursor", ESC + "7" + ESC + "8"),
            p("esc-decaln-fill", ESC + "#8"),
            p("esc-line-drawing-charset", ESC + "(0lqk"),
            p("raw-esc", ESC),
            p("double-esc-osc", ESC + ESC + "]0;PWNED-TITLE" + BEL),
            // C1 controls, as code points (UTF-8 C2 80..C2 9F)
            p("c1-csi-2j", "\u009b2J"),
            p("c1-csi-sgr", "\u009b31mred"),
            p("c1-osc-title", "\u009d0;PWNED-TITLE\u009c"),
            p("c1-osc-52", "\u009d52;c;UFdORUQ=" + BEL),
            p("c1-dcs", "\u0090$qm\u009c"),
            p("c1-apc", "\u009fPWNED\u009c"),
            p("c1-nel-ind-ri", "a\u0085b\u0084c\u008d"),
            p("c1-ss2-ss3", "\u008e\u008f"),
            // bidi controls, each
            p("bidi-lre", "a\u202ab"),
            p("bidi-rle", "a\u202bb"),
            p("bidi-pdf", "a\u202cb"),
            p("bidi-lro", "a\u202db"),
            p("bidi-rlo", "invoice\u202egnp.exe"),
            p("bidi-lri", "a\u2066b"),
            p("bidi-rli", "a\u2067b"),
            p("bidi-fsi", "a\u2068b"),
            p("bidi-pdi", "a\u2069b"),
            p("bidi-marks-lrm-rlm-alm", "\u200e\u200f\u061c"),
            p("line-paragraph-separators", "a\u2028b\u2029c"),
            p("trojan-source", "admin\u202e \u2066// check\u2069 \u2066 ok"),
            // C0: overwrite, erase, ring, shift, answerback
            p("cr-overwrite", "harmless\rEVIL"),
            p("crlf", "one\r\ntwo"),
            p("bs-overwrite", "abc\b\b\bEVI"),
            p("bel", "ding" + BEL),
            p("nul-adjacent", "\u0001\u0002\u0003\u0004\u0005\u0006"),
            p("vt-ff", "\u000b\u000c"),
            p("so-si-shift", "\u000eshifted\u000f"),
            p("can-sub", "\u0018\u001a"),
            p("fs-gs-rs-us", "\u001c\u001d\u001e\u001f"),
            p("del", "\u007f"),
            // combinations
            p("combo-clear-title-clipboard-rlo", ESC + "[2J" + ESC + "]0;PWNED-TITLE" + BEL + ESC + "]52;c;UFdORUQ=" + BEL
                    + "\u202e"),
            p("combo-c1-and-bidi", "\u009b2J\u202e\u009d2;PWNED-TITLE\u009c\u2066"),
            p("combo-cr-then-osc", "\r" + ESC + "]2;PWNED-TITLE" + BEL + "\b\b"),
            p("combo-split-by-tab", ESC + "\t]0;PWNED-TITLE" + BEL));

    private static Payload p(String name, String text) {
        return new Payload(name, text);
    }

    /** Every payload in one text, the k-th field's rotated to start at payload k, so that each shows first somewhere. */
    public static String all(int k) {
        StringBuilder b = new StringBuilder("f" + k + " ");
        for (int i = 0; i < PAYLOADS.size(); i++) {
            b.append(PAYLOADS.get((k + i) % PAYLOADS.size()).text()).append(" ~ ");
        }
        return b.toString();
    }

    /** The payloads a person can type on one line: without line ends, and without the keys the terminal itself acts on. */
    public static String typed(boolean withEscape) {
        StringBuilder b = new StringBuilder();
        for (Payload payload : PAYLOADS) {
            for (char c : payload.text().toCharArray()) {
                boolean terminalKey = c == '\r' || c == '\n' || c == 0x03 || c == 0x04 || c == 0x0f || c == 0x11
                        || c == 0x12 || c == 0x13 || c == 0x15 || c == 0x16 || c == 0x17 || c == 0x1a || c == 0x1c
                        || c == 0x7f || c == '\b';
                if (!terminalKey && (withEscape || c != 0x1b)) {
                    b.append(c);
                }
            }
            b.append(' ');
        }
        return b.toString();
    }

    /** Text fields the hostile model fills, each with every payload. */
    public static final int FIELDS = 39;

    /** A valid model (two beats, two readings, every voice) whose every text field holds every payload. */
    public static String model() {
        int[] k = {0};
        java.util.function.Supplier<String> f = () -> json(all(k[0]++));
        String model = """
            {
              "format": "endings/1",
              "work": {"title": %s, "year": 2024, "director": %s},
              "scene": {"title": %s, "where": %s, "what": %s},
              "people": [
                {"id": "baker", "name": %s, "role": %s, "plays": %s},
                {"id": "madison", "name": %s, "role": %s, "plays": %s}
              ],
              "sources": [
                {"id": "explainer", "kind": "article", "title": %s, "outlet": %s, "date": "2025-03-12"},
                {"id": "interview", "kind": "interview", "title": %s, "outlet": %s, "date": "2024-11", "reportedBy": "explainer"},
                {"id": "podcast", "kind": "podcast", "title": %s, "outlet": %s, "reportedBy": "explainer"}
              ],
              "beats": [
                {"id": "kiss", "title": %s, "summary": %s, "setting": [%s, %s], "time": %s},
                {"id": "breakdown", "title": %s, "summary": %s, "setting": [%s, %s], "time": %s}
              ],
              "readings": [
                {"id": "consent", "title": %s, "thesis": %s, "glosses": {"kiss": %s, "breakdown": %s}},
                {"id": "hope", "title": %s, "thesis": %s, "glosses": {"kiss": %s, "breakdown": %s}}
              ],
              "quotes": [
                {"id": "q1", "text": %s, "voice": "direct", "speaker": "baker", "source": "interview", "beats": ["kiss"],
                 "stances": {"consent": "supports", "hope": "complicates"}},
                {"id": "q2", "text": %s, "speaker": "baker", "source": "podcast", "beats": ["breakdown"], "stances": {"hope": "supports"}},
                {"id": "q3", "text": %s, "voice": "paraphrase", "speaker": "madison", "source": "podcast", "beats": ["breakdown"],
                 "stances": {"consent": "challenges"}, "variantOf": "q2"},
                {"id": "q4", "text": %s, "voice": "editorial", "source": "explainer", "beats": ["kiss", "breakdown"]}
              ]
            }
            """;
        Object[] values = new Object[FIELDS];
        for (int i = 0; i < FIELDS; i++) {
            values[i] = f.get();
        }
        return String.format(Locale.ROOT, model, values);
    }

    /** The notebook's key for {@link #model()}: title|year|scene title|format, as Notebook.keyOf makes it. */
    public static String notebookKey() {
        return all(0) + "|2024|" + all(2) + "|endings/1";
    }

    /** A notebook for {@link #model()}, hand-written as an attacker would: payloads in notes, and as ids of a beat and a reading the model lacks. */
    public static String notebook() {
        String orphanBeat = json(all(1));
        String orphanReading = json(all(3));
        return """
            {
              "format": "endings-notebook/1",
              "model": %s,
              "standings": {"kiss": {"consent": "convinced"}, %s: {%s: "unsure"}},
              "notes": {"kiss": {"consent": %s, "hope": %s}, %s: {%s: %s}},
              "credence": {"kiss": {"consent": 60, "hope": 40}, %s: {%s: 100}},
              "resume": {"view": "beat", "beat": "kiss", "reading": "consent", "quote": null}
            }
            """.formatted(json(notebookKey()), orphanBeat, orphanReading, json(all(4)), json(all(5)), orphanBeat,
                orphanReading, json(all(6)), orphanBeat, orphanReading);
    }

    /** A model broken in one place, whose bad value carries payloads: what the error message must quote safely. */
    public record Broken(String name, String json) {}

    /** Broken models: every kind of error that quotes the bad value back (ids, references, words, names, types, syntax). */
    public static List<Broken> broken() {
        String valid = model();
        String payload = all(7);
        String quoted = json(payload);
        List<Broken> list = new ArrayList<>();
        list.add(new Broken("person-id", valid.replace("\"id\": \"baker\"", "\"id\": " + quoted)));
        list.add(new Broken("beat-id", valid.replace("{\"id\": \"kiss\"", "{\"id\": " + quoted)));
        list.add(new Broken("speaker-reference", valid.replace("\"speaker\": \"madison\"", "\"speaker\": " + quoted)));
        list.add(new Broken("source-reference", valid.replace("\"source\": \"explainer\"", "\"source\": " + quoted)));
        list.add(new Broken("reported-by", valid.replace("\"reportedBy\": \"explainer\"}", "\"reportedBy\": " + quoted + "}")));
        list.add(new Broken("quote-beat", valid.replace("\"beats\": [\"kiss\"]", "\"beats\": [" + quoted + "]")));
        list.add(new Broken("variant-of", valid.replace("\"variantOf\": \"q2\"", "\"variantOf\": " + quoted)));
        list.add(new Broken("gloss-key", valid.replace("{\"kiss\": ", "{" + quoted + ": ")));
        list.add(new Broken("stance-key", valid.replace("{\"hope\": \"supports\"}", "{" + quoted + ": \"supports\"}")));
        list.add(new Broken("stance-word", valid.replace("\"supports\"}", quoted + "}")));
        list.add(new Broken("source-kind", valid.replace("\"kind\": \"podcast\"", "\"kind\": " + quoted)));
        list.add(new Broken("voice", valid.replace("\"voice\": \"paraphrase\"", "\"voice\": " + quoted)));
        list.add(new Broken("date", valid.replace("\"2024-11\"", quoted)));
        list.add(new Broken("format", valid.replace("\"endings/1\"", quoted)));
        list.add(new Broken("year-of-wrong-type", valid.replace("\"year\": 2024", "\"year\": " + quoted)));
        list.add(new Broken("unknown-field-name", valid.replace("\"director\":", quoted + ": 1, \"director\":")));
        list.add(new Broken("raw-controls-in-a-string", valid.replace("\"director\": \"", "\"director\": \"" + raw(payload))));
        list.add(new Broken("raw-controls-in-a-field-name", valid.replace("\"director\":", "\"" + raw(payload) + "\": 1, \"director\":")));
        list.add(new Broken("lone-surrogate-and-payload", valid.replace("\"director\": \"", "\"director\": \"\\ud800" + escaped(payload))));
        list.add(new Broken("words-after-the-document", valid + raw(payload)));
        list.add(new Broken("bare-word", valid.replace("\"year\": 2024", "\"year\": " + raw(payload).replace(" ", ""))));
        return list;
    }

    /** The text as a JSON string: quotes, backslashes and C0 controls escaped; C1 and bidi controls left raw in the UTF-8. */
    public static String json(String s) {
        return "\"" + escaped(s) + "\"";
    }

    private static String escaped(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The text with only quotes and backslashes escaped: raw controls, which strict JSON refuses inside a string. */
    private static String raw(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /**
     * File names that carry every payload between them, each under 255 bytes and ending in the tail:
     * every character but '/' and NUL, which no file name can hold.
     */
    public static List<String> fileNames(String tail) {
        List<String> names = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        for (Payload payload : PAYLOADS) {
            String text = payload.text().replace('/', '_').replace('\u0000', '_') + " ";
            if (utf8(name + text + tail) > 255) {
                names.add(name + tail);
                name.setLength(0);
            }
            name.append(text);
        }
        names.add(name + tail);
        return names;
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * What in these bytes could steer a terminal, or null when nothing could: an ESC byte, bytes that
     * are not UTF-8, a C0 control but newline (so CR and BS too), DEL, a C1 control, a bidi control
     * or a line or paragraph separator.
     */
    public static String unsafe(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0x1B) {
                return "ESC at byte " + i;
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return "not UTF-8: " + e;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F);
            boolean bidi = c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029';
            if (control || bidi) {
                return String.format(Locale.ROOT, "U+%04X at character %d, after: %s", (int) c, i,
                        text.substring(Math.max(0, i - 40), i));
            }
        }
        return null;
    }

    /**
     * For the tmux script: {@code model DIR} (the hostile model, under the first hostile file name),
     * {@code notebook FILE}, {@code broken DIR} (one file per broken model), {@code typed-hex WITH-ESC}
     * (the typed payloads as hex bytes, for tmux send-keys -H), {@code count}.
     */
    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "model" -> Files.writeString(Path.of(args[1], fileNames(".json").get(0)), model(), StandardCharsets.UTF_8);
            case "notebook" -> Files.writeString(Path.of(args[1]), notebook(), StandardCharsets.UTF_8);
            case "broken" -> {
                List<Broken> all = broken();
                for (int i = 0; i < all.size(); i++) {
                    List<String> names = fileNames("-" + all.get(i).name() + ".json");
                    Files.writeString(Path.of(args[1], names.get(i % names.size())), all.get(i).json(), StandardCharsets.UTF_8);
                }
            }
            case "typed-hex" -> {
                byte[] bytes = typed(Boolean.parseBoolean(args[1])).getBytes(StandardCharsets.UTF_8);
                StringBuilder hex = new StringBuilder();
                for (byte b : bytes) {
                    hex.append(HexFormat.of().toHexDigits(b)).append(' ');
                }
                System.out.println(hex.toString().strip());
            }
            case "count" -> System.out.println(PAYLOADS.size() + " " + FIELDS);
            default -> throw new IllegalArgumentException("unknown: " + args[0]);
        }
    }
}
