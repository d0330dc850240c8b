package org.caseframe.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.caseframe.core.io.Json;
import org.caseframe.core.model.CaseFile;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.planning.matrix.Policies;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.plan.PlanTemplates;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.planning.plan.SentencePlanner;
import org.caseframe.planning.standards.Standards;
import org.caseframe.planning.whatif.CohortGenerator;
import org.caseframe.report.view.PlanReports;
import org.caseframe.report.view.ReportAudience;
import org.junit.jupiter.api.Test;

/**
 * One shared set of library objects (catalogue, planner, renderer) used by four threads at once gives exactly the
 * results of one thread: 2,000 sentence plans (compared as JSON) and 500 PDF reports (compared byte for byte).
 */
class ConcurrencyTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    private static final Instant DATE = Instant.parse("2026-11-22T00:00:00Z");
    private static final InstrumentCatalogue CATALOGUE = InstrumentCatalogue.bundled();
    private static final SentencePlanner PLANNER = new SentencePlanner(PlanTemplates.bundled(), Standards.bundled());
    private static final ReportRenderer RENDERER = ReportRenderer.bundled();
    private static final Policy POLICY = Policies.bundled("responsive").orElseThrow();
    private static final List<CaseFile> COHORT = new CohortGenerator(CATALOGUE, AS_OF).generate(2_000, 11);

    @Test
    void fourThreadsPlanExactlyAsOne() throws Exception {
        IntFunction<byte[]> plan =
                i -> Json.pretty(PLANNER.plan(AssessedCase.of(COHORT.get(i), CATALOGUE, AS_OF), POLICY))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertSame(sequential(2_000, plan), parallel(2_000, plan), "plan");
    }

    @Test
    void fourThreadsRenderExactlyAsOne() throws Exception {
        IntFunction<byte[]> report = i -> {
            AssessedCase a = AssessedCase.of(COHORT.get(i), CATALOGUE, AS_OF);
            SentencePlan p = PLANNER.plan(a, POLICY);
            // Alternate two kinds, so that different templates are in flight at once.
            return i % 2 == 0
                    ? RENDERER.pdf(
                            "mappa",
                            PlanReports.mappaSummary(p, a, a.redaction(ReportAudience.MAPPA_PANEL.audience())),
                            DATE)
                    : RENDERER.pdf(
                            "risk-management",
                            PlanReports.riskManagement(p, a, a.redaction(ReportAudience.COM.audience())),
                            DATE);
        };

        assertSame(sequential(500, report), parallel(500, report), "report");
    }

    private static byte[][] sequential(int n, IntFunction<byte[]> work) {
        byte[][] out = new byte[n][];
        for (int i = 0; i < n; i++) {
            out[i] = work.apply(i);
        }
        return out;
    }

    private static byte[][] parallel(int n, IntFunction<byte[]> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            // Interleave the order too: each thread takes every fourth item, from the end backwards.
            for (int i = n - 1; i >= 0; i--) {
                int item = i;
                futures.add(pool.submit(() -> work.apply(item)));
            }
            byte[][] out = new byte[n][];
            for (int k = 0; k < n; k++) {
                out[n - 1 - k] = futures.get(k).get();
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertSame(byte[][] one, byte[][] four, String what) {
        List<Integer> different = new ArrayList<>();
        for (int i = 0; i < one.length; i++) {
            if (!Arrays.equals(one[i], four[i])) {
                different.add(i);
            }
        }
        assertThat(different)
                .as(what + "s that differ between one thread and four")
                .isEmpty();
    }
}
