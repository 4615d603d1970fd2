package org.endings.model;

import static org.endings.model.ObjectTable.Presence.OPTIONAL;
import static org.endings.model.ObjectTable.Presence.REQUIRED;
import static org.endings.model.ObjectTable.field;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects of the format "endings/1", each as one table of its fields in file order and how each
 * field's value is read into the record. The JSON Schema, data/endings-model.schema.json, says the same;
 * a test holds the two to each other. Glosses and stances are maps from ids, not tables.
 */
final class ModelTables {
    private static final ObjectTable<WorkDraft, Work> WORK = new ObjectTable<>("in the work", "in the work",
            WorkDraft::new, d -> new Work(d.title, d.year, d.director),
            field("title", REQUIRED, (in, d) -> d.title = in.string()),
            field("year", REQUIRED, (in, d) -> d.year = in.integer()),
            field("director", REQUIRED, (in, d) -> d.director = in.string()));

    private static final ObjectTable<SceneDraft, Scene> SCENE = new ObjectTable<>("in the scene", "in the scene",
            SceneDraft::new, d -> new Scene(d.title, d.where, d.what),
            field("title", REQUIRED, (in, d) -> d.title = in.string()),
            field("where", REQUIRED, (in, d) -> d.where = in.string()),
            field("what", REQUIRED, (in, d) -> d.what = in.string()));

    private static final ObjectTable<PersonDraft, Person> PERSON = new ObjectTable<>("person", "in a person",
            PersonDraft::new, d -> new Person(d.id, d.name, d.role, d.plays),
            field("id", REQUIRED, (in, d) -> d.id = in.string()),
            field("name", REQUIRED, (in, d) -> d.name = in.string()),
            field("role", REQUIRED, (in, d) -> d.role = in.string()),
            field("plays", OPTIONAL, (in, d) -> d.plays = in.string()));

    private static final ObjectTable<SourceDraft, Source> SOURCE = new ObjectTable<>("source", "in a source",
            SourceDraft::new, d -> new Source(d.id, d.kind, d.outlet, d.title, d.date, d.reportedBy, d.url),
            field("id", REQUIRED, (in, d) -> d.id = in.string()),
            field("kind", REQUIRED, (in, d) -> d.kind = in.word("kind", SourceKind::fromWord,
                    "article, interview, podcast")),
            field("title", REQUIRED, (in, d) -> d.title = in.string()),
            field("outlet", OPTIONAL, (in, d) -> d.outlet = in.string()),
            field("date", OPTIONAL, (in, d) -> d.date = in.string()),
            field("reportedBy", OPTIONAL, (in, d) -> d.reportedBy = in.string()),
            field("url", OPTIONAL, (in, d) -> d.url = in.string()));

    private static final ObjectTable<BeatDraft, Beat> BEAT = new ObjectTable<>("beat", "in a beat",
            BeatDraft::new, d -> new Beat(d.id, d.title, d.summary, d.setting, d.time),
            field("id", REQUIRED, (in, d) -> d.id = in.string()),
            field("title", REQUIRED, (in, d) -> d.title = in.string()),
            field("summary", REQUIRED, (in, d) -> d.summary = in.string()),
            field("setting", OPTIONAL, (in, d) -> d.setting = in.strings()),
            field("time", OPTIONAL, (in, d) -> d.time = in.string()));

    private static final ObjectTable<ReadingDraft, Reading> READING = new ObjectTable<>("reading", "in a reading",
            ReadingDraft::new, d -> new Reading(d.id, d.title, d.thesis, d.glosses),
            field("id", REQUIRED, (in, d) -> d.id = in.string()),
            field("title", REQUIRED, (in, d) -> d.title = in.string()),
            field("thesis", REQUIRED, (in, d) -> d.thesis = in.string()),
            field("glosses", REQUIRED, (in, d) -> d.glosses = in.map(in::string)));

