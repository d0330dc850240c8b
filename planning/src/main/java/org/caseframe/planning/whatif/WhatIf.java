package org.caseframe.planning.whatif;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.caseframe.core.model.KeyDates;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.planning.matrix.ControlType;
import org.caseframe.planning.matrix.Decisions;
import org.caseframe.planning.matrix.InterventionType;
import org.caseframe.planning.matrix.Matrix;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.plan.Vocabulary;
import org.caseframe.planning.profile.RiskProfile;
import org.caseframe.planning.profile.RiskProfiles;
import org.caseframe.planning.standards.Standards;
import org.caseframe.planning.standards.StandardsPlanner;

/**
 * Evaluates a cohort under two policies and reports every decision that changes (NSD in or out, MAPPA level, each
 * control and intervention), with the reasons on both sides, counts per kind of change and the workload on each side.
 * Each case's profile is derived once and evaluated under both compiled policies.
 */
public final class WhatIf {
    private final StandardsPlanner standards;
    private final int reviewMonths;

    public WhatIf(Standards standards, int reviewMonths) {
        this.standards = new StandardsPlanner(standards);
        this.reviewMonths = reviewMonths;
    }

    /**
     * The whole comparison.
     *
     * @param baseline the baseline policy as {@code id@version}
     * @param candidate the candidate policy as {@code id@version}
     * @param asOf the date the cohort was evaluated at
     * @param cases how many cases were compared
     * @param changedCases one entry for each case with any changed decision
     * @param counts how many changes of each kind, e.g. {@code MAPPA_LEVEL_DOWN} or {@code CONTROL_REMOVED:POLYGRAPH}
     * @param workloadHoursPerMonth total estimated hours a month under each policy
     * @param tallies how many cases each policy places in NSD and at each MAPPA level
     * @param terms the words for the controls and interventions either policy adds to the bundled vocabulary
     */
    // Every top-level part is always present, empty or not, so consumers can rely on the keys.
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Report(
            String baseline,
            String candidate,
            LocalDate asOf,
            int cases,
            List<CaseChanges> changedCases,
            Map<String, Integer> counts,
            Hours workloadHoursPerMonth,
            List<Tally> tallies,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Map<String, Vocabulary.Term>> terms) {
        public Report {
            terms = terms == null
                    ? Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(terms));
        }

