package org.caseframe.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AudienceTest {
    private static Evidence evidence(ProtectiveMarking marking, HandlingRestriction handling) {
        return new Evidence(
                "E1",
                "text",
                SourceAgency.CT_POLICING,
                LocalDate.of(2024, 1, 1),
                Optional.empty(),
                marking,
                Optional.ofNullable(handling));
    }

    @Test
    void markingsAreOrderedFromOfficialToTopSecret() {
        assertThat(ProtectiveMarking.values())
                .containsExactly(
                        ProtectiveMarking.OFFICIAL,
                        ProtectiveMarking.OFFICIAL_SENSITIVE,
                        ProtectiveMarking.SECRET,
                        ProtectiveMarking.TOP_SECRET);
        assertThat(ProtectiveMarking.SECRET.covers(ProtectiveMarking.OFFICIAL_SENSITIVE))
                .isTrue();
        assertThat(ProtectiveMarking.OFFICIAL_SENSITIVE.covers(ProtectiveMarking.SECRET))
                .isFalse();
        assertThat(ProtectiveMarking.TOP_SECRET.label()).isEqualTo("TOP SECRET");
    }

    @Test
    void anAudienceSeesUpToItsClearance() {
        Audience pom = Audience.cleared("Prison offender manager", ProtectiveMarking.OFFICIAL_SENSITIVE);

        assertThat(pom.maySee(evidence(ProtectiveMarking.OFFICIAL, null))).isTrue();
        assertThat(pom.maySee(evidence(ProtectiveMarking.OFFICIAL_SENSITIVE, null)))
                .isTrue();
        assertThat(pom.maySee(evidence(ProtectiveMarking.SECRET, null))).isFalse();
    }

    @Test
    void aHandlingRestrictionNeedsExplicitPermissionWhateverTheClearance() {
        Evidence managersOnly = evidence(ProtectiveMarking.OFFICIAL, HandlingRestriction.MANAGERS_ONLY);
        Audience practitioner = Audience.cleared("NSD practitioner", ProtectiveMarking.SECRET);
        Audience manager = Audience.cleared("NSD manager", ProtectiveMarking.SECRET, HandlingRestriction.MANAGERS_ONLY);

        assertThat(practitioner.maySee(managersOnly)).isFalse();
        assertThat(manager.maySee(managersOnly)).isTrue();
        assertThat(manager.maySee(evidence(ProtectiveMarking.TOP_SECRET, HandlingRestriction.MANAGERS_ONLY)))
                .isFalse();
    }
}
