package org.endings.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.endings.model.Beat;
import org.endings.model.Model;
import org.endings.model.Person;
import org.endings.model.Quote;
import org.endings.model.Reading;
import org.endings.model.Scene;
import org.endings.model.Source;
import org.endings.model.SourceKind;
import org.endings.model.Stance;
import org.endings.model.Voice;
import org.endings.model.Work;

/** A three-beat model small enough to know every answer by heart. */
final class SmallModel {
    private SmallModel() {
    }

    static Model model() {
        List<Beat> beats = List.of(
                new Beat("ring", "The ring", "She gets the ring back.", List.of("a car", "snow"), null),
                new Beat("kiss", "The kiss", "He leans in; she stops him.", List.of(), null),
                new Beat("end", "The end", "She weeps; cut to black.", List.of(), "night"));
        List<Reading> readings = List.of(
                reading("power", "Power", "She takes control."),
                reading("hope", "Hope", "Something begins."),
                reading("despair", "Despair", "Nothing is left."));
        List<Quote> quotes = List.of(
                quote("q1", "I’m in control of this moment.", Voice.DIRECT, "ann", "interview", List.of("ring"),
                        stances("power", Stance.SUPPORTS, "hope", Stance.CHALLENGES), null),
                quote("q2", "There is hope there.", Voice.DIRECT, "ann", "interview", List.of("ring", "kiss"),
                        stances("power", Stance.CHALLENGES, "hope", Stance.SUPPORTS), null),
                quote("q3", "The kiss breaches her defences.", Voice.EDITORIAL, null, "article", List.of("kiss"),
                        stances("hope", Stance.COMPLICATES), null),
                quote("q4", "It took three days to shoot.", Voice.DIRECT, "bo", "article", List.of("end"),
                        Map.of(), null),
                quote("q5", "I control this moment.", Voice.DIRECT, "ann", "article", List.of("ring"),
                        stances("power", Stance.SUPPORTS), "q1"),
                quote("q6", "The audience decides.", Voice.DIRECT, "bo", "article", List.of("ring", "kiss", "end"),
                        stances("hope", Stance.SUPPORTS), null));
        return new Model(Model.FORMAT, new Work("Film", 2024, "Ann Director"),
                new Scene("The last scene", "A car", "Goodbye."),
                List.of(new Person("ann", "Ann Director", "writer-director", null),
                        new Person("bo", "Bo Producer", "producer", null)),
                List.of(new Source("article", SourceKind.ARTICLE, "The Paper", "All about the end", "2025-03-12", null),
                        new Source("interview", SourceKind.INTERVIEW, "IndieWire", "Interview", "2024-11", "article")),
                beats, readings, quotes);
    }

    private static Reading reading(String id, String title, String thesis) {
        Map<String, String> glosses = new LinkedHashMap<>();
        glosses.put("ring", title + " at the ring.");
        glosses.put("kiss", title + " at the kiss.");
        glosses.put("end", title + " at the end.");
        return new Reading(id, title, thesis, glosses);
    }

    private static Quote quote(String id, String text, Voice voice, String speaker, String source, List<String> beats,
                               Map<String, Stance> stances, String variantOf) {
        return new Quote(id, text, voice, speaker, source, beats, stances, variantOf);
    }

    private static Map<String, Stance> stances(Object... pairs) {
        Map<String, Stance> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], (Stance) pairs[i + 1]);
        }
        return out;
    }
}