        /** The words for the codes in this report: the bundled vocabulary with the terms either policy adds. */
        public Vocabulary words() {
            return Vocabulary.bundled().with(terms);
        }
    }

    /**
     * How many cases fall in one category under each policy.
     *
     * @param category e.g. {@code NSD-managed} or {@code MAPPA level 3}
     * @param baseline cases under the baseline
     * @param candidate cases under the candidate
     */
    public record Tally(String category, int baseline, int candidate) {}

    /**
     * The changes for one case.
     *
     * @param caseId the subject's pseudonymous id
     * @param changes each changed decision
     */
    public record CaseChanges(String caseId, List<Change> changes) {}

    /**
     * One changed decision.
     *
     * @param kind NSD, MAPPA_LEVEL, CONTROL, CONTROL_FREQUENCY or INTERVENTION
     * @param item what changed, e.g. the control type
     * @param baseline the baseline's decision, in words
     * @param candidate the candidate's decision, in words
     * @param baselineReasons why the baseline decided so (empty where it decided nothing)
     * @param candidateReasons why the candidate decided so
     */
    public record Change(
            String kind,
            String item,
            String baseline,
            String candidate,
            List<Decisions.Reason> baselineReasons,
            List<Decisions.Reason> candidateReasons) {}

    /**
     * Hours a month on each side.
     *
     * @param baseline under the baseline policy
     * @param candidate under the candidate policy
     */
    public record Hours(double baseline, double candidate) {}

    private static final org.caseframe.planning.plan.Interventions ELIGIBILITY =
            org.caseframe.planning.plan.Interventions.bundled();

    /** Compares the cohort, each case assessed as of {@code asOf}, under two policies. */
    public Report compare(List<AssessedCase> cohort, Policy baseline, Policy candidate, LocalDate asOf) {
        return compare(cohort, baseline, candidate, asOf, done -> {});
    }

    /**
     * Compares the cohort, each case assessed as of {@code asOf}, under two policies, telling {@code casesDone} how many cases are done after each
     * one (for a progress display over a large cohort). Called on the calling thread.
     */
    public Report compare(
            List<AssessedCase> cohort, Policy baseline, Policy candidate, LocalDate asOf, IntConsumer casesDone) {
        Matrix a = Matrix.compile(baseline);
        Matrix b = Matrix.compile(candidate);
        List<CaseChanges> changed = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        double hoursA = 0;
        double hoursB = 0;
        int[][] tally = new int[5][2];
        int done = 0;
        for (AssessedCase caseFile : cohort) {
            RiskProfile profile = RiskProfiles.of(caseFile);
            // Only interventions the person is eligible for, as in a plan.
            Decisions da = ELIGIBILITY.eligibleOnly(a.evaluate(profile), caseFile, profile);
            Decisions db = ELIGIBILITY.eligibleOnly(b.evaluate(profile), caseFile, profile);
            KeyDates dates = caseFile.sentence().map(s -> s.dates()).orElse(KeyDates.none());
            hoursA += hours(da, dates, asOf);
            hoursB += hours(db, dates, asOf);
            count(tally, da, 0);
            count(tally, db, 1);
            List<Change> changes = diff(da, db);
            if (!changes.isEmpty()) {
                changed.add(new CaseChanges(caseFile.subject().id(), changes));
                for (Change c : changes) {
                    counts.merge(countKey(c), 1, Integer::sum);
                }
            }
            casesDone.accept(++done);
        }
        return report(baseline, candidate, asOf, cohort.size(), changed, counts, hoursA, hoursB, tally);
    }

    private static Report report(
            Policy baseline,
            Policy candidate,
            LocalDate asOf,
            int cases,
            List<CaseChanges> changed,
            Map<String, Integer> counts,
            double hoursA,
            double hoursB,
            int[][] tally) {
        List<Tally> tallies = new ArrayList<>();
        String[] categories = {"NSD-managed", "Not MAPPA-managed", "MAPPA level 1", "MAPPA level 2", "MAPPA level 3"};
        for (int i = 0; i < categories.length; i++) {
            tallies.add(new Tally(categories[i], tally[i][0], tally[i][1]));
        }
        return new Report(
                baseline.ref(),
                candidate.ref(),
                asOf,
                cases,
                changed,
                counts,
                new Hours(round(hoursA), round(hoursB)),
                tallies,
                ownTerms(baseline, candidate));
    }

    // The terms the two policies add, the baseline's first; the same code keeps the baseline's words.
    private static Map<String, Map<String, Vocabulary.Term>> ownTerms(Policy baseline, Policy candidate) {
        Map<String, Map<String, Vocabulary.Term>> terms = new java.util.LinkedHashMap<>();
        for (Policy p : List.of(baseline, candidate)) {
            p.vocabulary()
                    .forEach((kind, byCode) -> byCode.forEach(
                            (code, term) -> terms.computeIfAbsent(kind, k -> new java.util.LinkedHashMap<>())
                                    .putIfAbsent(code, term)));
        }
        return terms;
    }

    /**
     * A cohort made ready for many comparisons against one baseline, as a policy workbench makes them: each case's
     * profile, its baseline decisions and hours are worked out once. Comparing a candidate then decides each case
     * through the fast path, and works out decisions with their reasons only for cases the fast path says change. The
     * report is exactly the one {@link #compare(List, Policy, Policy, LocalDate)} gives.
     *
     * @param cohort the cases
     * @param baseline the baseline policy
     * @param asOf the date the cohort is evaluated at
     */
    public Prepared prepare(List<AssessedCase> cohort, Policy baseline, LocalDate asOf) {
        return new Prepared(List.copyOf(cohort), baseline, asOf);
    }

    /** A cohort ready for comparisons against one baseline; see {@link #prepare}. Immutable and thread-safe. */
    public final class Prepared {
        private final List<AssessedCase> cohort;
        private final Policy baseline;
        private final LocalDate asOf;
        private final RiskProfile[] profiles;
        private final int[][] codes;
        private final Decisions[] decisions;
        private final double[] hours;
        private final org.caseframe.planning.internal.FastMatrix.Verdict[] verdicts;

        private Prepared(List<AssessedCase> cohort, Policy baseline, LocalDate asOf) {
            this.cohort = cohort;
            this.baseline = baseline;
            this.asOf = asOf;
            int n = cohort.size();
            profiles = new RiskProfile[n];
            codes = new int[n][];
            decisions = new Decisions[n];
            hours = new double[n];
            verdicts = new org.caseframe.planning.internal.FastMatrix.Verdict[n];
            Matrix a = Matrix.compile(baseline);
            org.caseframe.planning.internal.FastMatrix fast =
                    org.caseframe.planning.internal.FastMatrix.compile(baseline);
            for (int i = 0; i < n; i++) {
                AssessedCase c = cohort.get(i);
                profiles[i] = RiskProfiles.of(c);
                codes[i] = profiles[i].encode();
                decisions[i] = ELIGIBILITY.eligibleOnly(a.evaluate(profiles[i]), c, profiles[i]);
                hours[i] = hours(decisions[i], c.sentence().map(s -> s.dates()).orElse(KeyDates.none()), asOf);
                verdicts[i] = fast.decide(codes[i]);
            }
        }

        /** The baseline every comparison is against. */
        public Policy baseline() {
            return baseline;
        }

        /** How many cases. */
        public int size() {
            return cohort.size();
        }

        /** The comparison with {@code candidate}. */
        public Report compare(Policy candidate) {
            Matrix b = Matrix.compile(candidate);
            org.caseframe.planning.internal.FastMatrix fast =
                    org.caseframe.planning.internal.FastMatrix.compile(candidate);
            List<CaseChanges> changed = new ArrayList<>();
            Map<String, Integer> counts = new TreeMap<>();
            double hoursA = 0;
            double hoursB = 0;
            int[][] tally = new int[5][2];
            for (int i = 0; i < cohort.size(); i++) {
                Decisions da = decisions[i];
                hoursA += hours[i];
                count(tally, da, 0);
                if (verdicts[i].sameDecisions(fast.decide(codes[i]))) {
                    hoursB += hours[i];
                    count(tally, da, 1);
                    continue;
                }
                AssessedCase c = cohort.get(i);
                Decisions db = ELIGIBILITY.eligibleOnly(b.evaluate(profiles[i]), c, profiles[i]);
                hoursB += hours(db, c.sentence().map(s -> s.dates()).orElse(KeyDates.none()), asOf);
                count(tally, db, 1);
                List<Change> changes = diff(da, db);
                if (!changes.isEmpty()) {
                    changed.add(new CaseChanges(c.subject().id(), changes));
                    for (Change ch : changes) {
                        counts.merge(countKey(ch), 1, Integer::sum);
                    }
                }
            }
            return report(baseline, candidate, asOf, cohort.size(), changed, counts, hoursA, hoursB, tally);
        }
    }

    // Row 0 counts NSD-managed cases; rows 1-4 MAPPA level 0 (none) to 3.
    private static void count(int[][] tally, Decisions d, int side) {
        if (d.nsd().managed()) {
            tally[0][side]++;
        }
        tally[1 + d.mappa().map(Decisions.MappaDecision::level).orElse(0)][side]++;
    }

    private double hours(Decisions d, KeyDates dates, LocalDate asOf) {
        return standards.hoursPerMonth(
                d.controls(),
                standards.inForce(d.controls(), dates),
                d.mappa().map(Decisions.MappaDecision::level).orElse(0),
                reviewMonths,
                asOf);
    }

    static List<Change> diff(Decisions a, Decisions b) {
        List<Change> out = new ArrayList<>();
        if (a.nsd().managed() != b.nsd().managed()) {
            out.add(new Change(
                    "NSD",
                    "NSD_MANAGEMENT",
                    a.nsd().managed() ? "in" : "out",
                    b.nsd().managed() ? "in" : "out",
                    a.nsd().reasons(),
                    b.nsd().reasons()));
        }
        int la = a.mappa().map(Decisions.MappaDecision::level).orElse(0);
        int lb = b.mappa().map(Decisions.MappaDecision::level).orElse(0);
        if (la != lb) {
            out.add(new Change(
                    "MAPPA_LEVEL",
                    "MAPPA",
                    la == 0 ? "none" : "level " + la,
                    lb == 0 ? "none" : "level " + lb,
                    a.mappa().map(Decisions.MappaDecision::reasons).orElse(List.of()),
                    b.mappa().map(Decisions.MappaDecision::reasons).orElse(List.of())));
        }
        Set<ControlType> controls = new java.util.TreeSet<>(ControlType.vocabularyOrder());
        a.controls().forEach(c -> controls.add(c.type()));
        b.controls().forEach(c -> controls.add(c.type()));
        for (ControlType t : controls) {
            Optional<Decisions.ControlDecision> ca =
                    a.controls().stream().filter(c -> c.type().equals(t)).findFirst();
            Optional<Decisions.ControlDecision> cb =
                    b.controls().stream().filter(c -> c.type().equals(t)).findFirst();
            if (ca.isPresent() != cb.isPresent()) {
                out.add(new Change(
                        "CONTROL",
                        t.name(),
                        ca.isPresent() ? "yes" : "no",
                        cb.isPresent() ? "yes" : "no",
                        ca.map(Decisions.ControlDecision::reasons).orElse(List.of()),
                        cb.map(Decisions.ControlDecision::reasons).orElse(List.of())));
            } else if (ca.isPresent() && !ca.get().perWeek().equals(cb.get().perWeek())) {
                out.add(new Change(
                        "CONTROL_FREQUENCY",
                        t.name(),
                        ca.get().perWeek().map(w -> w + " a week").orElse("unspecified"),
                        cb.get().perWeek().map(w -> w + " a week").orElse("unspecified"),
                        ca.get().reasons(),
                        cb.get().reasons()));
            }
        }
        Set<InterventionType> interventions = new java.util.TreeSet<>(InterventionType.vocabularyOrder());
        a.interventions().forEach(i -> interventions.add(i.type()));
        b.interventions().forEach(i -> interventions.add(i.type()));
        for (InterventionType t : interventions) {
            Optional<Decisions.InterventionDecision> ia =
                    a.interventions().stream().filter(i -> i.type().equals(t)).findFirst();
            Optional<Decisions.InterventionDecision> ib =
                    b.interventions().stream().filter(i -> i.type().equals(t)).findFirst();
            if (ia.isPresent() != ib.isPresent()) {
                out.add(new Change(
                        "INTERVENTION",
                        t.name(),
                        ia.isPresent() ? "yes" : "no",
                        ib.isPresent() ? "yes" : "no",
                        ia.map(Decisions.InterventionDecision::reasons).orElse(List.of()),
                        ib.map(Decisions.InterventionDecision::reasons).orElse(List.of())));
            }
        }
        return out;
    }

    private static String countKey(Change c) {
        return switch (c.kind()) {
            case "NSD" -> c.candidate().equals("in") ? "NSD_IN" : "NSD_OUT";
            case "MAPPA_LEVEL" -> level(c.candidate()) > level(c.baseline()) ? "MAPPA_LEVEL_UP" : "MAPPA_LEVEL_DOWN";
            case "CONTROL", "INTERVENTION" ->
                c.kind() + (c.candidate().equals("yes") ? "_ADDED:" : "_REMOVED:") + c.item();
            default -> c.kind() + ":" + c.item();
        };
    }

    private static int level(String text) {
        return text.startsWith("level ") ? Integer.parseInt(text.substring(6)) : 0;
    }

    private static double round(double hours) {
        return Math.round(hours * 100.0) / 100.0;
    }
}
