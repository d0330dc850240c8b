package org.caseframe;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.caseframe.core.io.CaseFileReader;
import org.caseframe.core.io.CaseFiles;
import org.caseframe.core.io.DocumentReader;
import org.caseframe.core.io.InstrumentDefinitions;
import org.caseframe.core.io.Json;
import org.caseframe.core.io.ReadLimits;
import org.caseframe.core.io.ReadResult;
import org.caseframe.core.log.Decision;
import org.caseframe.core.log.DecisionLog;
import org.caseframe.core.log.LogKey;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.model.DecisionRecord;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.redaction.Redaction;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.core.validation.Problem;
import org.caseframe.core.validation.ProblemCode;
import org.caseframe.instruments.AssessedCase;
import org.caseframe.instruments.InstrumentCatalogue;
import org.caseframe.instruments.OasysStyle;
import org.caseframe.instruments.predictors.Ogrs3;
import org.caseframe.instruments.predictors.Predictor;
import org.caseframe.instruments.predictors.PredictorInputCalculation;
import org.caseframe.instruments.predictors.Predictors;
import org.caseframe.planning.matrix.DmnExport;
import org.caseframe.planning.matrix.Policy;
import org.caseframe.planning.matrix.PolicyCatalogue;
import org.caseframe.planning.plan.PlanTemplates;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.planning.plan.SentencePlanner;
import org.caseframe.planning.profile.RiskProfile;
import org.caseframe.planning.profile.RiskProfiles;
import org.caseframe.planning.standards.Standards;
import org.caseframe.planning.whatif.CohortGenerator;
import org.caseframe.planning.whatif.WhatIf;
import org.caseframe.report.render.ReportRenderer;
import org.caseframe.report.view.PlanReports;
import org.caseframe.report.view.ReportAudience;
import org.caseframe.report.view.ReportKind;
import org.caseframe.report.view.WhatIfView;

/**
 * The one class an embedder starts from. Built once with {@link #builder()} (or {@link #bundled()}): the instrument
 * catalogue, the policies (each compiled once), the plan templates, national standards and report templates are read
 * and checked when it is built, and "today" comes from one clock in one zone. Immutable and thread-safe: share one
 * instance across threads and requests.
 *
 * <p>A case goes one way through the stages, each an immutable value:
 *
 * <pre>{@code
 * Caseframe cf = Caseframe.builder().build();
 * CheckedCase checked = cf.read(path);                       // or InvalidInputException with every problem
 * AssessedCase assessed = cf.assess(checked);                // latest finished assessments and scores, once
 * SentencePlan plan = cf.plan(assessed, "responsive");       // decisions with reasons, objectives, findings
 * Optional<Document> pdf = cf.render(ReportKind.FORMULATION, assessed, plan, ReportAudience.POM, DocumentFormat.PDF);
 * }</pre>
 */
public final class Caseframe {
    private final InstrumentCatalogue instruments;
    private final Predictors predictors;
    private final OasysStyle.Tables oasysTables;
    private final PolicyCatalogue policies;
    private final ReportRenderer renderer;
    private final PlanTemplates templates;
    private final Standards standards;
    private final SentencePlanner planner;
    private final Clock clock;
    private final ZoneId zone;
    private final CaseFileReader reader;
    private final Optional<LogKey> logKey;

    private Caseframe(Builder b) {
        this.instruments = withDirectories(
                InstrumentCatalogue.bundled(), b.instrumentDirectories, InstrumentCatalogue::withDirectory);
        this.policies = withDirectories(PolicyCatalogue.bundled(), b.policyDirectories, PolicyCatalogue::withDirectory);
        this.predictors = withDirectories(Predictors.bundled(), b.predictorDirectories, Predictors::withDirectory);
        this.oasysTables = withDirectories(
                OasysStyle.Tables.bundled(), b.oasysSectionDirectories, OasysStyle.Tables::withDirectory);
        this.renderer = b.templates == null
                ? ReportRenderer.bundled()
                : ReportRenderer.bundled().withTemplates(b.templates);
        this.templates = PlanTemplates.bundled();
        this.standards = Standards.bundled();
        this.planner = new SentencePlanner(templates, standards).withContactDay(b.contactDay);
        this.zone = b.zone;
        this.clock = b.clock.withZone(b.zone);
        this.reader = CaseFiles.reader().withDefinitions(instruments).withClock(this.clock);
        this.logKey = b.logKey;
    }

