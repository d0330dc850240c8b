package org.caseframe.core.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caseframe.core.model.DecisionRecord;
import org.caseframe.core.model.HandlingRestriction;
import org.caseframe.core.model.Practitioner;
import org.caseframe.core.model.ProtectiveMarking;
import org.junit.jupiter.api.Test;

class DecisionLogTest {
    static final Practitioner SPO = new Practitioner("Pat Manager", "Senior probation officer");
    static final Instant T0 = Instant.parse("2024-01-10T09:00:00Z");

    static DecisionLog threeDecisions() {
        return DecisionLog.empty()
                .append(Decision.official(SPO, "Manage at MAPPA level 3", "Released within 12 months"), T0)
                .append(
                        new Decision(
                                SPO,
                                "Vary licence: add exclusion zone",
                                "Decision taken on sealed material",
                                ProtectiveMarking.OFFICIAL_SENSITIVE,
                                Optional.of(HandlingRestriction.MANAGERS_ONLY),
                                List.of("SEALED-2024-007")),
                        T0.plusSeconds(3600))
                .append(Decision.official(SPO, "Refer to DDP", "Engagement judged medium"), T0.plusSeconds(7200));
    }

    @Test
    void appendedRecordsAreNumberedAndChained() {
        List<DecisionRecord> records = threeDecisions().records();

        assertThat(records).extracting(DecisionRecord::sequence).containsExactly(1, 2, 3);
        assertThat(records.get(0).previousHash()).isEqualTo(DecisionLog.GENESIS);
        assertThat(records.get(1).previousHash()).isEqualTo(records.get(0).hash());
        assertThat(records.get(2).previousHash()).isEqualTo(records.get(1).hash());
        assertThat(records.get(1).sealedReferences()).containsExactly("SEALED-2024-007");
        assertThat(threeDecisions().verify()).isEmpty();
    }

    @Test
    void anEditedRecordIsNamed() {
        List<DecisionRecord> records = new ArrayList<>(threeDecisions().records());
        DecisionRecord r = records.get(1);
        records.set(
                1,
                new DecisionRecord(
                        r.sequence(),
                        r.at(),
                        r.by(),
                        "Vary licence: remove exclusion zone",
                        r.rationale(),
                        r.marking(),
                        r.handling(),
                        r.sealedReferences(),
                        r.previousHash(),
                        r.hash()));

        assertThat(DecisionLog.of(records).verify()).hasValueSatisfying(b -> {
            assertThat(b.index()).isEqualTo(1);
            assertThat(b.reason()).isEqualTo(ChainBreak.Reason.CONTENT);
            assertThat(b.detail()).contains("record 2 was changed");
        });
    }

    @Test
    void aRemovedRecordIsDetectedWhereTheGapIs() {
        List<DecisionRecord> records = new ArrayList<>(threeDecisions().records());
        records.remove(1);

        assertThat(DecisionLog.of(records).verify()).hasValueSatisfying(b -> {
            assertThat(b.index()).isEqualTo(1);
            assertThat(b.reason()).isEqualTo(ChainBreak.Reason.SEQUENCE);
        });
    }

    @Test
    void reorderedRecordsAreDetected() {
        List<DecisionRecord> records = new ArrayList<>(threeDecisions().records());
        java.util.Collections.swap(records, 0, 2);

        assertThat(DecisionLog.of(records).verify())
                .hasValueSatisfying(b -> assertThat(b.index()).isZero());
    }

    @Test
    void truncationIsDetectedOnlyAgainstAnAnchoredHead() {
        DecisionLog full = threeDecisions();
        DecisionLog truncated = DecisionLog.of(full.records().subList(0, 2));

        assertThat(truncated.verify())
                .as("a chain alone cannot see its missing tail")
                .isEmpty();
        assertThat(truncated.verify(full.head().orElseThrow())).hasValueSatisfying(b -> {
            assertThat(b.reason()).isEqualTo(ChainBreak.Reason.HEAD);
            assertThat(b.detail()).contains("removed from the end");
        });
        assertThat(full.verify(full.head().orElseThrow())).isEmpty();
    }

    @Test
    void movingTextBetweenFieldsChangesTheHash() {
        DecisionLog a = DecisionLog.empty().append(Decision.official(SPO, "ab", "c"), T0);
        DecisionLog b = DecisionLog.empty().append(Decision.official(SPO, "a", "bc"), T0);

        assertThat(a.head()).isNotEqualTo(b.head());
    }

    @Test
    void decisionsCannotBeBackdatedBeforeTheNewestRecord() {
        DecisionLog log = threeDecisions();

        assertThatThrownBy(() -> log.append(Decision.official(SPO, "x", "y"), T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before the newest record");
    }
}
