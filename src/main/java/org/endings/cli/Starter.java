package org.endings.cli;

import java.io.StringWriter;

import org.endings.terminal.JsonEscapes;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The model {@code endings new} writes: valid as it stands (no error, no warning), every required
 * field there, and every text the author has to replace saying so in its own words, so that a
 * starting point left in place is never mistaken for something a source printed.
 */
final class Starter {
    private Starter() {
    }

    static final int FIRST_YEAR = 1878;
    static final int LAST_YEAR = 2100;

    private static final JsonFactory FACTORY = JsonFactory.builder().characterEscapes(new JsonEscapes()).build();

    // The placeholder quote is the article's own voice: a direct quote would put words the author has
    // not yet found in the mouth of the real director they named.
    private static final String TEMPLATE = """
            {
              "$schema": "%s",
              "format": "endings/1",
              "work": {"title": %s, "year": %d, "director": %s},
              "scene": {
                "title": "The final scene",
                "where": "A starting point written by endings new: say in a sentence where the scene happens.",
                "what": "A starting point written by endings new: say in a few sentences what happens in the scene, as your sources tell it, then cut it into beats below."
              },
              "people": [
                {"id": "director", "name": %s, "role": "director"}
              ],
              "sources": [
                {"id": "first-article", "kind": "article", "title": "Placeholder: the title of an article about the ending, as printed"}
              ],
              "beats": [
                {
                  "id": "first-beat",
                  "title": "The first beat",
                  "summary": "A starting point: what happens in the first step of the scene, in plain words, as the sources describe it."
                }
              ],
              "readings": [
                {
                  "id": "first-reading",
                  "title": "A first reading",
                  "thesis": "A starting point: replace this with a reading of the ending in one sentence.",
                  "glosses": {
                    "first-beat": "A starting point: how the first beat reads under this reading, in one to three sentences."
                  }
                }
              ],
              "quotes": [
                {
                  "id": "first-quote",
                  "text": "Placeholder, not a quote: replace it with words the article prints, character for character.",
                  "voice": "editorial",
                  "source": "first-article",
                  "beats": ["first-beat"],
                  "stances": {"first-reading": "supports"}
                }
              ]
            }
            """;

    /** The starting model for a film; a title, year or director the format would refuse is a usage error. */
    static String model(String title, int year, String director) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new Failure(2, "--year " + year + ": a film's year is from " + FIRST_YEAR + " to " + LAST_YEAR + ".");
        }
        if (title.isBlank()) {
            throw new Failure(2, "--title needs the film's title, not a blank.");
        }
        if (director.isBlank()) {
            throw new Failure(2, "--director needs the director's name, not a blank.");
        }
        return String.format(java.util.Locale.ROOT, TEMPLATE, SchemaCommand.FILE_NAME, string(title.strip()), year,
                string(director.strip()), string(director.strip()));
    }

    /** A JSON string, control characters escaped. */
    private static String string(String text) {
        StringWriter buffer = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), buffer)) {
            g.writeString(text);
        }
        return buffer.toString();
    }
}