    private static final ObjectTable<QuoteDraft, Quote> QUOTE = new ObjectTable<>("quote", "in a quote",
            QuoteDraft::new, d -> new Quote(d.id, d.text, d.voice, d.speaker, d.source, d.beats, d.stances,
                    d.variantOf),
            field("id", REQUIRED, (in, d) -> d.id = in.string()),
            field("text", REQUIRED, (in, d) -> d.text = in.string()),
            field("voice", OPTIONAL, (in, d) -> d.voice = in.word("voice", Voice::fromWord,
                    "direct, paraphrase, editorial")),
            field("speaker", OPTIONAL, (in, d) -> d.speaker = in.string()),
            field("source", REQUIRED, (in, d) -> d.source = in.string()),
            field("beats", REQUIRED, (in, d) -> d.beats = in.strings()),
            field("stances", OPTIONAL, (in, d) -> d.stances = in.map(() -> in.word("stance", Stance::fromWord,
                    "supports, complicates, challenges"))),
            field("variantOf", OPTIONAL, (in, d) -> d.variantOf = in.string()));

    private static final ObjectTable<ModelDraft, Model> ROOT = new ObjectTable<>("at the top level", "at the top level",
            ModelDraft::new, d -> new Model(d.format, d.work, d.scene, d.people, d.sources, d.beats, d.readings,
                    d.quotes),
            field("$schema", OPTIONAL, (in, d) -> in.string()),
            field("format", REQUIRED, (in, d) -> d.format = format(in)),
            field("work", REQUIRED, (in, d) -> d.work = in.object(WORK)),
            field("scene", REQUIRED, (in, d) -> d.scene = in.object(SCENE)),
            field("people", REQUIRED, (in, d) -> d.people = in.objects(PERSON)),
            field("sources", REQUIRED, (in, d) -> d.sources = in.objects(SOURCE)),
            field("beats", REQUIRED, (in, d) -> d.beats = in.objects(BEAT)),
            field("readings", REQUIRED, (in, d) -> d.readings = in.objects(READING)),
            field("quotes", REQUIRED, (in, d) -> d.quotes = in.objects(QUOTE)));

    private ModelTables() {
    }

    /** The table of the top level, which is the whole model. */
    static ObjectTable<?, Model> root() {
        return ROOT;
    }

    /** Every table by the name the schema gives its object ("root" for the top level), read-only. */
    static Map<String, ObjectTable<?, ?>> byName() {
        Map<String, ObjectTable<?, ?>> all = new LinkedHashMap<>();
        all.put("root", ROOT);
        all.put("work", WORK);
        all.put("scene", SCENE);
        all.put("person", PERSON);
        all.put("source", SOURCE);
        all.put("beat", BEAT);
        all.put("reading", READING);
        all.put("quote", QUOTE);
        return Collections.unmodifiableMap(all);
    }

    private static String format(ModelReader in) throws ModelException {
        String format = in.string();
        if (!Model.FORMAT.equals(format)) {
            throw in.here("unsupported format " + ModelException.quote(format) + ": expected \"" + Model.FORMAT
                    + "\"");
        }
        return format;
    }

    // The drafts the rows fill in: what an object has so far, with the defaults of its optional fields.

    private static final class ModelDraft {
        String format;
        Work work;
        Scene scene;
        List<Person> people;
        List<Source> sources;
        List<Beat> beats;
        List<Reading> readings;
        List<Quote> quotes;
    }

    private static final class WorkDraft {
        String title;
        int year;
        String director;
    }

    private static final class SceneDraft {
        String title;
        String where;
        String what;
    }

    private static final class PersonDraft {
        String id;
        String name;
        String role;
        String plays;
    }

    private static final class SourceDraft {
        String id;
        SourceKind kind;
        String title;
        String outlet;
        String date;
        String reportedBy;
        String url;
    }

    private static final class BeatDraft {
        String id;
        String title;
        String summary;
        List<String> setting = List.of();
        String time;
    }

    private static final class ReadingDraft {
        String id;
        String title;
        String thesis;
        Map<String, String> glosses;
    }

    private static final class QuoteDraft {
        String id;
        String text;
        Voice voice = Voice.DIRECT;
        String speaker;
        String source;
        List<String> beats;
        Map<String, Stance> stances = Map.of();
        String variantOf;
    }
}
