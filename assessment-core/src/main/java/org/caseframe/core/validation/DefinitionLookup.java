package org.caseframe.core.validation;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.model.InstrumentRef;

/**
 * Finds the definition an assessment was made under, by exact {@code id@version}. The instruments module's catalogue
 * implements this; tests and embedders can use {@link #of(Collection)}.
 */
@FunctionalInterface
public interface DefinitionLookup {

    /** The definition of exactly this id and version, if known. */
    Optional<InstrumentDefinition> find(InstrumentRef ref);

    /** A lookup over a fixed set of definitions. */
    static DefinitionLookup of(Collection<InstrumentDefinition> definitions) {
        Map<InstrumentRef, InstrumentDefinition> byRef = definitions.stream()
                .collect(Collectors.toUnmodifiableMap(InstrumentDefinition::ref, Function.identity()));
        return ref -> Optional.ofNullable(byRef.get(ref));
    }
}
