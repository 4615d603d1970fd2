package org.endings.export;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.endings.model.Beat;
import org.endings.model.Model;
import org.endings.model.Person;
import org.endings.model.Quote;
import org.endings.model.Reading;
import org.endings.model.Source;
import org.endings.model.Stance;
import org.endings.terminal.JsonEscapes;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The model as loaded, as a model file in the format "endings/1" (valid against
 * data/endings-model.schema.json, and loading back to an equal model), for other tools. The one
 * export that reads the model rather than the core's pages: it is the model, not a reading of it.
 * Optional fields are written only when the model has them; control characters are escaped.
 */
public final class ModelJson {
    private ModelJson() {
    }

    private static final JsonFactory FACTORY = JsonFactory.builder().characterEscapes(new JsonEscapes()).build();

    /** Indented two spaces, a space after a name's colon and none before it, as data/anora.json is. */
    private static final class Indented extends ObjectWriteContext.Base {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER));
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    }

    public static String of(Model model) {
        StringWriter buffer = new StringWriter(64 * 1024);
        try (JsonGenerator g = FACTORY.createGenerator(new Indented(), buffer)) {
            g.writeStartObject();
            g.writeStringProperty("format", model.format());
            g.writeName("work");
            g.writeStartObject();
            g.writeStringProperty("title", model.work().title());
            g.writeNumberProperty("year", model.work().year());
            g.writeStringProperty("director", model.work().director());
            g.writeEndObject();
            g.writeName("scene");
            g.writeStartObject();
            g.writeStringProperty("title", model.scene().title());
            g.writeStringProperty("where", model.scene().where());
            g.writeStringProperty("what", model.scene().what());
            g.writeEndObject();
            g.writeArrayPropertyStart("people");
            for (Person p : model.people()) {
                g.writeStartObject();
                g.writeStringProperty("id", p.id());
                g.writeStringProperty("name", p.name());
                g.writeStringProperty("role", p.role());
                optional(g, "plays", p.plays());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("sources");
            for (Source s : model.sources()) {
                g.writeStartObject();
                g.writeStringProperty("id", s.id());
                g.writeStringProperty("kind", s.kind().word());
                g.writeStringProperty("title", s.title());
                optional(g, "outlet", s.outlet());
                optional(g, "date", s.date());
                optional(g, "reportedBy", s.reportedBy());
                optional(g, "url", s.url());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("beats");
            for (Beat b : model.beats()) {
                g.writeStartObject();
                g.writeStringProperty("id", b.id());
                g.writeStringProperty("title", b.title());
                g.writeStringProperty("summary", b.summary());
                if (!b.setting().isEmpty()) {
                    strings(g, "setting", b.setting());
                }
                optional(g, "time", b.time());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("readings");
            for (Reading r : model.readings()) {
                g.writeStartObject();
                g.writeStringProperty("id", r.id());
                g.writeStringProperty("title", r.title());
                g.writeStringProperty("thesis", r.thesis());
                g.writeObjectPropertyStart("glosses");
                for (Map.Entry<String, String> gloss : r.glosses().entrySet()) {
                    optional(g, gloss.getKey(), gloss.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("quotes");
            for (Quote q : model.quotes()) {
                g.writeStartObject();
                g.writeStringProperty("id", q.id());
                g.writeStringProperty("text", q.text());
                g.writeStringProperty("voice", q.voice().word());
                optional(g, "speaker", q.speaker());
                g.writeStringProperty("source", q.source());
                strings(g, "beats", q.beats());
                if (!q.stances().isEmpty()) {
                    g.writeObjectPropertyStart("stances");
                    for (Map.Entry<String, Stance> stance : q.stances().entrySet()) {
                        g.writeStringProperty(stance.getKey(), stance.getValue().word());
                    }
                    g.writeEndObject();
                }
                optional(g, "variantOf", q.variantOf());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return buffer.append('\n').toString();
    }

    private static void optional(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) {
        g.writeArrayPropertyStart(name);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }
}
