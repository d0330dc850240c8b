package org.caseframe.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.model.Evidence;
import org.caseframe.core.model.HandlingRestriction;
import org.caseframe.core.model.ProtectiveMarking;
import org.caseframe.report.view.FormulationView;
import org.caseframe.report.view.ReportAudience;
import org.junit.jupiter.api.Test;

/**
 * For any markings on the evidence and any audience, nothing the audience may not see reaches the PDF: neither the
 * evidence nor the rationales written from it.
 */
class RedactionProperties {
    static CaseFile remarked(List<Integer> codes) {
        List<Evidence> evidence = new ArrayList<>();
        List<Evidence> original = FormulationReportTest.SAMPLE.evidence();
        for (int i = 0; i < original.size(); i++) {
            Evidence e = original.get(i);
            int code = codes.get(i);
            ProtectiveMarking marking = ProtectiveMarking.values()[code % 4];
            Optional<HandlingRestriction> handling = code / 4 == 0
                    ? Optional.empty()
                    : Optional.of(HandlingRestriction.values()[(code / 4 - 1) % HandlingRestriction.values().length]);
            evidence.add(new Evidence(e.id(), e.text(), e.source(), e.date(), e.reference(), marking, handling));
        }
        return FormulationReportTest.sampleWithEvidence(evidence);
    }

    @Test
    void noWithheldTextAppearsAndTheBannerIsTheHighestMarkingIncluded() {
        int size = FormulationReportTest.SAMPLE.evidence().size();
        qt().withExamples(25)
                .forAll(
                        lists().of(integers().between(0, 19)).ofSize(size),
                        integers().between(0, ReportAudience.values().length - 1))
                .checkAssert((codes, which) -> {
                    CaseFile caseFile = remarked(codes);
                    ReportAudience audience = ReportAudience.values()[which];
                    FormulationView view = FormulationReportTest.view(caseFile, audience);
                    String text;
                    try {
                        text = FormulationReportTest.text(FormulationReportTest.RENDERER.pdf(
                                        "formulation", view, FormulationReportTest.DATE))
                                .replaceAll("\\s+", "");
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                    // The ratings themselves are OFFICIAL-SENSITIVE, whatever they rest on.
                    ProtectiveMarking highest = ProtectiveMarking.OFFICIAL_SENSITIVE;
                    java.util.Set<String> cited = new java.util.HashSet<>();
                    caseFile.assessments().get(0).ratings().values().forEach(r -> cited.addAll(r.evidence()));
                    for (Evidence e : caseFile.evidence()) {
                        if (!cited.contains(e.id())) {
                            continue;
                        }
                        // Lines may break anywhere, even after a hyphen: compare without whitespace.
                        String body = e.text().replaceAll("\\s+", "");
                        if (audience.audience().maySee(e)) {
                            highest = ProtectiveMarking.highest(highest, e.marking());
                            assertThat(text).contains(body);
                        } else {
                            assertThat(text)
                                    .as(audience + " must not see " + e.id())
                                    .doesNotContain(body);
                        }
                    }
                    // Rationales are narrative written from the evidence they cite: marked at least as high.
                    for (var r : caseFile.assessments().get(0).ratings().values()) {
                        if (r.rationale().isEmpty()) {
                            continue;
                        }
                        String body = r.rationale().get().replaceAll("\\s+", "");
                        if (org.caseframe.core.model.NarrativeMarking.ofRationale(r, caseFile::evidence)
                                .visibleTo(audience.audience())) {
                            assertThat(text).contains(body);
                        } else {
                            assertThat(text)
                                    .as(audience + " must not see a rationale written from " + r.evidence())
                                    .doesNotContain(body);
                        }
                    }
                    // Narrative the audience may read is included at its own marking (a formulation section may cite
                    // evidence no rating cites); the canary property checks this independently of the library.
                    for (var t :
                            org.caseframe.core.model.Narratives.of(caseFile).all()) {
                        if (t.pointer().startsWith("/assessments/0/")
                                && t.marking().visibleTo(audience.audience())) {
                            highest = ProtectiveMarking.highest(
                                    highest, t.marking().marking());
                        }
                    }
                    assertThat(view.marking()).isEqualTo(highest.label());
                    assertThat(text)
                            .startsWith(highest.label().replace(" ", "")
                                    + highest.label().replace(" ", ""));
                });
    }
}