    // The bundled data plus each user directory in turn; every one is checked as it is added.
    private static <T> T withDirectories(T bundled, List<Path> directories, BiFunction<T, Path, T> add) {
        T result = bundled;
        for (Path dir : directories) {
            result = add.apply(result, dir);
        }
        return result;
    }

    /** A builder: bundled instruments, policies and templates, the system clock and zone, unless told otherwise. */
    public static Builder builder() {
        return new Builder();
    }

    /** Everything bundled, today by the system clock in the system zone. */
    public static Caseframe bundled() {
        return builder().build();
    }

    /** Builds a {@link Caseframe}. Not thread-safe; the {@link Caseframe} it builds is. */
    public static final class Builder {
        private final List<Path> instrumentDirectories = new ArrayList<>();
        private final List<Path> policyDirectories = new ArrayList<>();
        private final List<Path> predictorDirectories = new ArrayList<>();
        private final List<Path> oasysSectionDirectories = new ArrayList<>();
        private Path templates;
        private Clock clock = Clock.systemDefaultZone();
        private ZoneId zone = ZoneId.systemDefault();
        private Optional<LogKey> logKey = Optional.empty();
        private LocalDate asOf;
        private java.time.DayOfWeek contactDay = java.time.DayOfWeek.TUESDAY;

        private Builder() {}

        /**
         * The organisation's key for decision logs: records appended are sealed with it (HMAC-SHA-256), and checking a
         * log checks every seal with it, so a log rewritten by whoever holds the file, without the key, is caught.
         */
        public Builder logKey(LogKey key) {
            this.logKey = Optional.of(Objects.requireNonNull(key, "key"));
            return this;
        }

        /** Adds the instrument definitions in {@code directory} to the bundled ones (new versions, new instruments). */
        public Builder instruments(Path directory) {
            instrumentDirectories.add(Objects.requireNonNull(directory, "directory"));
            return this;
        }

        /** Adds the policies in {@code directory} to the bundled ones, found by {@code id} or {@code id@version}. */
        public Builder policies(Path directory) {
            policyDirectories.add(Objects.requireNonNull(directory, "directory"));
            return this;
        }

        /**
         * Adds the predictor coefficient files in {@code directory} (new versions of {@code ogrs3}, {@code ovp},
         * {@code ogp}, {@code osp-dc}, {@code osp-iic}, each checked against the form of the bundled file); a predictor
         * named without a version is its highest version.
         */
        public Builder predictors(Path directory) {
            predictorDirectories.add(Objects.requireNonNull(directory, "directory"));
            return this;
        }

        /**
         * Adds the OASys-style section tables in {@code directory} (thresholds, section names and where ERG-style and
         * Pathfinder-style findings go), each for the instrument version it names: a new OASys-style version added with
         * {@link #instruments(Path)} comes with its table here.
         */
        public Builder oasysSections(Path directory) {
            oasysSectionDirectories.add(Objects.requireNonNull(directory, "directory"));
            return this;
        }

        /**
         * Report templates in {@code directory} override the bundled ones of the same name. Sandboxed: partials
         * resolve only to templates of this directory or the bundled ones.
         */
        public Builder templates(Path directory) {
            this.templates = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** Where "now" comes from: nothing in a case may be dated after today by this clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            this.asOf = null;
            return this;
        }

        /** The zone "today" is reckoned in. */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** Plans schedule contacts on {@code day}, the weekday the person reports (Tuesday unless set). */
        public Builder contactDay(java.time.DayOfWeek day) {
            this.contactDay = Objects.requireNonNull(day, "day");
            return this;
        }

