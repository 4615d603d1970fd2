package org.endings.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A small, valid model of Anora's ending for tests, as mutable lists to change one thing at a time
 * before {@link #build()}. Every beat has a quote about it and every reading a quote bearing on it.
 */
final class ModelBuilder {
    String format = Model.FORMAT;
    Work work = new Work("Anora", 2024, "Sean Baker");
    Scene scene = new Scene("The last scene", "Igor's car, outside Ani's house, in the snow",
            "Igor gives Ani back her ring; she climbs onto his lap, then breaks down in tears.");

    final List<Person> people = new ArrayList<>(List.of(
            new Person("baker", "Sean Baker", "writer-director", null),
            new Person("quan", "Samantha Quan", "producer", null),
            new Person("coco", "Alex Coco", "producer", null),
            new Person("madison", "Mikey Madison", "actor", "Ani")));

    final List<Source> sources = new ArrayList<>(List.of(
            new Source("explainer", SourceKind.ARTICLE, null, "What Happens at the End of Anora?", "2025-03-12", null),
            new Source("cinema-group", SourceKind.ARTICLE, "The Cinema Group",
                    "Sean Baker Reflects on Crafting the Profound Ending of 'Anora'", null, null),
            new Source("indiewire", SourceKind.INTERVIEW, "IndieWire", "Sean Baker on Anora", "2024-11", "explainer"),
            new Source("script-apart", SourceKind.PODCAST, "Script Apart", "Script Apart with Al Horner", null,
                    "explainer")));

    final List<Beat> beats = new ArrayList<>(List.of(
            new Beat("ring", "The ring", "Igor gives Ani back the ring the family took.", List.of("snow", "car"),
                    "morning"),
            new Beat("kiss", "The kiss", "Ani climbs onto Igor's lap and kisses him.", List.of("car"), null),
            new Beat("tears", "The tears", "Ani breaks down, her face hidden from us.", List.of(), null)));

    final List<Reading> readings = new ArrayList<>(List.of(
            new Reading("power", "Regaining power", "Ani takes back the power the Zakharovs took from her.",
                    glosses("She is given back what was taken.", "She decides what happens.",
                            "She feels what it cost.")),
            new Reading("hope", "Hope", "Ani and Igor finally see each other.",
                    glosses("A kindness, offered.", "A connection, clumsily.", "Something breaks open."))));

    final List<Quote> quotes = new ArrayList<>(List.of(
            new Quote("control", "No, I’m in control of this moment.", Voice.DIRECT, "baker", "indiewire",
                    List.of("kiss"), Map.of("power", Stance.SUPPORTS), null),
            new Quote("control-2", "I control this moment", Voice.DIRECT, "baker", "cinema-group",
                    List.of("kiss"), Map.of("power", Stance.SUPPORTS), "control"),
            new Quote("hopeful", "was hopeful. There is hope there.", Voice.DIRECT, "baker", "script-apart",
                    List.of("tears"), Map.of("hope", Stance.SUPPORTS), null),
            new Quote("repay", "to repay Igor", Voice.EDITORIAL, null, "explainer",
                    List.of("ring", "kiss"), stances("power", Stance.COMPLICATES, "hope", Stance.CHALLENGES), null)));

    Model build() {
        return new Model(format, work, scene, people, sources, beats, readings, quotes);
    }

    ModelBuilder quote(int index, UnaryOperator<Quote> change) {
        quotes.set(index, change.apply(quotes.get(index)));
        return this;
    }

    ModelBuilder source(int index, UnaryOperator<Source> change) {
        sources.set(index, change.apply(sources.get(index)));
        return this;
    }

    ModelBuilder reading(int index, UnaryOperator<Reading> change) {
        readings.set(index, change.apply(readings.get(index)));
        return this;
    }

    /** Glosses for the beats ring, kiss and tears, in that order. */
    static Map<String, String> glosses(String ring, String kiss, String tears) {
        Map<String, String> glosses = new LinkedHashMap<>();
        glosses.put("ring", ring);
        glosses.put("kiss", kiss);
        glosses.put("tears", tears);
        return glosses;
    }

    static Map<String, Stance> stances(String reading, Stance stance, String other, Stance otherStance) {
        Map<String, Stance> stances = new LinkedHashMap<>();
        stances.put(reading, stance);
        stances.put(other, otherStance);
        return stances;
    }

    static Quote withText(Quote q, String text) {
        return new Quote(q.id(), text, q.voice(), q.speaker(), q.source(), q.beats(), q.stances(), q.variantOf());
    }

    static Quote withVoice(Quote q, Voice voice) {
        return new Quote(q.id(), q.text(), voice, q.speaker(), q.source(), q.beats(), q.stances(), q.variantOf());
    }

    static Quote withSpeaker(Quote q, String speaker) {
        return new Quote(q.id(), q.text(), q.voice(), speaker, q.source(), q.beats(), q.stances(), q.variantOf());
    }

    static Quote withSource(Quote q, String source) {
        return new Quote(q.id(), q.text(), q.voice(), q.speaker(), source, q.beats(), q.stances(), q.variantOf());
    }

    static Quote withBeats(Quote q, String... beats) {
        return new Quote(q.id(), q.text(), q.voice(), q.speaker(), q.source(), List.of(beats), q.stances(),
                q.variantOf());
    }

    static Quote withStances(Quote q, Map<String, Stance> stances) {
        return new Quote(q.id(), q.text(), q.voice(), q.speaker(), q.source(), q.beats(), stances, q.variantOf());
    }

    static Quote withVariantOf(Quote q, String variantOf) {
        return new Quote(q.id(), q.text(), q.voice(), q.speaker(), q.source(), q.beats(), q.stances(), variantOf);
    }

    static Source withDate(Source s, String date) {
        return new Source(s.id(), s.kind(), s.outlet(), s.title(), date, s.reportedBy());
    }

    static Source withReportedBy(Source s, String reportedBy) {
        return new Source(s.id(), s.kind(), s.outlet(), s.title(), s.date(), reportedBy);
    }

    static Reading withGlosses(Reading r, Map<String, String> glosses) {
        return new Reading(r.id(), r.title(), r.thesis(), glosses);
    }
}
