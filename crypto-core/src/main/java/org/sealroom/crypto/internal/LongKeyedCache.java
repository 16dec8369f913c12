package org.sealroom.crypto.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * A map from {@code long} to values for the frame path: lookups are lock-free and allocate nothing (no boxing);
 * inserts, which happen once per key, copy the table under a lock. Meant for up to a few thousand entries.
 */
public final class LongKeyedCache<V> {

    private record Table(long[] keys, Object[] values, int size) {
    }

    private volatile Table table = new Table(new long[16], new Object[16], 0);

    /** The value for {@code key}, or {@code null}. */
    @SuppressWarnings("unchecked")
    public V get(long key) {
        Table t = table;
        int mask = t.keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            Object value = t.values[i];
            if (value == null) {
                return null;
            }
            if (t.keys[i] == key) {
                return (V) value;
            }
        }
    }

    /** The value for {@code key}, creating it with {@code factory} (under the lock) if absent. */
    public V computeIfAbsent(long key, LongFunction<V> factory) {
        V existing = get(key);
        if (existing != null) {
            return existing;
        }
        synchronized (this) {
            existing = get(key);
            if (existing != null) {
                return existing;
            }
            V created = factory.apply(key);
            table = inserted(table, key, created);
            return created;
        }
    }

    /** Every value, in no particular order. */
    @SuppressWarnings("unchecked")
    public List<V> values() {
        Table t = table;
        List<V> out = new ArrayList<>(t.size);
        for (Object value : t.values) {
            if (value != null) {
                out.add((V) value);
            }
        }
        return out;
    }

    public int size() {
        return table.size;
    }

    private static Table inserted(Table old, long key, Object value) {
        int capacity = old.keys.length;
        if ((old.size + 1) * 2 > capacity) {
            capacity *= 2;
        }
        long[] keys = new long[capacity];
        Object[] values = new Object[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < old.keys.length; i++) {
            if (old.values[i] != null) {
                place(keys, values, mask, old.keys[i], old.values[i]);
            }
        }
        place(keys, values, mask, key, value);
        return new Table(keys, values, old.size + 1);
    }

    private static void place(long[] keys, Object[] values, int mask, long key, Object value) {
        int i = slot(key, mask);
        while (values[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
