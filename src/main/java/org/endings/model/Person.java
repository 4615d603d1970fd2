package org.endings.model;

import java.util.Objects;

/** Someone who speaks in the sources or appears in the scene; {@code plays} is null for anyone not in the cast. */
public record Person(String id, String name, String role, String plays) {
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
