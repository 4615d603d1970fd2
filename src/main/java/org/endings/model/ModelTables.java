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
            new WorkDraft(),
            field("title", REQUIRED), field("year", REQUIRED), field("director", REQUIRED));

    private static final ObjectTable<SceneDraft, Scene> SCENE = new ObjectTable<>("in the scene", "in the scene",
            new SceneDraft(),
            field("title", REQUIRED), field("where", REQUIRED), field("what", REQUIRED));

    private static final ObjectTable<PersonDraft, Person> PERSON = new ObjectTable<>("person", "in a person",
            new PersonDraft(),
            field("id", REQUIRED), field("name", REQUIRED), field("role", REQUIRED), field("plays", OPTIONAL));

    private static final ObjectTable<SourceDraft, Source> SOURCE = new ObjectTable<>("source", "in a source",
            new SourceDraft(),
            field("id", REQUIRED), field("kind", REQUIRED), field("title", REQUIRED), field("outlet", OPTIONAL),
            field("date", OPTIONAL), field("reportedBy", OPTIONAL), field("url", OPTIONAL));

    private static final ObjectTable<BeatDraft, Beat> BEAT = new ObjectTable<>("beat", "in a beat",
            new BeatDraft(),
            field("id", REQUIRED), field("title", REQUIRED), field("summary", REQUIRED), field("setting", OPTIONAL),
            field("time", OPTIONAL));

    private static final ObjectTable<ReadingDraft, Reading> READING = new ObjectTable<>("reading", "in a reading",
            new ReadingDraft(),
            field("id", REQUIRED), field("title", REQUIRED), field("thesis", REQUIRED), field("glosses", REQUIRED));

    private static final ObjectTable<QuoteDraft, Quote> QUOTE = new ObjectTable<>("quote", "in a quote",
            new QuoteDraft(),
            field("id", REQUIRED), field("text", REQUIRED), field("voice", OPTIONAL), field("speaker", OPTIONAL),
            field("source", REQUIRED), field("beats", REQUIRED), field("stances", OPTIONAL),
            field("variantOf", OPTIONAL));

    private static final ObjectTable<ModelDraft, Model> ROOT = new ObjectTable<>("at the top level", "at the top level",
            new ModelDraft(),
            field("$schema", OPTIONAL), field("format", REQUIRED), field("work", REQUIRED), field("scene", REQUIRED),
            field("people", REQUIRED), field("sources", REQUIRED), field("beats", REQUIRED),
            field("readings", REQUIRED), field("quotes", REQUIRED));

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

    // The drafts: what an object has so far, with the defaults of its optional fields, and how each
    // field's value is read into it.

    private static final class ModelDraft extends ObjectTable.Draft<Model> {
        String format;
        Work work;
        Scene scene;
        List<Person> people;
        List<Source> sources;
        List<Beat> beats;
        List<Reading> readings;
        List<Quote> quotes;

        @Override
        ModelDraft fresh() {
            return new ModelDraft();
        }

        @Override
        void read(String name, ModelReader in) throws ModelException {
            switch (name) {
                case "$schema" -> in.string();
                case "format" -> format = format(in);
                case "work" -> work = in.object(WORK);
                case "scene" -> scene = in.object(SCENE);
                case "people" -> people = in.objects(PERSON);
                case "sources" -> sources = in.objects(SOURCE);
                case "beats" -> beats = in.objects(BEAT);
                case "readings" -> readings = in.objects(READING);
                case "quotes" -> quotes = in.objects(QUOTE);
                default -> throw unread(name);
            }
        }

        @Override
        Model build() {
            return new Model(format, work, scene, people, sources, beats, readings, quotes);
        }
    }

    private static final class WorkDraft extends ObjectTable.Draft<Work> {
        String title;
        int year;
        String director;

        @Override
        WorkDraft fresh() {
            return new WorkDraft();
        }

        @Override
        void read(String name, ModelReader in) throws ModelException {
            switch (name) {
                case "title" -> title = in.string();
                case "year" -> year = in.integer();
                case "director" -> director = in.string();
                default -> throw unread(name);
            }
        }

        @Override
        Work build() {
            return new Work(title, year, director);
        }
    }

    private static final class SceneDraft extends ObjectTable.Draft<Scene> {
        String title;
        String where;
        String what;

        @Override
        SceneDraft fresh() {
            return new SceneDraft();
        }

        @Override
        void read(String name, ModelReader in) throws ModelException {
            switch (name) {
                case "title" -> title = in.string();
                case "where" -> where = in.string();
                case "what" -> what = in.string();
                default -> throw unread(name);
            }
        }

        @Override
        Scene build() {
            return new Scene(title, where, what);
        }
    }

    private static final class PersonDraft extends ObjectTable.Draft<Person> {
        String id;
        String name;
        String role;
        String plays;

        @Override
        PersonDraft fresh() {
            return new PersonDraft();
        }

        @Override
        void read(String field, ModelReader in) throws ModelException {
            switch (field) {
                case "id" -> id = in.string();
                case "name" -> name = in.string();
                case "role" -> role = in.string();
                case "plays" -> plays = in.string();
                default -> throw unread(field);
            }
        }

        @Override
        Person build() {
            return new Person(id, name, role, plays);
        }
    }

    private static final class SourceDraft extends ObjectTable.Draft<Source> {
        String id;
        SourceKind kind;
        String title;
        String outlet;
        String date;
        String reportedBy;
        String url;

        @Override
        SourceDraft fresh() {
            return new SourceDraft();
        }

        @Override
        void read(String name, ModelReader in) throws ModelException {
            switch (name) {
                case "id" -> id = in.string();
                case "kind" -> {
                    String word = in.string();
                    kind = in.word("kind", word, SourceKind.fromWord(word), "article, interview, podcast");
                }
                case "title" -> title = in.string();
                case "outlet" -> outlet = in.string();
                case "date" -> date = in.string();
                case "reportedBy" -> reportedBy = in.string();
                case "url" -> url = in.string();
                default -> throw unread(name);
            }
        }

        @Override
        Source build() {
            return new Source(id, kind, outlet, title, date, reportedBy, url);
        }
    }

    private static final class BeatDraft extends ObjectTable.Draft<Beat> {
        String id;
        String title;
        String summary;
        List<String> setting = List.of();
        String time;

        @Override
        BeatDraft fresh() {
            return new BeatDraft();
        }

        @Override
        void read(String name, ModelReader in) throws ModelException {
            switch (name) {
                case "id" -> id = in.string();
                case "title" -> title = in.string();
                case "summary" -> summary = in.string();
                case "setting" -> setting = in.strings();
                case "time" -> time = in.string();
                default -> throw unread(name);
            }
        }

        @Override
        Beat build() {
            return new Beat(id, title, summary, setting, time);
        }
    }

    private static final class ReadingDraft extends ObjectTable.Draft<Reading> {
        String id;
        String title;
        String thesis;
        Map<String, String> glosses;

        @Override
        ReadingDraft fresh() {
            return new ReadingDraft();
        }

        @Override
        void read(String name, ModelReader in) throws ModelException {
            switch (name) {
                case "id" -> id = in.string();
                case "title" -> title = in.string();
                case "thesis" -> thesis = in.string();
                case "glosses" -> glosses = in.map(new Gloss(in));
                default -> throw unread(name);
            }
        }

        @Override
        Reading build() {
            return new Reading(id, title, thesis, glosses);
        }
    }

    /** A gloss: a string. */
    private static final class Gloss implements ModelReader.Value<String> {
        private final ModelReader in;

        Gloss(ModelReader in) {
            this.in = in;
        }

        @Override
        public String read() throws ModelException {
            return in.string();
        }
    }

    /** A stance: one of the format's three words. */
    private static final class StanceWord implements ModelReader.Value<Stance> {
        private final ModelReader in;

        StanceWord(ModelReader in) {
            this.in = in;
        }

        @Override
        public Stance read() throws ModelException {
            String word = in.string();
            return in.word("stance", word, Stance.fromWord(word), "supports, complicates, challenges");
        }
    }

    private static final class QuoteDraft extends ObjectTable.Draft<Quote> {
        String id;
        String text;
        Voice voice = Voice.DIRECT;
        String speaker;
        String source;
        List<String> beats;
        Map<String, Stance> stances = Map.of();
        String variantOf;

        @Override
        QuoteDraft fresh() {
            return new QuoteDraft();
        }

        @Override
        void read(String name, ModelReader in) throws ModelException {
            switch (name) {
                case "id" -> id = in.string();
                case "text" -> text = in.string();
                case "voice" -> {
                    String word = in.string();
                    voice = in.word("voice", word, Voice.fromWord(word), "direct, paraphrase, editorial");
                }
                case "speaker" -> speaker = in.string();
                case "source" -> source = in.string();
                case "beats" -> beats = in.strings();
                case "stances" -> stances = in.map(new StanceWord(in));
                case "variantOf" -> variantOf = in.string();
                default -> throw unread(name);
            }
        }

        @Override
        Quote build() {
            return new Quote(id, text, voice, speaker, source, beats, stances, variantOf);
        }
    }
}
