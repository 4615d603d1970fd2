package org.endings.model;

import java.util.Objects;

/** The scene a model covers: a short name, where it happens and what happens in it. */
public record Scene(String title, String where, String what) {
    public Scene {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(what, "what");
    }
}