        /** Works as of the end of {@code date}: a clock fixed at its last second, in the builder's zone. */
        public Builder asOf(LocalDate date) {
            this.asOf = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * The {@link Caseframe}, with every catalogue read and checked now.
         *
         * @throws InvalidInputException when a definition or policy directory holds an invalid or duplicate file
         */
        public Caseframe build() {
            if (asOf != null) {
                clock = Clock.fixed(asOf.atTime(23, 59, 59).atZone(zone).toInstant(), zone);
            }
            return new Caseframe(this);
        }
    }

    /** The clock decisions are timed by (the system clock unless the builder set one). */
    public java.time.Clock clock() {
        return clock;
    }

    /** Today, by this instance's clock and zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- reading ---------------------------------------------------------------------------------------------------

    /** Reads and checks a case file (JSON or YAML, by its name), reporting every problem. */
    public ReadResult<CheckedCase> check(Path file) {
        ReadResult<CaseFile> read = reader.check(file);
        // Predictor inputs are checked against the predictors this Caseframe knows, as the case is read.
        List<Problem> inputs = read.value()
                .map(c -> PredictorInputCalculation.problems(c, predictors))
                .orElse(List.of());
        if (!inputs.isEmpty()) {
            List<Problem> all = new java.util.ArrayList<>(read.problems());
            all.addAll(inputs);
            return new ReadResult<>(read.source(), Optional.empty(), all);
        }
        return new ReadResult<>(
                read.source(), read.value().map(c -> new CheckedCase(read.source(), c)), read.problems());
    }

    /**
     * Reads and checks a case file.
     *
     * @throws InvalidInputException listing every problem, each with a JSON Pointer
     */
    public CheckedCase read(Path file) {
        return check(file).orThrow();
    }

    /**
     * Checks a case file's decision-log chain. Only the format is checked first: a broken chain is what this
     * reports, not a reason to refuse the file.
     *
     * @param head the hash of the last record, kept elsewhere, to detect records cut from the end
     * @throws InvalidInputException when the file is not in the case-file format
     */
    public LogCheck checkLog(Path file, Optional<String> head) {
        DecisionLog log = DecisionLog.of(structureOnly(file));
        DecisionLog.Verification v = log.verify(logKey, head);
        return new LogCheck(
                log.records().size(),
                log.head().orElse(DecisionLog.GENESIS),
                v.broken().map(b -> new LogCheck.Broken(b.index(), b.detail())),
                v.protection().name(),
                v.keyId());
    }

    /**
     * Appends a decision to a case file's log and writes the file back atomically: sealed with the organisation's key
     * when this {@link Caseframe} has one. The case must be valid first, except that evidence re-marked since the log
     * last recorded its marking is allowed: the new record records every new or changed evidence marking, so that
     * the change is a logged decision. A log sealed with a key can only be appended to with that key.
     *
     * @return the record appended
     * @throws InvalidInputException when the case is invalid, or its log is sealed and no key (or another key) is given
     */
    public DecisionRecord appendDecision(Path file, Decision decision, Instant at) throws IOException {
        ReadResult<CaseFile> checked = reader.check(file);
        // An evidence marking changed since the log recorded it is what a new record puts right: it records it.
        boolean onlyMarkings = !checked.isValid()
                && checked.problems().stream().allMatch(p -> p.code() == ProblemCode.MARKING_NOT_LOGGED);
        CaseFile c = onlyMarkings ? structureOnly(file) : checked.orThrow();
        boolean review = decision.type().equals(Optional.of(org.caseframe.core.model.DecisionType.MAPPA_REVIEW));
        if (review != decision.mappaLevel().isPresent()
                || decision.mappaLevel().filter(l -> l < 1 || l > 3).isPresent()) {
            throw new InvalidInputException(
                    file.toString(),
                    List.of(new Problem(
                            "/decisionLog/-/mappaLevel",
                            review ? ProblemCode.MISSING_FIELD : ProblemCode.INVALID_VALUE,
                            review
                                    ? "a MAPPA review records the level the panel decided, 1 to 3 (--mappa-level)"
                                    : "only a MAPPA review (--type MAPPA_REVIEW) decides a level")));
        }
        DecisionLog log = DecisionLog.of(c);
        Optional<String> sealedWith = log.keyId();
        if (sealedWith.isPresent() && !sealedWith.equals(logKey.map(LogKey::id))) {
            throw new InvalidInputException(
                    file.toString(),
                    List.of(new Problem(
                            "/decisionLog",
                            ProblemCode.CHAIN_BROKEN,
                            "the log is sealed with key " + sealedWith.get() + "; append with that key"
                                    + logKey.map(k -> " (the key given is " + k.id() + ")")
                                            .orElse(" (--key-file)"))));
        }
        if (!log.records().isEmpty()
                && at.isBefore(log.records().get(log.records().size() - 1).at())) {
            throw new InvalidInputException(
                    file.toString(),
                    List.of(new Problem(
                            "/decisionLog",
                            ProblemCode.DATE_ORDER,
                            at + " is before the newest record's time "
                                    + log.records()
                                            .get(log.records().size() - 1)
                                            .at())));
        }
        CaseFile appended = logKey.isPresent()
                ? DecisionLog.appendTo(c, decision, at, logKey.get())
                : DecisionLog.appendTo(c, decision, at);
        CaseFiles.write(appended, file);
        return appended.decisionLog().get(appended.decisionLog().size() - 1);
    }

