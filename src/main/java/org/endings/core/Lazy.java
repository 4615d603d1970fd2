package org.endings.core;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * An immutable list whose items are made when read, so that a page listing 2,000 beats costs only
 * the rows a front end actually draws.
 */
final class Lazy<T> extends AbstractList<T> implements RandomAccess {
    private final int size;
    private final IntFunction<T> item;

    private Lazy(int size, IntFunction<T> item) {
        this.size = size;
        this.item = item;
    }

    static <T> List<T> list(int size, IntFunction<T> item) {
        return new Lazy<>(size, item);
    }

    /** A list as a record may hold it: lazy lists are already immutable, anything else is copied. */
    static <T> List<T> immutable(List<T> list) {
        return list instanceof Lazy ? list : List.copyOf(list);
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return item.apply(index);
    }

    @Override
    public int size() {
        return size;
    }
}
