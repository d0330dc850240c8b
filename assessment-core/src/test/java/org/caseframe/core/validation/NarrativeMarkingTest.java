package org.caseframe.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.caseframe.core.io.Format;
import org.caseframe.core.model.Audience;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.model.HandlingRestriction;
import org.caseframe.core.model.NarrativeMarking;
import org.caseframe.core.model.ProtectiveMarking;
import org.caseframe.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** A rationale is marked at least as high as the evidence it cites; an author may raise it, never lower it. */
class NarrativeMarkingTest {
    private static ObjectNode fixture() throws Exception {
        return (ObjectNode) new ObjectMapper().readTree(Files.readString(Fixtures.resource("valid-case.json")));
    }

    private static List<Problem> problems(ObjectNode tree) throws Exception {
        return Fixtures.reader()
                .check(new ObjectMapper().writeValueAsBytes(tree), Format.JSON, "case")
                .problems();
    }

    private static ObjectNode rating(ObjectNode tree, String id) {
        return (ObjectNode) tree.path("assessments").get(0).path("ratings").path(id);
    }

    @Test
    void aRationaleCitingSecretManagersOnlyEvidenceIsSecretManagersOnlyWithoutAnyoneSayingSo() throws Exception {
        CaseFile c = Fixtures.reader()
                .check(new ObjectMapper().writeValueAsBytes(fixture()), Format.JSON, "case")
                .orThrow();
        NarrativeMarking f14 =
                NarrativeMarking.ofRationale(c.assessments().get(0).ratings().get("F14"), c::evidence);

        assertThat(f14.marking()).isEqualTo(ProtectiveMarking.SECRET);
        assertThat(f14.handling()).containsExactly(HandlingRestriction.MANAGERS_ONLY);
        assertThat(f14.describe()).isEqualTo("SECRET, managers only");
        assertThat(f14.visibleTo(Audience.cleared("POM", ProtectiveMarking.OFFICIAL_SENSITIVE)))
                .isFalse();
        assertThat(f14.visibleTo(Audience.cleared("cleared, not a manager", ProtectiveMarking.SECRET)))
                .isFalse();
        assertThat(f14.visibleTo(new Audience(
                        "NSD manager", ProtectiveMarking.SECRET, Set.of(HandlingRestriction.MANAGERS_ONLY))))
                .isTrue();
    }

    @Test
    void aStatedMarkingBelowWhatTheRationaleCitesIsAProblem() throws Exception {
        ObjectNode tree = fixture();
        rating(tree, "F14").put("rationaleMarking", "OFFICIAL");

        assertThat(problems(tree))
                .extracting(Problem::toString)
                .containsExactly("/assessments/0/ratings/F14/rationaleMarking: OFFICIAL is below SECRET, the highest"
                        + " marking of the evidence this rationale is written from (E2); text written from material is"
                        + " marked at least as high as it (write a sanitised version, with a decision-log record, for a"
                        + " wider audience)");
    }

    @Test
    void anAuthorMayRaiseAMarkingAndAddARestriction() throws Exception {
        ObjectNode tree = fixture();
        rating(tree, "F1").put("rationaleMarking", "SECRET").put("rationaleHandling", "NSD_ONLY");

        assertThat(problems(tree)).isEmpty();
        CaseFile c = Fixtures.reader()
                .check(new ObjectMapper().writeValueAsBytes(tree), Format.JSON, "case")
                .orThrow();
        assertThat(NarrativeMarking.ofRationale(c.assessments().get(0).ratings().get("F1"), c::evidence)
                        .describe())
                .isEqualTo("SECRET, NSD only");
    }
}
