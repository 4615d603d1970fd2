package org.endings.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Words from a source, verbatim. {@code speaker} is a person id, null for the editorial voice;
 * {@code stances} maps reading ids to the way the quote bears on them; {@code variantOf} names the
 * quote this one words differently, or is null.
 */
public record Quote(String id, String text, Voice voice, String speaker, String source,
                    List<String> beats, Map<String, Stance> stances, String variantOf) {
    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(source, "source");
        beats = List.copyOf(beats);
        stances = Collections.unmodifiableMap(new LinkedHashMap<>(stances));
    }

    /** The way this quote bears on the reading with this id, or null when it does not. */
    public Stance stanceOn(String readingId) {
        return stances.get(readingId);
    }
}
