package org.caseframe.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.caseframe.core.io.CaseFileReader;
import org.caseframe.core.io.CaseFiles;
import org.caseframe.core.io.Format;
import org.caseframe.core.model.CaseFile;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.planning.matrix.Policies;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.plan.IdentifiedRisk;
import org.caseframe.planning.plan.PlanChecks;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.planning.plan.SentencePlanner;
import org.caseframe.planning.profile.RiskProfile;
import org.caseframe.planning.profile.RiskProfiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One whole case, warm, and each stage of it: read (bounded parse, the schema through its compiled proof, binding and
 * semantic checks against the instrument versions), score (the counted checklists), plan (profile, matrix, objectives,
 * checkpoints, schedule, workload and the plan checks) and the plan checks alone.
 */
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CaseBenchmark {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    @Param({"examples/cases/tact-prerelease-domestic-abuse.yaml"})
    public String caseFile;

    /**
     * The form the case is read in: the bundled YAML file as it is, or the same case as JSON (as a case system would
     * send it over an API), written from it at set-up.
     */
    @Param({"YAML", "JSON"})
    public Format format;

    private byte[] bytes;
    private CaseFileReader reader;
    private InstrumentCatalogue catalogue;
    private SentencePlanner planner;
    private Policy policy;
    private CaseFile read;
    private AssessedCase assessed;
    private SentencePlan plan;
    private RiskProfile profile;
    private List<IdentifiedRisk> risks;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        catalogue = InstrumentCatalogue.bundled();
        reader = CaseFiles.reader()
                .withDefinitions(catalogue)
                .withClock(Clock.fixed(AS_OF.atTime(23, 59).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        bytes = Files.readAllBytes(Path.of(caseFile));
        if (format == Format.JSON) {
            bytes = CaseFiles.toJson(reader.read(Path.of(caseFile))).getBytes(StandardCharsets.UTF_8);
        }
        planner = SentencePlanner.bundled();
        policy = Policies.bundled("responsive").orElseThrow();
        read = read();
        assessed = assess();
        plan = plan();
        profile = RiskProfiles.of(assessed);
        risks = planner.identifiedRisks(assessed, profile);
    }

    /**
     * Three forks: one JVM's reading speed differs from the next by up to a third here (69 µs in one fork, 100 µs in
     * the next, same code), so the figure is the mean over three.
     */
    @Benchmark
    @Fork(3)
    public CaseFile read() {
        return reader.check(bytes, format, caseFile).orThrow();
    }

    /** Latest finished assessments, definitions and the counted instruments' scores, resolved once. */
    @Benchmark
    public AssessedCase assess() {
        return AssessedCase.of(read, catalogue, AS_OF);
    }

    @Benchmark
    public SentencePlan plan() {
        return planner.plan(assessed, policy);
    }

    @Benchmark
    public Object check() {
        return PlanChecks.check(plan, assessed, profile, risks);
    }

    @Benchmark
    public SentencePlan wholeCase() {
        return planner.plan(AssessedCase.of(read(), catalogue, AS_OF), policy);
    }
}