    private static CaseFile structureOnly(Path file) {
        try (InputStream schema = CaseFiles.schema()) {
            return DocumentReader.of(CaseFile.class, schema, x -> List.of(), ReadLimits.DEFAULT)
                    .read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The organisation's log key in {@code file} (its bytes, at least 32), or else in the environment variable {@code
     * CASEFRAME_LOG_KEY}, if either is given.
     *
     * @throws InvalidInputException when the file cannot be read or the key is too short
     */
    public static Optional<LogKey> logKey(Optional<Path> file) {
        return file.isPresent() ? Optional.of(LogKey.fromFile(file.get())) : LogKey.fromEnvironment();
    }

    /** The JSON Schema of the case-file format: exactly what {@link #check(Path)} accepts. */
    public static String caseFileSchema() {
        try (InputStream in = CaseFiles.schema()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a case file atomically, refusing one that would not read back exactly. */
    public static void write(CaseFile caseFile, Path file) throws IOException {
        CaseFiles.write(caseFile, file);
    }

    // ---- assessing -------------------------------------------------------------------------------------------------

    /** Resolves the case's assessments once, as of today: latest finished per instrument, definitions, scores. */
    public AssessedCase assess(CheckedCase checked) {
        return AssessedCase.of(checked.caseFile(), instruments, oasysTables, predictors, today());
    }

    /** The risk profile the policies decide from: every factor, unknowns explicit. */
    public RiskProfile profile(AssessedCase assessed) {
        return RiskProfiles.of(assessed);
    }

    // ---- planning --------------------------------------------------------------------------------------------------

    /**
     * The sentence plan under the policy named by a file, or by {@code id} or {@code id@version}.
     *
     * @throws InvalidInputException when the policy file is invalid or no such policy exists
     */
    public SentencePlan plan(AssessedCase assessed, String policy) {
        return plan(assessed, policy(policy).orThrow());
    }

    /** The sentence plan under {@code policy}. */
    public SentencePlan plan(AssessedCase assessed, Policy policy) {
        return planner.plan(assessed, policy);
    }

    /** The sentence plan from a profile the caller built or changed (e.g. with a predictor band it computed). */
    public SentencePlan plan(RiskProfile profile, AssessedCase assessed, Policy policy) {
        return planner.plan(profile, assessed, policy);
    }

    // ---- rendering -------------------------------------------------------------------------------------------------

    /**
     * A report for one audience, redacted for it: evidence it may not see is left out and counted, and the banner
     * shows the highest marking included.
     *
     * @param plan the plan for plan-based kinds; not used for a formulation
     * @return empty for a formulation when the case has no finished ERG-structured assessment
     * @throws InvalidInputException when a custom template is not well-formed XHTML or asks for a partial that is not
     *     a template
     */
    public Optional<Document> render(
            ReportKind kind, AssessedCase assessed, SentencePlan plan, ReportAudience audience, DocumentFormat format) {
        return render(kind, assessed, () -> plan, audience, format);
    }

    /**
     * {@code plan} as {@code audience} receives it: through the redaction stage every report goes through, with the
     * marking of what it holds and why. A plan holds decisions and references, never evidence or narrative, so nothing
     * in it is withheld; its marking says whether it lists assessment results.
     *
     * @throws IllegalStateException if the audience is not cleared for what the plan holds
     */
    public PlanForAudience planFor(SentencePlan plan, AssessedCase assessed, ReportAudience audience) {
        Redaction.Summary marking = PlanReports.marking(plan, assessed.redaction(audience.audience()));
        return new PlanForAudience(audience.audience().name(), marking.marking().label(), marking.explained(), plan);
    }

    /** As {@link #render(ReportKind, AssessedCase, SentencePlan, ReportAudience, DocumentFormat)}, planning lazily. */
    public Optional<Document> render(
            ReportKind kind,
            AssessedCase assessed,
            Supplier<SentencePlan> plan,
            ReportAudience audience,
            DocumentFormat format) {
        return kind.view(assessed, plan, audience.audience())
                .map(view -> new Document(kind, format, bytes(kind.template(), view.model(), format), view.marking()));
    }

    /** The policy what-if report. */
    public byte[] render(WhatIf.Report report, DocumentFormat format) {
        return bytes("whatif", WhatIfView.of(report), format);
    }

    private byte[] bytes(String template, Object view, DocumentFormat format) {
        return format == DocumentFormat.HTML
                ? renderer.html(template, view).getBytes(StandardCharsets.UTF_8)
                : renderer.pdf(template, view, today().atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    // ---- policies --------------------------------------------------------------------------------------------------

    /** Every policy in the catalogue, bundled first. */
    public List<Policy> policies() {
        return policies.all();
    }

    /** A policy named by a file, or by {@code id} or {@code id@version} in the catalogue, with every problem. */
    public ReadResult<Policy> policy(String fileOrRef) {
        return policies.resolve(fileOrRef);
    }

    /** Reads and checks a policy file: unknown fields, thresholds, rules that never fire or contradict. */
    public static ReadResult<Policy> checkPolicy(Path file) {
        return org.caseframe.planning.matrix.Policies.check(file);
    }

    /** The ids of the bundled policies. */
    public static List<String> bundledPolicies() {
        return org.caseframe.planning.matrix.Policies.BUNDLED_IDS;
    }

    /** The policy as a DMN 1.3 decision model that standard DMN engines open and evaluate. */
    public static String toDmn(Policy policy) {
        return DmnExport.toXml(policy);
    }

    // ---- cohorts ---------------------------------------------------------------------------------------------------

    /** Every case of {@code cohort} under two policies: each changed decision with the reasons on both sides. */
    public WhatIf.Report whatIf(List<AssessedCase> cohort, Policy baseline, Policy candidate, IntConsumer casesDone) {
        return new WhatIf(standards, templates.reviewMonths()).compare(cohort, baseline, candidate, today(), casesDone);
    }

    /**
     * A cohort made ready for many comparisons against one baseline (a policy workbench's edits): profiles, baseline
     * decisions and hours once; then each {@link WhatIf.Prepared#compare(Policy)} gives exactly the report {@link
     * #whatIf(List, Policy, Policy, IntConsumer)} would, deciding through the fast path and giving reasons only for
     * the cases that change.
     */
    public WhatIf.Prepared prepareWhatIf(List<AssessedCase> cohort, Policy baseline) {
        return new WhatIf(standards, templates.reviewMonths()).prepare(cohort, baseline, today());
    }

    /** As {@link #whatIf(List, Policy, Policy, IntConsumer)}, with policies named by file or id. */
    public WhatIf.Report whatIf(List<AssessedCase> cohort, String baseline, String candidate) {
        return whatIf(cohort, policy(baseline).orThrow(), policy(candidate).orThrow(), done -> {});
    }

    /**
     * A seeded cohort of fictional case files as of today, valid by construction: the same seed gives the same
     * cohort. Each case's source is {@code generated:ID}.
     */
    public List<CheckedCase> generateCohort(int count, long seed) {
        return new CohortGenerator(instruments, today())
                .generate(count, seed).stream()
                        .map(c -> new CheckedCase("generated:" + c.subject().id(), c))
                        .toList();
    }

    // ---- instruments and predictors --------------------------------------------------------------------------------

    /** Every instrument definition in the catalogue. */
    public List<InstrumentDefinition> instruments() {
        return instruments.all();
    }

    /** The definition named {@code id@version}, or the latest version of {@code id}; empty for any other text. */
    public Optional<InstrumentDefinition> instrument(String idOrRef) {
        try {
            return instruments.find(idOrRef);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The result of a counted instrument (a checklist with scoring rules) for one assessment under {@code
     * definition}: a suggested level that judgement may raise, never lower; empty for an instrument that is not counted.
     */
    public static Optional<org.caseframe.core.scoring.ScoringResult> score(
            InstrumentDefinition definition, org.caseframe.core.model.Assessment assessment) {
        return org.caseframe.core.scoring.Scorer.score(definition, assessment);
    }

    /** A definition as JSON, in the format its data file has. */
    public static String toJson(InstrumentDefinition definition) {
        return InstrumentDefinitions.toJson(definition);
    }

    /** Reads and checks a policy held as YAML text (e.g. one being edited), as {@link #checkPolicy(Path)} does. */
    public static ReadResult<Policy> checkPolicy(String yaml, String source) {
        return org.caseframe.planning.matrix.Policies.check(
                new java.io.ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                org.caseframe.core.io.Format.YAML,
                source);
    }

    /** A policy as YAML, in the format its file has: {@link #checkPolicy(Path)} reads it back as the same policy. */
    public static String toYaml(Policy policy) {
        return org.caseframe.core.io.Json.yaml(policy);
    }

    /**
     * The enhanced national standards' compliance of a case's recorded contacts with its plan, as of today: for each
     * standard in force, the periods checked, those met and each breach.
     */
    public List<org.caseframe.planning.standards.StandardsPlanner.Compliance> compliance(
            AssessedCase assessed, SentencePlan plan) {
        org.caseframe.planning.standards.StandardsPlanner standardsPlanner =
                new org.caseframe.planning.standards.StandardsPlanner(standards);
        var dates = assessed.sentence().map(s -> s.dates()).orElse(org.caseframe.core.model.KeyDates.none());
        return standardsPlanner.compliance(
                assessed.contacts(), standardsPlanner.inForce(plan.controls(), dates), assessed.asOf());
    }

    /** A definition as YAML, in the format its data file has. */
    public static String toYaml(InstrumentDefinition definition) {
        return InstrumentDefinitions.toYaml(definition);
    }

    /**
     * The actuarial predictor called {@code name} ({@code ogrs3}, {@code ovp}, ...; {@code name@version} for one
     * version, else the highest), if there is one.
     */
    public Optional<Predictor> predictor(String name, Ogrs3.Options ogrs3) {
        return predictors.find(name, ogrs3);
    }

    /** The names of the bundled predictors. */
    public static List<String> predictors() {
        return Predictors.NAMES;
    }

    // ---- output ----------------------------------------------------------------------------------------------------

    /**
     * The encoding the first bytes of some text plainly show when it is not UTF-8 (a UTF-16 or UTF-32 byte-order
     * mark, or the NUL bytes of UTF-16), so that it can be named rather than misread.
     */
    public static Optional<String> encodingIfNotUtf8(byte[] head) {
        return org.caseframe.core.io.TextEncodings.otherThanUtf8(head);
    }

    /** Any of the library's values (a plan, a what-if report) as stable, readable JSON. */
    public static String toJson(Object value) {
        return Json.pretty(value);
    }
}
