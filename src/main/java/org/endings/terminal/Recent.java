package org.endings.terminal;

/**
 * The values made last from texts, a slot each by text and a number (a width; 0 where there is none):
 * a frame draws the very texts the frame before drew, and the explorer draws one a key, so what was
 * made for them (their wrapped lines, their hyphens) is kept to be taken again.
 *
 * <p>Shared by the threads that draw (the explorer's, its rehearsal's) without a lock: an entry is
 * immutable and replaced whole, so a thread that reads a slot another is replacing sees the old
 * entry or the new, and takes it only if it is for its own text and number.
 */
public final class Recent<V> {
    private record Entry<V>(String text, int number, V value) { }

    private final Entry<V>[] slots;

    /** A table of {@code size} slots, a power of two. */
    @SuppressWarnings("unchecked")
    public Recent(int size) {
        if (Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("size " + size + " is not a power of two");
        }
        slots = (Entry<V>[]) new Entry<?>[size];
    }

    /** What was kept for this text and number, or null. */
    public V get(String text, int number) {
        Entry<V> e = slots[slot(text, number)];
        return e != null && e.number == number && e.text.equals(text) ? e.value : null;
    }

    /** Keeps {@code value} for this text and number, in place of whatever shared its slot; returns it. */
    public V put(String text, int number, V value) {
        slots[slot(text, number)] = new Entry<>(text, number, value);
        return value;
    }

    private int slot(String text, int number) {
        return (text.hashCode() * 31 + number) & (slots.length - 1);
    }
}
