package org.caseframe.core.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caseframe.core.model.DecisionRecord;
import org.caseframe.core.model.Practitioner;
import org.caseframe.core.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A log sealed with the organisation's key resists the person who holds the file: a record rewritten and re-hashed,
 * a seal stripped, a record added without the key, or a record dated before the one above it, is named.
 */
class KeyedDecisionLogTest {
    static final LogKey KEY = LogKey.of("an organisation's key of at least 32 bytes".getBytes(StandardCharsets.UTF_8));
    static final LogKey OTHER = LogKey.of("someone else's key of at least 32 bytes!!".getBytes(StandardCharsets.UTF_8));
    static final Practitioner SPO = new Practitioner("Pat Manager", "Senior probation officer");
    static final Instant T0 = Instant.parse("2024-01-10T09:00:00Z");

    @TempDir
    Path dir;

    static DecisionLog sealed() {
        return DecisionLog.empty()
                .append(Decision.official(SPO, "Manage at MAPPA level 3", "Released within 12 months"), T0, KEY)
                .append(Decision.official(SPO, "Refer to DDP", "Engagement judged medium"), T0.plusSeconds(60), KEY)
                .append(Decision.official(SPO, "Share CT summary with POM", "Handover"), T0.plusSeconds(120), KEY);
    }

    // What someone without the key can do: change a record and recompute every hash after it, as an unkeyed chain.
    static List<DecisionRecord> rewritten(List<DecisionRecord> records, int index, String decision) {
        DecisionLog rebuilt = DecisionLog.empty();
        for (int i = 0; i < records.size(); i++) {
            DecisionRecord r = records.get(i);
            rebuilt = rebuilt.append(
                    new Decision(
                            r.by(),
                            i == index ? decision : r.decision(),
                            r.rationale(),
                            r.marking(),
                            r.handling(),
                            r.sealedReferences()),
                    r.at());
        }
        return rebuilt.records();
    }

    /** {@code r} as someone editing the file would leave it: the given fields changed, everything else kept. */
    static DecisionRecord edited(DecisionRecord r, String decision, Instant at, Optional<String> keyId, String hash) {
        return new DecisionRecord(
                r.sequence(),
                at,
                r.by(),
                decision,
                r.rationale(),
                r.marking(),
                r.handling(),
                r.sealedReferences(),
                keyId,
                r.previousHash(),
                hash);
    }

    @Test
    void aSealedLogVerifiesWithItsKey() {
        DecisionLog.Verification v = sealed().verify(Optional.of(KEY), Optional.empty());

        assertThat(v.broken()).isEmpty();
        assertThat(v.protection()).isEqualTo(DecisionLog.Protection.KEYED_AND_CHECKED);
        assertThat(v.keyId()).contains(KEY.id());
        assertThat(sealed().records()).allSatisfy(r -> assertThat(r.keyId()).contains(KEY.id()));
    }

    @Test
    void withoutTheKeyOrderLinksAndDatesAreStillCheckedAndTheLogSaysSo() {
        DecisionLog.Verification v = sealed().verify(Optional.empty(), Optional.empty());

        assertThat(v.broken()).isEmpty();
        assertThat(v.protection()).isEqualTo(DecisionLog.Protection.KEYED_NOT_CHECKED);
    }

    @Test
    void aRewrittenAndRehashedLogFailsWithTheKey() {
        List<DecisionRecord> forged = rewritten(sealed().records(), 1, "Do not refer to DDP");

        assertThat(DecisionLog.of(forged).verify())
                .as("an unkeyed chain cannot tell")
                .isEmpty();
        assertThat(DecisionLog.of(forged)
                        .verify(Optional.of(KEY), Optional.empty())
                        .broken())
                .get()
                .satisfies(b -> {
                    assertThat(b.reason()).isEqualTo(ChainBreak.Reason.KEY);
                    assertThat(b.detail()).startsWith("none of the 3 records is sealed with key " + KEY.id());
                });
    }

