package org.endings.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One way of reading the ending: a thesis, and a gloss of how each beat reads under it, keyed by beat id. */
public record Reading(String id, String title, String thesis, Map<String, String> glosses) {
    public Reading {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(thesis, "thesis");
        glosses = Collections.unmodifiableMap(new LinkedHashMap<>(glosses));
    }

    /** How the beat with this id reads under this reading, or null when the model gives no gloss. */
    public String glossFor(String beatId) {
        return glosses.get(beatId);
    }
}
