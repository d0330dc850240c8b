package org.caseframe.core.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.caseframe.core.model.DecisionRecord;
import org.caseframe.core.model.HandlingRestriction;
import org.caseframe.core.model.Practitioner;
import org.caseframe.core.model.ProtectiveMarking;
import org.caseframe.core.testing.CaseFileGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DecisionLogProperties {
    private static final int MUTATIONS = 12;

    private static Gen<DecisionLog> logs() {
        Gen<Decision> decisions = CaseFileGen.text()
                .zip(
                        CaseFileGen.text(),
                        CaseFileGen.text(),
                        (who, what, why) -> new Decision(
                                new Practitioner(who, "SPO"),
                                what,
                                why,
                                ProtectiveMarking.OFFICIAL,
                                Optional.empty(),
                                List.of()));
        return lists().of(decisions).ofSizeBetween(1, 8).zip(CaseFileGen.instants(), (list, start) -> {
            DecisionLog log = DecisionLog.empty();
            for (int i = 0; i < list.size(); i++) {
                log = log.append(list.get(i), start.plusSeconds(60L * i));
            }
            return log;
        });
    }

    @Test
    void anIntactLogVerifies() {
        qt().forAll(logs()).checkAssert(log -> {
            assertThat(log.verify()).isEmpty();
            assertThat(log.verify(log.head().orElseThrow())).isEmpty();
        });
    }

    @Test
    void anySingleMutationOfAnyRecordIsDetected() {
        qt().withExamples(1_000)
                .forAll(logs(), integers().between(0, 1_000), integers().between(0, MUTATIONS - 1))
                .checkAssert((log, position, mutation) -> {
                    List<DecisionRecord> records = new ArrayList<>(log.records());
                    int index = position % records.size();
                    mutate(records, index, mutation);

                    assertThat(DecisionLog.of(records).verify(log.head().orElseThrow()))
                            .as("mutation %d at record %d", mutation, index)
                            .isPresent();
                });
    }

    private static void mutate(List<DecisionRecord> records, int i, int mutation) {
        DecisionRecord r = records.get(i);
        switch (mutation) {
            case 0 -> records.set(i, with(r, "decision", v -> v + "."));
            case 1 -> records.set(i, with(r, "rationale", v -> v + " "));
            case 2 -> records.set(i, with(r, "marking", v -> ProtectiveMarking.SECRET));
            case 3 -> records.set(i, with(r, "handling", v -> Optional.of(HandlingRestriction.MANAGERS_ONLY)));
            case 4 -> records.set(i, with(r, "by", v -> new Practitioner(r.by().name() + "x", r.by().role())));
            case 5 -> records.set(i, with(r, "at", v -> r.at().plusSeconds(1)));
            case 6 -> records.set(i, with(r, "sealedReferences", v -> List.of("SEALED-1")));
            case 7 -> records.remove(i);
            case 8 -> {
                if (records.size() > 1) {
                    Collections.swap(records, i, (i + 1) % records.size());
                } else {
                    records.add(r);
                }
            }
            case 9 -> records.add(i, r);
            case 10 -> records.set(i, with(r, "hash", v -> flip(r.hash())));
            default -> records.set(i, with(r, "sequence", v -> r.sequence() + 1));
        }
    }

    /** A copy of the record with one component changed, the stored hashes left as they were. */
    private static DecisionRecord with(DecisionRecord r, String component, UnaryOperator<Object> change) {
        RecordComponent[] components = DecisionRecord.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        try {
            for (int k = 0; k < components.length; k++) {
                types[k] = components[k].getType();
                values[k] = components[k].getAccessor().invoke(r);
                if (components[k].getName().equals(component)) {
                    values[k] = change.apply(values[k]);
                    found = true;
                }
            }
            assertThat(found).as("DecisionRecord has a component %s", component).isTrue();
            return DecisionRecord.class.getConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static String flip(String hash) {
        return (hash.charAt(0) == '0' ? "1" : "0") + hash.substring(1);
    }
}
