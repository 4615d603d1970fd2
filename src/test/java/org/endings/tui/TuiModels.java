package org.endings.tui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.endings.model.Beat;
import org.endings.model.Model;
import org.endings.model.ModelLoader;
import org.endings.model.Person;
import org.endings.model.Quote;
import org.endings.model.Reading;
import org.endings.model.Scene;
import org.endings.model.Source;
import org.endings.model.SourceKind;
import org.endings.model.Stance;
import org.endings.model.Voice;
import org.endings.model.Work;

/** Models for the explorer's tests: the bundled one, a hostile one, and a big generated one. */
final class TuiModels {
    private TuiModels() {}

    /** What a hostile model puts in every text: escapes that set the title and the clipboard, clear the screen, bidi overrides. */
    static final String HOSTILE = "\u001b]0;PWNED-TITLE\u0007\u001b]52;c;UFdORUQtQ0xJUA==\u0007\u001b[2J\u001b[31m"
            + "\u0000\u0007\u007f\r\u009b1m\u009d2;PWNED-C1\u009c\u202eevil\u202c\u2066x\u2069\u200f";

    static Model bundled() {
        return ModelLoader.loadBundled().model();
    }

    /** Every text field of a small valid model wrapped in {@link #HOSTILE}, with wide and combining characters too. */
    static Model hostile() {
        String h = HOSTILE;
        List<Person> people = List.of(
                new Person("baker", h + "Sean Baker" + h, h + "writer-director" + h, null),
                new Person("madison", h + "Mikey Madison 日本語" + h, h + "actor" + h, h + "Ani" + h));
        List<Source> sources = List.of(
                new Source("explainer", SourceKind.ARTICLE, h + "Outlet" + h, h + "What happens ⌚ e\u0301" + h, "2025-03-12", null),
                new Source("interview", SourceKind.INTERVIEW, h + "IndieWire" + h, h + "Interview" + h, h + "2024" + h,
                        "explainer"));
        List<Beat> beats = List.of(
                new Beat("ring", h + "The ring" + h, h + "Igor gives Ani the ring. 😀 日本語" + h, List.of(h + "car" + h), h + "dawn" + h),
                new Beat("kiss", h + "The kiss" + h, h + "She refuses the kiss." + h, List.of(), null));
        Map<String, String> glosses = new LinkedHashMap<>();
        glosses.put("ring", h + "A gift." + h);
        glosses.put("kiss", h + "A line drawn." + h);
        List<Reading> readings = List.of(
                new Reading("power", h + "Power" + h, h + "She takes power back." + h, glosses),
                new Reading("hope", h + "Hope" + h, h + "There is hope." + h, Map.of("ring", h + "Kindness." + h)));
        List<Quote> quotes = List.of(
                new Quote("q1", h + "I'm in control of this moment." + h, Voice.DIRECT, "baker", "interview",
                        List.of("ring", "kiss"), stances("power", Stance.SUPPORTS, "hope", Stance.CHALLENGES), null),
                new Quote("q2", h + "I control this moment" + h, Voice.DIRECT, "madison", "explainer",
                        List.of("kiss"), Map.of("power", Stance.COMPLICATES), "q1"),
                new Quote("q3", h + "The article's view." + h, Voice.EDITORIAL, null, "explainer",
                        List.of("kiss"), Map.of("hope", Stance.SUPPORTS), null),
                new Quote("q4", h + "A paraphrase." + h, Voice.PARAPHRASE, "baker", "explainer",
                        List.of("ring"), Map.of(), null));
        return new Model(Model.FORMAT, new Work(h + "Anora" + h, 2024, h + "Sean Baker" + h),
                new Scene(h + "The final scene" + h, h + "A car" + h, h + "The end" + h),
                people, sources, beats, readings, quotes);
    }

