package org.endings.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One kind of object in a model file as one table: each field's name and whether the object must have
 * it, in file order, and the draft that reads the fields' values. A name that is not in the table is an
 * unknown field; a name in the table that its draft cannot read fails every model that has it, which
 * the loader's tests (a model with every field) would show.
 *
 * <p>The drafts are classes with a switch, not a lambda a row: the start-up archive holds a class,
 * while each lambda is linked at its first call (about 60 of them cost ~15 ms of every start).
 *
 * @param <D> the draft that reads an object's fields, one per object read
 * @param <T> the record a finished draft becomes
 */
final class ObjectTable<D extends ObjectTable.Draft<T>, T> {
    /** Whether an object must have a field. */
    enum Presence { REQUIRED, OPTIONAL }

    /** An object being read: the values of its fields so far, with the defaults of the optional ones. */
    abstract static class Draft<T> {
        /** A new, empty draft of the same kind, for the next object. */
        abstract Draft<T> fresh();

        /** Reads the value of field {@code name} of the table, the parser standing on it. */
        abstract void read(String name, ModelReader in) throws ModelException;

        /** The record the object's fields make. */
        abstract T build();

        /** For a draft's switch: a field of the table it has no reader for, a mistake in the program. */
        static IllegalStateException unread(String name) {
            return new IllegalStateException("no reader for the field " + name);
        }
    }

    /** One row of a table. */
    record Field(String name, Presence presence) {
    }

    /** What one of these is called with its index ("beat" gives "in beat 3"), or, for one object, the phrase. */
    final String noun;
    /** How an unknown field's message says where it was: "in a beat". */
    final String in;
    /** The field names as a message lists them: "id, title, summary". */
    final String allowed;
    /** Bit i is set when field i is required. */
    final int required;
    private final D draft;
    private final List<Field> fields;

    ObjectTable(String noun, String in, D draft, Field... fields) {
        if (fields.length > Integer.SIZE) {
            throw new IllegalArgumentException("more than " + Integer.SIZE + " fields " + in);
        }
        this.noun = noun;
        this.in = in;
        this.draft = draft;
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

    static Field field(String name, Presence presence) {
        return new Field(name, presence);
    }

    /** The field names in file order. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        for (Field f : fields) {
            names.add(f.name());
        }
        return List.copyOf(names);
    }

    /** The names of the required fields, in file order. */
    List<String> requiredNames() {
        List<String> names = new ArrayList<>();
        for (Field f : fields) {
            if (f.presence() == Presence.REQUIRED) {
                names.add(f.name());
            }
        }
        return List.copyOf(names);
    }

    int size() {
        return fields.size();
    }

    Field field(int index) {
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

    Draft<T> newDraft() {
        return draft.fresh();
    }

    /** Where object {@code index} is, for a message: "in beat 3"; the noun alone for a single object (-1). */
    String where(int index) {
        return index < 0 ? noun : "in " + noun + " " + index;
    }

    /** The field a misspelt name most likely meant: one or two letters off, or another case; else null. */
    String nearest(String name) {
        return Nearest.among(name, names());
    }
}
