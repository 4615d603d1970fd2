package org.endings.model;

import java.util.Objects;

/** A model as read from a file, with where each of its parts stands in that file. */
public record Loaded(Model model, SourceMap locations) {
    public Loaded {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(locations, "locations");
    }
}