    /**
     * A small valid model in the scripts and symbols a film's model may carry: Hindi, Hebrew and
     * Arabic with their marks, Persian with its non-joiner, Korean, a ZWJ family, a flag, a skin tone.
     */
    static Model scripts() {
        List<Person> people = List.of(new Person("kim", "김지운 👍🏽", "평론가", null),
                new Person("levi", "שָׁלוֹם לֵוִי", "מבקר", null));
        List<Source> sources = List.of(new Source("s", SourceKind.ARTICLE, "दैनिक समाचार 🇰🇷", "नमस्ते दुनिया", "2025-01-02", null));
        List<Beat> beats = List.of(
                new Beat("one", "नमस्ते दुनिया", "मरहबा: مَرْحَبًا بِكُمْ — می\u200Cخواهم 👨\u200D👩\u200D👧 🇰🇷", List.of("차 안"), null),
                new Beat("two", "שָׁלוֹם 👨\u200D👩\u200D👧", "안녕하세요 세계 🏳\uFE0F\u200D🌈 e\u0301 ☀\uFE0F", List.of(), null));
        List<Reading> readings = List.of(
                new Reading("hope", "आशा 🇰🇷", "उम्मीद है। אֱמוּנָה", Map.of("one", "गुज़ारिश", "two", "می\u200Cخواهم")));
        List<Quote> quotes = List.of(
                new Quote("q1", "नमस्ते दुनिया, שָׁלוֹם, مَرْحَبًا, می\u200Cخواهم, 안녕 👨\u200D👩\u200D👧 🇰🇷 👍🏽", Voice.DIRECT,
                        "kim", "s", List.of("one", "two"), Map.of("hope", Stance.SUPPORTS), null));
        return new Model(Model.FORMAT, new Work("अनोरा 🎬", 2024, "שון בייקר"),
                new Scene("마지막 장면", "차 안", "अंत"), people, sources, beats, readings, quotes);
    }

    /** A model with {@code beats} beats, nine readings and three quotes a beat, for speed. */
    static Model generated(int beatCount) {
        List<Person> people = List.of(new Person("p", "A. Person", "critic", null));
        List<Source> sources = List.of(new Source("s", SourceKind.ARTICLE, "Outlet", "A long article", "2025-01-02", null));
        List<Beat> beats = new ArrayList<>();
        for (int b = 0; b < beatCount; b++) {
            beats.add(new Beat("b" + b, "Beat number " + (b + 1) + " of the generated scene",
                    "Something happens in beat " + (b + 1) + ", described at some length so that the summary wraps over "
                            + "more than one line of the screen, as the real ones do.",
                    List.of("the car"), null));
        }
        List<Reading> readings = new ArrayList<>();
        for (int r = 0; r < 9; r++) {
            Map<String, String> glosses = new LinkedHashMap<>();
            for (int b = 0; b < beatCount; b++) {
                glosses.put("b" + b, "Under reading " + (r + 1) + ", beat " + (b + 1) + " reads one way, and this gloss says "
                        + "how, over a line or two.");
            }
            readings.add(new Reading("r" + r, "Reading " + (r + 1), "Thesis of reading " + (r + 1) + ".", glosses));
        }
        Stance[] stances = Stance.values();
        List<Quote> quotes = new ArrayList<>();
        for (int b = 0; b < beatCount; b++) {
            for (int k = 0; k < 3; k++) {
                quotes.add(new Quote("q" + b + "-" + k, "Quote " + k + " about beat " + (b + 1) + ", in the critic's words.",
                        Voice.DIRECT, "p", "s", List.of("b" + b),
                        stances("r" + (k % 9), stances[k % 3], "r" + ((k + b) % 9 == k % 9 ? (k + 1) % 9 : (k + b) % 9),
                                stances[(k + 1) % 3]), null));
            }
        }
        return new Model(Model.FORMAT, new Work("Generated", 2025, "Nobody"), new Scene("A long scene", "Somewhere", "Much"),
                people, sources, beats, readings, quotes);
    }

    private static Map<String, Stance> stances(String a, Stance sa, String b, Stance sb) {
        Map<String, Stance> m = new LinkedHashMap<>();
        m.put(a, sa);
        m.put(b, sb);
        return m;
    }
}
