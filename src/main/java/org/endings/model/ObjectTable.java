package org.endings.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One kind of object in a model file as one table: each field's name, whether the object must have it,
 * and the reader of its value, in file order. A field is read only through its row, so a name cannot be
 * without a reader nor a reader without a name; a name that is not in the table is an unknown field.
 *
 * @param <D> the draft that the rows fill in, one per object read
 * @param <T> the record a finished draft becomes
 */
final class ObjectTable<D, T> {
    /** Whether an object must have a field. */
    enum Presence { REQUIRED, OPTIONAL }

    /** Reads the value of one field, the parser standing on it, into the object's draft. */
    @FunctionalInterface
    interface FieldReader<D> {
        void read(ModelReader in, D draft) throws ModelException;
    }

    /** One row of a table. */
    record Field<D>(String name, Presence presence, FieldReader<D> reader) {
    }

    /** What one of these is called with its index ("beat" gives "in beat 3"), or, for one object, the phrase. */
    final String noun;
    /** How an unknown field's message says where it was: "in a beat". */
    final String in;
    /** The field names as a message lists them: "id, title, summary". */
    final String allowed;
    /** Bit i is set when field i is required. */
    final int required;
    private final Supplier<D> draft;
    private final Function<D, T> build;
    private final List<Field<D>> fields;

    @SafeVarargs
    ObjectTable(String noun, String in, Supplier<D> draft, Function<D, T> build, Field<D>... fields) {
        if (fields.length > Integer.SIZE) {
            throw new IllegalArgumentException("more than " + Integer.SIZE + " fields " + in);
        }
        this.noun = noun;
        this.in = in;
        this.draft = draft;
        this.build = build;
        this.fields = List.of(fields);
        List<String> names = new ArrayList<>();
        int mask = 0;
        for (int i = 0; i < fields.length; i++) {
            if (names.contains(fields[i].name())) {
                throw new IllegalArgumentException("field " + fields[i].name() + " twice " + in);
            }
            names.add(fields[i].name());
            if (fields[i].presence() == Presence.REQUIRED) {
                mask |= 1 << i;
            }
        }
        this.required = mask;
        this.allowed = String.join(", ", names);
    }

    static <D> Field<D> field(String name, Presence presence, FieldReader<D> reader) {
        return new Field<>(name, presence, reader);
    }

    /** The field names in file order. */
    List<String> names() {
        return fields.stream().map(Field::name).toList();
    }

    /** The names of the required fields, in file order. */
    List<String> requiredNames() {
        return fields.stream().filter(f -> f.presence() == Presence.REQUIRED).map(Field::name).toList();
    }

    int size() {
        return fields.size();
    }

    Field<D> field(int index) {
        return fields.get(index);
    }

    /** The index of the field called {@code name}, or -1 when the table has none. */
    int indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    D newDraft() {
        return draft.get();
    }

    T build(D finished) {
        return build.apply(finished);
    }

    /** Where object {@code index} is, for a message: "in beat 3"; the noun alone for a single object (-1). */
    String where(int index) {
        return index < 0 ? noun : "in " + noun + " " + index;
    }

    /** The field a misspelt name most likely meant: one or two letters off, or another case; else null. */
    String nearest(String name) {
        return Nearest.among(name, () -> fields.stream().map(Field::name).iterator());
    }
}
