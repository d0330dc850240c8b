package org.caseframe.examples.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.caseframe.core.io.CaseFiles;
import org.caseframe.core.model.CaseFile;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.planning.matrix.Policies;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.planning.plan.SentencePlanner;
import org.caseframe.planning.whatif.WhatIf;
import org.caseframe.report.render.ReportRenderer;
import org.caseframe.report.view.ReportAudience;
import org.caseframe.report.view.ReportKind;
import org.caseframe.report.view.WhatIfView;
import org.junit.jupiter.api.Test;

/**
 * Words, not codes: every report kind, for every audience, for every bundled sample case under both bundled policies,
 * and the what-if report, shows no upper-case code token ({@code ELECTRONIC_MONITORING}, {@code DDP_MENTORING}...)
 * outside the reference lines meant to show rule ids (in small type, class {@code ref}).
 */
class NoCodeTokensTest {
    static final Pattern CODE = Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b");
    static final Pattern REF = Pattern.compile("<span class=\"ref\">[^<]*</span>");
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
    static final InstrumentCatalogue CATALOGUE = InstrumentCatalogue.bundled();
    static final ReportRenderer RENDERER = ReportRenderer.bundled();

    static List<CaseFile> samples() throws IOException {
        List<CaseFile> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("cases"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                out.add(CaseFiles.reader()
                        .withDefinitions(CATALOGUE)
                        .withClock(Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC))
                        .read(f));
            }
        }
        return out;
    }

    /** The code tokens in {@code html} outside reference lines, each with a little context. */
    static List<String> codes(String html) {
        String text = REF.matcher(html).replaceAll("");
        List<String> found = new ArrayList<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            found.add(text.substring(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 20)));
        }
        return found;
    }

    /** A policy team's policy with a control and an intervention of its own, named in its vocabulary section. */
    static final Policy OWN_TERMS = Policies.read(java.nio.file.Path.of("policies/responsive-own-terms.yaml"));

    @Test
    void noReportShowsACodeOutsideItsReferenceLines() throws IOException {
        List<CaseFile> samples = samples();
        assertThat(samples).hasSizeGreaterThanOrEqualTo(8);
        int rendered = 0;
        for (CaseFile c : samples) {
            AssessedCase assessed = AssessedCase.of(c, CATALOGUE, AS_OF);
            for (Policy policy : List.of(
                    Policies.bundled("responsive").orElseThrow(),
                    Policies.bundled("current-practice").orElseThrow(),
                    OWN_TERMS)) {
                SentencePlan plan = SentencePlanner.bundled().plan(assessed, policy);
                for (ReportKind kind : ReportKind.values()) {
                    for (ReportAudience audience : ReportAudience.values()) {
                        var view = kind.view(assessed, () -> plan, audience.audience());
                        if (view.isEmpty()) {
                            continue;
                        }
                        String html = RENDERER.html(kind.template(), view.get().model());
                        assertThat(codes(html))
                                .as(c.subject().id() + " " + kind + " for " + audience + " under " + policy.ref())
                                .isEmpty();
                        rendered++;
                    }
                }
            }
        }
        assertThat(rendered).isGreaterThan(450);
    }

    @Test
    void theWhatIfReportShowsNoCodeEither() throws IOException {
        List<AssessedCase> cohort = samples().stream()
                .map(c -> AssessedCase.of(c, CATALOGUE, AS_OF))
                .toList();
        WhatIf.Report report = new WhatIf(org.caseframe.planning.standards.Standards.bundled(), 3)
                .compare(cohort, Policies.bundled("current-practice").orElseThrow(), OWN_TERMS, AS_OF, n -> {});
        assertThat(report.changedCases()).isNotEmpty();
        assertThat(report.counts()).containsKey("CONTROL_ADDED:LOCAL_CT_PANEL_REVIEW");

        assertThat(codes(RENDERER.html("whatif", WhatIfView.of(report)))).isEmpty();
    }

    @Test
    void theCheckFindsACodeWhereThereIsOne() {
        assertThat(codes("<p>Controls: ELECTRONIC_MONITORING</p><span class=\"ref\">responsive@1.1: HII_INTENT</span>"))
                .singleElement()
                .asString()
                .contains("ELECTRONIC_MONITORING");
    }
}
