package org.caseframe.planning.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caseframe.core.io.DocumentReader;
import org.caseframe.core.io.Format;
import org.caseframe.core.io.ReadLimits;
import org.caseframe.core.io.ReadResult;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.core.validation.Problem;
import org.caseframe.core.validation.ProblemCode;
import org.caseframe.core.validation.Suggestions;
import org.caseframe.planning.internal.CompiledRule;
import org.caseframe.planning.profile.Factor;

/**
 * Reads and checks control and interventions policies: the bundled ones by id, or a policy team's own file. Loading
 * reports every problem with its location: unknown fields, factors, values and outputs; thresholds out of range or
 * missing; rules that can never fire; and pairs of rules that can fire together but contradict each other.
 */
public final class Policies {
    private static final String BUNDLED = "/org/caseframe/planning/policies/";
    private static final DocumentReader<Policy> READER = reader();

    /** The policies shipped in this jar, by id. */
    public static final List<String> BUNDLED_IDS = List.of("current-practice", "responsive");

    private Policies() {}

    /** Reads and checks a policy file, reporting every problem. */
    public static ReadResult<Policy> check(Path path) {
        return READER.check(path);
    }

    /** Reads and checks a policy from a stream, which is not closed. */
    public static ReadResult<Policy> check(InputStream in, Format format, String source) {
        return READER.check(in, format, source);
    }

    /**
     * Reads and checks a policy file.
     *
     * @throws InvalidInputException listing every problem
     */
    public static Policy read(Path path) {
        return READER.read(path);
    }

    /**
     * A policy named by a file path, or by a bundled id (e.g. {@code responsive}) when no such file exists: what a
     * command line's {@code --policy} accepts.
     */
    public static ReadResult<Policy> resolve(String fileOrId) {
        Path path = Path.of(fileOrId);
        if (BUNDLED_IDS.contains(fileOrId) && !java.nio.file.Files.exists(path)) {
            return new ReadResult<>(fileOrId, bundled(fileOrId), List.of());
        }
        return check(path);
    }

    /**
     * A bundled policy by id (e.g. {@code responsive}), if there is one. Cheap: each is read and checked once per
     * JVM, on first use, and the same immutable policy is returned after that (so a planner's compiled matrix, kept
     * by policy, is reused too).
     */
    public static Optional<Policy> bundled(String id) {
        if (!BUNDLED_IDS.contains(id)) {
            return Optional.empty();
        }
        List<Policy> versions = bundledVersions(id);
        return Optional.of(versions.get(versions.size() - 1));
    }

    /**
     * Every bundled version of the policy {@code id}, oldest first (empty for an id that is not bundled). A version
     * that has made decisions is never changed: a change is a new version, and plans made under the old one stay
     * reproducible.
     */
    public static List<Policy> bundledVersions(String id) {
        if (!BUNDLED_IDS.contains(id)) {
            return List.of();
        }
        return BUNDLED_POLICIES.computeIfAbsent(id, Policies::readBundled);
    }

    // Each bundled id's files, oldest version first.
    private static final java.util.Map<String, List<String>> BUNDLED_FILES = java.util.Map.of(
            "current-practice", List.of("current-practice.yaml", "current-practice-1.1.yaml"),
            "responsive", List.of("responsive.yaml", "responsive-1.1.yaml"));

