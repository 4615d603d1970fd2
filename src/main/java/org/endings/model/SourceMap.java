package org.endings.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * Where the parts of a loaded model stand in its file, by RFC 6901 JSON pointer: the start of every
 * object, every field's value, and every element of an array (an object, or a string of a string
 * array such as a quote's {@code beats}). {@link #at(String)} answers with the nearest
 * recorded ancestor, so any pointer into the model gets a useful place.
 *
 * <p>Kept as a tree that mirrors the document: no pointer strings are built until someone asks. The
 * tree is read from the model's text the first time a place is asked for, as only a problem asks, and
 * a valid model has none: reading it with the model made the load a third slower. It is read from the
 * text the model was read from, kept until then, never from the file again, which may have changed
 * since. Safe to ask from two threads.
 */
public final class SourceMap {
    private static final SourceMap EMPTY = new SourceMap((Node) null);

    /** The text the places are read from, until they are; then null. Guarded by this. */
    private Text text;
    /** The document; null for a map that knows no places. Guarded by this until read, then never changed. */
    private Node root;

    SourceMap(Node root) {
        this.root = root;
    }

    private SourceMap(Text text) {
        this.text = text;
    }

    /**
     * The places of the model that {@link ModelReader#model} read from the first {@code length}
     * characters of {@code text}, read from that text the first time one is asked for.
     */
    static SourceMap later(String file, char[] text, int length) {
        return new SourceMap(new Text(file, text, length, null));
    }

    /** The places of a model built from the valid UTF-8 JSON {@code json} (the bundled one), read from it if ever asked. */
    static SourceMap later(String file, byte[] json) {
        return new SourceMap(new Text(file, null, 0, json));
    }

    /** Whether the places are known yet: those of a model read from a file are read at the first asking. */
    public synchronized boolean isRead() {
        return text == null;
    }

    private synchronized Node root() {
        if (text != null) {
            try {
                if (text.chars == null) {
                    java.nio.CharBuffer chars = ModelBytes.text(text.file, text.json);
                    text = new Text(text.file, chars.array(), chars.position(), null);
                }
                root = ModelReader.places(text.file, text.chars, text.length);
            } catch (ModelException e) {
                // the text a model was read from, read the same way again
                throw new IllegalStateException("the model read once could not be read again: " + e.getMessage(), e);
            }
            text = null;
        }
        return root;
    }

    /** The text, as characters, or as the JSON's bytes ({@code chars} null) not yet decoded. */
    private record Text(String file, char[] chars, int length, byte[] json) {
    }

    /** A map that knows no places: every pointer is at 1:1. For models that were not read from a file. */
    public static SourceMap empty() {
        return EMPTY;
    }

    /**
     * The location of the value at {@code pointer} (e.g. {@code /quotes/3/stances/consent}), or of its
     * nearest recorded ancestor, or 1:1 when nothing is known. "" is the document itself.
     */
    public Location at(String pointer) {
        Objects.requireNonNull(pointer, "pointer");
        Node root = root();
        if (root == null) {
            return Location.START;
        }
        long best = root.start;
        Node node = root;
        int i = 0;
        int n = pointer.length();
        if (n > 0 && pointer.charAt(0) != '/') {
            return unpack(best);
        }
        while (i < n && node != null) {
            int end = pointer.indexOf('/', i + 1);
            if (end < 0) {
                end = n;
            }
            String segment = unescape(pointer.substring(i + 1, end));
            int slot = node.find(segment);
            if (slot < 0) {
                break;
            }
            best = node.pos[slot];
            node = node.kids == null ? null : node.kids[slot];
            i = end;
        }
        return unpack(best);
    }

    private static String unescape(String segment) {
        if (segment.indexOf('~') < 0) {
            return segment;
        }
        return segment.replace("~1", "/").replace("~0", "~");
    }

    static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xFFFF_FFFFL);
    }

    private static Location unpack(long packed) {
        int line = (int) (packed >>> 32);
        int column = (int) packed;
        return line <= 0 ? Location.START : new Location(line, Math.max(column, 1));
    }

    /** One object or array of the document: where it starts, and where each of its recorded values is. */
    static final class Node {
        final long start;
        private final boolean array;
        private String[] keys;
        private long[] pos;
        private Node[] kids;
        private int size;

        Node(long start, boolean array, int capacity) {
            this.start = start;
            this.array = array;
            int cap = Math.max(capacity, 2);
            this.pos = new long[cap];
            this.keys = array ? null : new String[cap];
        }

        /** Records a value (key is null in an array) and returns its slot. */
        int add(String key, long position) {
            if (size == pos.length) {
                int cap = size * 2;
                pos = Arrays.copyOf(pos, cap);
                if (keys != null) {
                    keys = Arrays.copyOf(keys, cap);
                }
                if (kids != null) {
                    kids = Arrays.copyOf(kids, cap);
                }
            }
            if (keys != null) {
                keys[size] = key;
            }
            pos[size] = position;
            return size++;
        }

        /** Attaches the object or array that is the value in {@code slot}. */
        void child(int slot, Node node) {
            if (kids == null) {
                kids = new Node[pos.length];
            }
            kids[slot] = node;
        }

        int find(String segment) {
            if (array) {
                int index = index(segment);
                return index < size ? index : -1;
            }
            for (int k = 0; k < size; k++) {
                if (keys[k].equals(segment)) {
                    return k;
                }
            }
            return -1;
        }

        private static int index(String segment) {
            int n = segment.length();
            if (n == 0 || n > 9 || (n > 1 && segment.charAt(0) == '0')) {
                return -1;
            }
            int value = 0;
            for (int k = 0; k < n; k++) {
                char c = segment.charAt(k);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }
    }
}