    @Test
    void aRecordRewrittenAfterASealedOneIsNamed() {
        List<DecisionRecord> sealed = sealed().records();
        DecisionRecord r2 = sealed.get(1);
        // Someone without the key keeps record 1 and rewrites record 2 as an unkeyed record chained after it.
        DecisionRecord unsealed = edited(r2, "Do not refer to DDP", r2.at(), Optional.empty(), DecisionLog.GENESIS);
        List<DecisionRecord> records = List.of(
                sealed.get(0),
                edited(r2, "Do not refer to DDP", r2.at(), Optional.empty(), DecisionLog.hashOf(unsealed)));

        assertThat(DecisionLog.of(records)
                        .verify(Optional.of(KEY), Optional.empty())
                        .broken())
                .get()
                .satisfies(b -> {
                    assertThat(b.index()).isEqualTo(1);
                    assertThat(b.detail()).startsWith("record 2 is not sealed, not with key " + KEY.id());
                });
    }

    @Test
    void anUnkeyedLogKeptBeforeKeysWereAdoptedIsProtectedByTheFirstSeal() {
        DecisionLog legacy = DecisionLog.empty()
                .append(Decision.official(SPO, "Manage at MAPPA level 3", "Released"), T0)
                .append(Decision.official(SPO, "Refer to DDP", "Engagement"), T0.plusSeconds(60));
        DecisionLog adopted = legacy.append(Decision.official(SPO, "Keys adopted", "Policy"), T0.plusSeconds(120), KEY);

        assertThat(adopted.verify(Optional.of(KEY), Optional.empty()).broken()).isEmpty();
        List<DecisionRecord> forged = new ArrayList<>(rewritten(legacy.records(), 0, "Manage at level 1"));
        forged.add(adopted.records().get(2));
        assertThat(DecisionLog.of(forged)
                        .verify(Optional.of(KEY), Optional.empty())
                        .broken())
                .get()
                .satisfies(b -> assertThat(b.index()).isEqualTo(2));
    }

    @Test
    void aRecordEditedInPlaceFailsItsSeal() {
        List<DecisionRecord> records = new ArrayList<>(sealed().records());
        DecisionRecord r = records.get(2);
        records.set(2, edited(r, "Do not share", r.at(), r.keyId(), r.hash()));

        assertThat(DecisionLog.of(records)
                        .verify(Optional.of(KEY), Optional.empty())
                        .broken())
                .get()
                .satisfies(b -> {
                    assertThat(b.index()).isEqualTo(2);
                    assertThat(b.reason()).isEqualTo(ChainBreak.Reason.CONTENT);
                });
    }

    @Test
    void anotherKeyIsNamed() {
        assertThat(sealed().verify(Optional.of(OTHER), Optional.empty()).broken())
                .get()
                .satisfies(b -> assertThat(b.detail()).contains("sealed with another key (" + KEY.id() + ")"));
    }

    @Test
    void aSealedLogRefusesAnUnsealedAppend() {
        assertThatThrownBy(() -> sealed().append(Decision.official(SPO, "x", "y"), T0.plusSeconds(600)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sealed with key " + KEY.id());
    }

    @Test
    void aRecordDatedBeforeTheOneAboveItIsNamedWithOrWithoutAKey() {
        List<DecisionRecord> records = new ArrayList<>(sealed().records());
        DecisionRecord r = records.get(1);
        records.set(1, edited(r, r.decision(), T0.minusSeconds(3600), r.keyId(), r.hash()));

        assertThat(DecisionLog.of(records).verify())
                .get()
                .satisfies(b -> assertThat(b.reason()).isEqualTo(ChainBreak.Reason.DATE));
    }

    @Test
    void anUnkeyedLogSaysSo() {
        DecisionLog unkeyed = DecisionLog.empty().append(Decision.official(SPO, "a", "b"), T0);

        assertThat(unkeyed.verify(Optional.empty(), Optional.empty()).protection())
                .isEqualTo(DecisionLog.Protection.UNKEYED);
    }

    @Test
    void aKeyFileShorterThan32BytesIsRefusedAndTheKeyNeverShows() throws Exception {
        Path shortKey = Files.writeString(dir.resolve("short.key"), "tooshort\n");
        Path goodKey = Files.writeString(dir.resolve("good.key"), "an organisation's key of at least 32 bytes\n");

        assertThatThrownBy(() -> LogKey.fromFile(shortKey))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).message())
                                .contains("holds a key of 8 bytes; a log key needs at least 32"));
        assertThat(LogKey.fromFile(goodKey).id()).isEqualTo(KEY.id());
        assertThat(KEY.toString()).isEqualTo("LogKey[" + KEY.id() + "]").doesNotContain("organisation");
    }
}
