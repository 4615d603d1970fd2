package org.endings.model;

import java.util.List;
import java.util.Objects;

/** A whole model of a film's ending, as loaded: immutable, in the order the file gives. */
public record Model(String format, Work work, Scene scene, List<Person> people, List<Source> sources,
                    List<Beat> beats, List<Reading> readings, List<Quote> quotes) {
    /** The format version this program reads and writes. */
    public static final String FORMAT = "endings/1";

    public Model {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(scene, "scene");
        people = List.copyOf(people);
        sources = List.copyOf(sources);
        beats = List.copyOf(beats);
        readings = List.copyOf(readings);
        quotes = List.copyOf(quotes);
    }
}
