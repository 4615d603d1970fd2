package org.endings.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.endings.core.Presenter;
import org.endings.core.Queries;
import org.endings.model.Person;
import org.endings.model.Quote;
import org.endings.model.Stance;
import org.endings.terminal.JsonEscapes;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Writes quotes as JSON lines: one object a line, safe to print on a terminal. */
final class QuoteJson {
    private QuoteJson() {
    }

    private static final JsonFactory FACTORY = JsonFactory.builder().characterEscapes(new JsonEscapes()).build();

    static void write(List<Quote> quotes, Queries queries, PrintStream out) {
        Presenter presenter = new Presenter(queries);
        StringBuilder line = new StringBuilder(512);
        for (Quote q : quotes) {
            java.io.StringWriter buffer = new java.io.StringWriter(512);
            try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), buffer)) {
                g.writeStartObject();
                g.writeStringProperty("id", q.id());
                g.writeStringProperty("text", q.text());
                g.writeStringProperty("voice", q.voice().word());
                if (q.speaker() != null) {
                    g.writeStringProperty("speaker", q.speaker());
                    Person p = queries.person(q.speaker());
                    if (p != null) {
                        g.writeStringProperty("speakerName", p.name());
                        g.writeStringProperty("speakerRole", p.role());
                    }
                } else {
                    g.writeNullProperty("speaker");
                }
                g.writeStringProperty("source", q.source());
                g.writeStringProperty("sourceDescription", presenter.describe(queries.source(q.source())));
                g.writeName("beats");
                g.writeStartArray();
                for (String b : q.beats()) {
                    g.writeString(b);
                }
                g.writeEndArray();
                g.writeName("readings");
                g.writeStartObject();
                for (Map.Entry<String, Stance> e : q.stances().entrySet()) {
                    g.writeStringProperty(e.getKey(), e.getValue().word());
                }
                g.writeEndObject();
                if (q.variantOf() != null) {
                    g.writeStringProperty("variantOf", q.variantOf());
                }
                g.writeEndObject();
            }
            line.setLength(0);
            line.append(buffer);
            out.println(line);
        }
    }
}