    private static final java.util.concurrent.ConcurrentMap<String, List<Policy>> BUNDLED_POLICIES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static List<Policy> readBundled(String id) {
        List<Policy> versions = new java.util.ArrayList<>();
        for (String file : BUNDLED_FILES.get(id)) {
            try (InputStream in = Policies.class.getResourceAsStream(BUNDLED + file)) {
                versions.add(check(in, Format.YAML, file).orThrow());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(versions);
    }

    private static DocumentReader<Policy> reader() {
        try (InputStream schema =
                Policies.class.getResourceAsStream("/org/caseframe/planning/policy-1.0.schema.json")) {
            return DocumentReader.of(Policy.class, schema, Policies::semantics, ReadLimits.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Problem> semantics(Policy policy) {
        List<Problem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<String> factorKeys =
                Arrays.stream(Factor.values()).map(Factor::key).toList();
        for (int r = 0; r < policy.rules().size(); r++) {
            Policy.Rule rule = policy.rules().get(r);
            String at = "/rules/" + r;
            if (!ids.add(rule.id())) {
                problems.add(new Problem(
                        at + "/id", ProblemCode.DUPLICATE_ID, "rule id \"" + rule.id() + "\" is used more than once"));
            }
            for (Map.Entry<String, Policy.Condition> e : rule.when().entrySet()) {
                String pointer = at + "/when/" + e.getKey();
                Optional<Factor> factor = Factor.ofKey(e.getKey());
                if (factor.isEmpty()) {
                    problems.add(new Problem(
                            pointer,
                            ProblemCode.UNKNOWN_FIELD,
                            "no factor is called \"" + e.getKey() + "\"" + Suggestions.hint(e.getKey(), factorKeys)));
                } else {
                    condition(problems, policy, pointer, factor.get(), e.getValue());
                }
            }
        }
        vocabulary(problems, policy);
        if (problems.isEmpty()) {
            reachabilityAndConflicts(problems, policy);
        }
        return problems;
    }

    /** At most this many controls, and this many interventions, in one policy: the fast path's bit sets. */
    public static final int MAX_TYPES = 64;

    /** At most this many controls with a number of contacts a week in one policy. */
    public static final int MAX_NUMBERED_CONTROLS = 16;

    /**
     * Every control and intervention a rule names is in the vocabulary (the bundled one or the policy's own), the
     * policy's own do not redefine bundled ones, and their owners are owners the vocabulary knows.
     */
    private static void vocabulary(List<Problem> problems, Policy policy) {
        org.caseframe.planning.plan.Vocabulary bundled = org.caseframe.planning.plan.Vocabulary.bundled();
        policy.vocabulary()
                .forEach((kind, byCode) -> byCode.forEach((code, term) -> {
                    String at = "/vocabulary/" + kind + "/" + code;
                    if (bundled.term(kind, code).isPresent()) {
                        problems.add(new Problem(
                                at,
                                ProblemCode.DUPLICATE_ID,
                                "the bundled vocabulary already has the " + kind + " \"" + code + "\" ("
                                        + bundled.label(kind, code) + "); use it, or give yours another code"));
                    }
                    term.owner()
                            .filter(o -> bundled.term("owner", o).isEmpty())
                            .ifPresent(o -> problems.add(new Problem(
                                    at + "/owner",
                                    ProblemCode.INVALID_VALUE,
                                    "no owner is called \"" + o + "\"" + Suggestions.hint(o, bundled.codes("owner")))));
                }));
        List<String> controls = policy.words().codes("control");
        List<String> interventions = policy.words().codes("intervention");
        Set<String> numbered = new HashSet<>();
        for (int r = 0; r < policy.rules().size(); r++) {
            Policy.Outcome then = policy.rules().get(r).then();
            for (int c = 0; c < then.controls().size(); c++) {
                Policy.ControlSpec spec = then.controls().get(c);
                known(
                        problems,
                        "/rules/" + r + "/then/controls/" + c + "/type",
                        "control",
                        spec.type().code(),
                        controls);
                if (spec.perWeek().isPresent()) {
                    numbered.add(spec.type().code());
                }
            }
            for (int i = 0; i < then.interventions().size(); i++) {
                known(
                        problems,
                        "/rules/" + r + "/then/interventions/" + i,
                        "intervention",
                        then.interventions().get(i).code(),
                        interventions);
            }
        }
        if (controls.size() > MAX_TYPES || interventions.size() > MAX_TYPES) {
            problems.add(new Problem(
                    "/vocabulary",
                    ProblemCode.LIMIT_EXCEEDED,
                    "a policy may use at most " + MAX_TYPES + " controls and " + MAX_TYPES
                            + " interventions, the bundled ones included; this one has " + controls.size() + " and "
                            + interventions.size()));
        }
        if (numbered.size() > MAX_NUMBERED_CONTROLS) {
            problems.add(new Problem(
                    "/rules",
                    ProblemCode.LIMIT_EXCEEDED,
                    "at most " + MAX_NUMBERED_CONTROLS + " controls may give a number a week; this policy numbers "
                            + numbered.size()));
        }
    }

    private static void known(List<Problem> problems, String pointer, String kind, String code, List<String> codes) {
        if (!codes.contains(code)) {
            problems.add(new Problem(
                    pointer,
                    ProblemCode.INVALID_VALUE,
                    "\"" + code + "\" is not " + (kind.startsWith("i") ? "an " : "a ") + kind + " in the vocabulary"
                            + Suggestions.hint(code, codes) + "; a new " + kind
                            + " needs a label and description under vocabulary: " + kind + ":"));
        }
    }

    private static void condition(List<Problem> problems, Policy policy, String pointer, Factor f, Policy.Condition c) {
        if (f.numeric()) {
            boolean unknownOnly =
                    c.in().map(v -> v.equals(List.of(Factor.UNKNOWN))).orElse(true);
            boolean mixed = c.in().isPresent()
                    && (c.monthsAtLeast().isPresent() || c.monthsBelow().isPresent());
            if (!unknownOnly
                    || mixed
                    || c.atLeast().isPresent()
                    || c.atMost().isPresent()
                    || c.below().isPresent()) {
                problems.add(new Problem(
                        pointer,
                        ProblemCode.INVALID_VALUE,
                        f.key() + " is a number of months: use"
                                + " monthsAtLeast and monthsBelow, or in: [UNKNOWN] alone for months not known"));
            }
            c.monthsAtLeast().ifPresent(v -> months(problems, policy, pointer + "/monthsAtLeast", v));
            c.monthsBelow().ifPresent(v -> months(problems, policy, pointer + "/monthsBelow", v));
            if (c.matchesUnknown()
                    && (c.monthsBelow().isEmpty() || c.monthsAtLeast().isPresent())) {
                problems.add(new Problem(
                        pointer + "/orUnknown",
                        ProblemCode.INVALID_VALUE,
                        "orUnknown goes with monthsBelow alone: fewer months, or months not known"));
            }
            return;
        }
        if (c.matchesUnknown() && (c.atLeast().isEmpty() || c.in().isPresent())) {
            problems.add(new Problem(
                    pointer + "/orUnknown",
                    ProblemCode.INVALID_VALUE,
                    "orUnknown goes with atLeast: at least that level, or not assessed (use in: [UNKNOWN] otherwise)"));
        }
        if (c.monthsAtLeast().isPresent() || c.monthsBelow().isPresent()) {
            problems.add(new Problem(
                    pointer,
                    ProblemCode.INVALID_VALUE,
                    f.key() + " is a level, not a number of months: use in, atLeast, atMost or below"));
        }
        if (f.kind() != Factor.Kind.RISK
                && (c.atLeast().isPresent()
                        || c.atMost().isPresent()
                        || c.below().isPresent())) {
            problems.add(new Problem(
                    pointer,
                    ProblemCode.INVALID_VALUE,
                    f.key() + " has no order of risk: use in with the values meant"));
        }
        List<String> allowed = new ArrayList<>(f.levels());
        allowed.add(Factor.UNKNOWN);
        c.in().ifPresent(values -> {
            for (int i = 0; i < values.size(); i++) {
                value(problems, pointer + "/in/" + i, f, values.get(i), allowed);
            }
        });
        c.atLeast().ifPresent(v -> value(problems, pointer + "/atLeast", f, v, f.levels()));
        c.atMost().ifPresent(v -> value(problems, pointer + "/atMost", f, v, f.levels()));
        c.below().ifPresent(v -> value(problems, pointer + "/below", f, v, f.levels()));
    }

    private static void value(List<Problem> problems, String pointer, Factor f, String v, List<String> allowed) {
        if (!allowed.contains(v)) {
            problems.add(new Problem(
                    pointer,
                    ProblemCode.INVALID_VALUE,
                    "\"" + v + "\" is not a value of " + f.key() + " (expected one of: " + String.join(", ", allowed)
                            + ")" + Suggestions.hint(v, allowed)));
        }
    }

    private static void months(List<Problem> problems, Policy policy, String pointer, String v) {
        if (v.startsWith("$")) {
            String name = v.substring(1);
            if (!policy.thresholds().containsKey(name)) {
                problems.add(new Problem(
                        pointer,
                        ProblemCode.UNRESOLVED_REFERENCE,
                        "no threshold is called \"" + name + "\""
                                + Suggestions.hint(name, policy.thresholds().keySet())));
            }
        } else if (!v.matches("\\d{1,4}") || Integer.parseInt(v) > 1200) {
            problems.add(new Problem(
                    pointer,
                    ProblemCode.INVALID_VALUE,
                    "\"" + v + "\" is not a number of months from 0 to 1200 or a $threshold"));
        }
    }

    private static void reachabilityAndConflicts(List<Problem> problems, Policy policy) {
        List<CompiledRule> compiled = new ArrayList<>();
        org.caseframe.planning.internal.TypeIndex index = org.caseframe.planning.internal.TypeIndex.of(policy);
        for (Policy.Rule rule : policy.rules()) {
            compiled.add(CompiledRule.of(index, policy, rule));
        }
        for (int i = 0; i < compiled.size(); i++) {
            if (!compiled.get(i).reachable()) {
                problems.add(new Problem(
                        "/rules/" + i + "/when",
                        ProblemCode.UNREACHABLE,
                        "rule " + compiled.get(i).rule.id()
                                + " can never fire: no profile satisfies all its conditions"));
            }
        }
        for (int i = 0; i < compiled.size(); i++) {
            for (int j = i + 1; j < compiled.size(); j++) {
                Optional<Policy.Nsd> a = compiled.get(i).rule.then().nsd();
                Optional<Policy.Nsd> b = compiled.get(j).rule.then().nsd();
                if (a.isPresent()
                        && b.isPresent()
                        && a.get().managed() != b.get().managed()
                        && compiled.get(i).overlaps(compiled.get(j))) {
                    problems.add(new Problem(
                            "/rules/" + j + "/then/nsd",
                            ProblemCode.CONFLICT,
                            "rule "
                                    + compiled.get(j).rule.id() + " and rule "
                                    + compiled.get(i).rule.id()
                                    + " can fire together but disagree on NSD management; narrow one of them"));
                }
            }
        }
    }
}
