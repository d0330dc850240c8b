package org.caseframe.core.internal;

import java.util.function.Supplier;

/** A value made on first use, once, however many threads ask. Not API. */
public final class Lazy {
    private Lazy() {}

    /** A supplier that calls {@code supplier} the first time it is asked and gives that value ever after. */
    public static <T> Supplier<T> of(Supplier<T> supplier) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        v = value;
                        if (v == null) {
                            v = supplier.get();
                            value = v;
                        }
                    }
                }
                return v;
            }
        };
    }
}
