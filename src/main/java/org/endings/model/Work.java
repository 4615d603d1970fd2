package org.endings.model;

import java.util.Objects;

/** The film whose ending a model reads: its title, year and director. */
public record Work(String title, int year, String director) {
    public Work {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(director, "director");
    }
}
