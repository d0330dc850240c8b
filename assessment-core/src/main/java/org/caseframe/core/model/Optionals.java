package org.caseframe.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Normalisation helpers for record constructors: absent collections become empty, order is kept. */
final class Optionals {
    private Optionals() {}

    static <T> Optional<T> orEmpty(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : List.copyOf(value);
    }

    /** An unmodifiable copy that keeps insertion order, so that files round-trip byte for byte. */
    static <K, V> Map<K, V> orderedMap(Map<K, V> value) {
        return value == null || value.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(value));
    }
}
