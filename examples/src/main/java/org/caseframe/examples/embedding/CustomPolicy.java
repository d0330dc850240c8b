package org.caseframe.examples.embedding;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.caseframe.core.io.ReadResult;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.planning.matrix.Policies;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.plan.PlanTemplates;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.planning.plan.SentencePlanner;
import org.caseframe.planning.standards.Standards;
import org.caseframe.planning.whatif.CohortGenerator;
import org.caseframe.planning.whatif.WhatIf;

/**
 * How a system uses a control and interventions policy that a policy team has tuned: load the file (refused, with
 * every problem located, if anything in it is wrong), see what it would change against the policy it was derived
 * from over a cohort, and then plan with it. Every decision in a plan names the rule and the policy {@code id@version}
 * it came from, so plans made under a local policy are traceable to it.
 */
public final class CustomPolicy {
    private static final InstrumentCatalogue CATALOGUE = InstrumentCatalogue.bundled();

    private CustomPolicy() {}

    /**
     * Loads and checks a policy file.
     *
     * @throws InvalidInputException listing every problem (unknown factors or values, thresholds out of range,
     *     unreachable or contradictory rules), each with where it is in the file
     */
    public static Policy load(Path file) {
        ReadResult<Policy> result = Policies.check(file);
        return result.orThrow();
    }

    /**
     * What the custom policy would change against a bundled one, over a seeded cohort of fictional cases (the same
     * seed always gives the same cohort, so a policy team can rerun the comparison after each edit).
     */
    public static WhatIf.Report compare(Policy custom, String bundledId, int cohortSize, long seed, LocalDate asOf) {
        Policy baseline = Policies.bundled(bundledId)
                .orElseThrow(() -> new IllegalArgumentException("no bundled policy " + bundledId));
        List<CaseFile> cohort = new CohortGenerator(CATALOGUE, asOf).generate(cohortSize, seed);
        return new WhatIf(
                        CATALOGUE, Standards.bundled(), PlanTemplates.bundled().reviewMonths())
                .compare(cohort, baseline, custom, asOf);
    }

    /** A sentence plan for one case under the custom policy. */
    public static SentencePlan plan(CaseFile caseFile, Policy custom, LocalDate asOf) {
        return new SentencePlanner(CATALOGUE, PlanTemplates.bundled(), Standards.bundled())
                .plan(caseFile, custom, asOf);
    }
}
