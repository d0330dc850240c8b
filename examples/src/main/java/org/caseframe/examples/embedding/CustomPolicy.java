package org.caseframe.examples.embedding;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.caseframe.Caseframe;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.planning.whatif.WhatIf;

/**
 * How a system uses a control and interventions policy that a policy team has tuned: load the file (refused, with
 * every problem located, if anything in it is wrong), see what it would change against the policy it was derived
 * from over a cohort, and then plan with it. Every decision in a plan names the rule and the policy {@code id@version}
 * it came from, so plans made under a local policy are traceable to it.
 */
public final class CustomPolicy {
    private CustomPolicy() {}

    /**
     * Loads and checks a policy file.
     *
     * @throws InvalidInputException listing every problem (unknown factors or values, thresholds out of range,
     *     unreachable or contradictory rules), each with where it is in the file
     */
    public static Policy load(Path file) {
        return Caseframe.checkPolicy(file).orThrow();
    }

    /**
     * What the custom policy would change against a bundled one, over a seeded cohort of fictional cases (the same
     * seed always gives the same cohort, so a policy team can rerun the comparison after each edit).
     */
    public static WhatIf.Report compare(Policy custom, String bundledId, int cohortSize, long seed, LocalDate asOf) {
        Caseframe cf = Caseframe.builder().asOf(asOf).build();
        Policy baseline = cf.policy(bundledId).orThrow();
        List<AssessedCase> cohort =
                cf.generateCohort(cohortSize, seed).stream().map(cf::assess).toList();
        return cf.whatIf(cohort, baseline, custom, done -> {});
    }

    /** A sentence plan for one case file under the custom policy. */
    public static SentencePlan plan(Path caseFile, Policy custom, LocalDate asOf) {
        Caseframe cf = Caseframe.builder().asOf(asOf).build();
        return cf.plan(cf.assess(cf.read(caseFile)), custom);
    }
}
