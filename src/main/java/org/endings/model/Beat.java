package org.endings.model;

import java.util.List;
import java.util.Objects;

/** One step of the scene, in film order: what happens, and the setting details the sources describe. */
public record Beat(String id, String title, String summary, List<String> setting, String time) {
    public Beat {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        setting = List.copyOf(setting);
    }
}
