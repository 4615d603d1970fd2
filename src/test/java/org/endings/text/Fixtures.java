package org.endings.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.endings.core.Navigator;
import org.endings.core.Queries;
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
import org.endings.testing.Golden;

/** The explorers the text mode is tested with. */
final class Fixtures {
    /** The transcripts and their scripts, under src/test/resources/golden/text. */
    static final Golden GOLDEN = Golden.in("text");

    private Fixtures() {
    }

    /** The Anora model that ships with the program. */
    static Navigator bundled() {
        return explorer(ModelLoader.loadBundled().model());
    }

    static Navigator explorer(Model model) {
        return new Navigator(new Queries(model));
    }

    /**
     * What a terminal got, as a pipe would get it: the non-breaking hyphens back to the model's
     * hyphens, and the no-break spaces that keep a repeated row new to a screen reader (at a row's
     * end, or in place of a space) gone.
     */
    static String asTyped(String text) {
        return text.replace('\u2011', '-').replaceAll("\u00A0+\n", "\n").replace('\u00A0', ' ');
    }

    /** A small model: three beats, two readings, and no quote about the last beat. */
    static Navigator small() {
        return explorer(small(""));
    }

    /**
     * Every string field of the small model carries {@code poison}; ids too, so that every lookup
     * still finds its target.
     */
    static Navigator hostile() {
        return explorer(small(POISON));
    }

    /** ESC and CSI, an OSC title, BEL, NUL, CR, DEL, C1 controls (CSI, NEL, OSC), bidi overrides and isolates. */
    static final String POISON = "\u001B[2J\u001B]0;pwned\u0007\u0000\r\u007F\u009B31m\u0085\u009D\u202Etxt\u2066\u200F\u2028";

    private static Model small(String p) {
        String ring = "ring" + p;
        String kiss = "kiss" + p;
        String tears = "tears" + p;
        String power = "power" + p;
        String hope = "hope" + p;
        return new Model("endings/1",
                new Work("Anora" + p, 2024, "Sean Baker" + p),
                new Scene("The last scene" + p, "Igor's car" + p, "Igor gives Ani back her ring." + p),
                List.of(new Person("baker" + p, "Sean Baker" + p, "writer-director" + p, null),
                        new Person("madison" + p, "Mikey Madison" + p, "actor" + p, "Ani" + p)),
                List.of(new Source("explainer" + p, SourceKind.ARTICLE, null, "What happens at the end" + p,
                                p.isEmpty() ? "2025-03-12" : "2025" + p, null),
                        new Source("indiewire" + p, SourceKind.INTERVIEW, "IndieWire" + p, "Baker on Anora" + p,
                                "2024-11", "explainer" + p)),
                List.of(new Beat(ring, "The ring" + p, "Igor gives Ani back the ring." + p, List.of("snow" + p, "car" + p),
                                "morning" + p),
                        new Beat(kiss, "The kiss" + p, "Ani kisses Igor, then stops." + p, List.of(), null),
                        new Beat(tears, "The tears" + p, "Ani breaks down." + p, List.of(), null)),
                List.of(new Reading(power, "Regaining power" + p, "Ani takes back her power." + p,
                                glosses(ring, "Given back what was taken." + p, kiss, "She decides." + p, tears,
                                        "It costs her." + p)),
                        new Reading(hope, "Hope" + p, "Ani and Igor see each other." + p,
                                glosses(ring, "A kindness." + p, kiss, "A connection." + p, tears, null))),
                List.of(new Quote("control" + p, "I'm in control of this moment." + p, Voice.DIRECT, "baker" + p,
                                "indiewire" + p, List.of(kiss), stances(power, Stance.SUPPORTS, hope, Stance.CHALLENGES),
                                null),
                        new Quote("control-2" + p, "I control this moment." + p, Voice.DIRECT, "baker" + p,
                                "explainer" + p, List.of(kiss), stances(power, Stance.SUPPORTS, null, null),
                                "control" + p),
                        new Quote("repay" + p, "to repay Igor" + p, Voice.EDITORIAL, null, "explainer" + p,
                                List.of(ring, kiss), stances(power, Stance.COMPLICATES, null, null), null),
                        new Quote("gesture" + p, "a kind gesture" + p, Voice.PARAPHRASE, "madison" + p,
                                "explainer" + p, List.of(ring), Map.of(), null)));
    }

    private static Map<String, String> glosses(String a, String ga, String b, String gb, String c, String gc) {
        Map<String, String> glosses = new LinkedHashMap<>();
        glosses.put(a, ga);
        glosses.put(b, gb);
        if (gc != null) {
            glosses.put(c, gc);
        }
        return glosses;
    }

    private static Map<String, Stance> stances(String a, Stance sa, String b, Stance sb) {
        Map<String, Stance> stances = new LinkedHashMap<>();
        stances.put(a, sa);
        if (b != null) {
            stances.put(b, sb);
        }
        return stances;
    }
}
