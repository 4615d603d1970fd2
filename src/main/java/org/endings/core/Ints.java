package org.endings.core;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An immutable list of the ints in a range of an array, boxed as they are read: the indexes keep a
 * model's 40,000 quote numbers in a few arrays rather than as as many Integers in as many lists.
 */
final class Ints extends AbstractList<Integer> implements RandomAccess {
    private final int[] values;
    private final int from;
    private final int size;

    Ints(int[] values, int from, int to) {
        this.values = values;
        this.from = from;
        this.size = to - from;
    }

    @Override
    public Integer get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return values[from + index];
    }

    @Override
    public int size() {
        return size;
    }
}
