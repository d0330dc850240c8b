package org.caseframe.report.view;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseframe.planning.matrix.Decisions;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.planning.plan.Vocabulary;
import org.caseframe.planning.standards.Standards;

/**
 * The words reports show for the codes a plan holds, from the versioned data files: the vocabulary, the standards and
 * each policy rule's own description. Codes are shown only in reference lines ({@link #ref(List)}), in smaller type,
 * for readers who look a rule up.
 */
final class Words {
    static final Vocabulary VOCABULARY = Vocabulary.bundled();
    private static final Standards STANDARDS = Standards.bundled();

    private Words() {}

    static String label(String kind, String code) {
        return VOCABULARY.label(kind, code);
    }

    static String label(String kind, Enum<?> code) {
        return VOCABULARY.label(kind, code);
    }

    static String description(String kind, String code) {
        return VOCABULARY.description(kind, code);
    }

    /** What the rules behind a decision say, each description once. */
    static String why(List<Decisions.Reason> reasons) {
        if (reasons.isEmpty()) {
            return "No rule gives this.";
        }
        Set<String> said = new LinkedHashSet<>();
        reasons.forEach(r -> said.add(r.description()));
        return String.join(" ", said);
    }

    /** The policies and rule ids behind a decision, e.g. "responsive@1.1: HII_ENGAGEMENT, HII_INTENT". */
    static String ref(List<Decisions.Reason> reasons) {
        return reasons.stream()
                .collect(Collectors.groupingBy(
                        Decisions.Reason::policy,
                        java.util.LinkedHashMap::new,
                        Collectors.mapping(Decisions.Reason::rule, Collectors.joining(", "))))
                .entrySet()
                .stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
    }

    /** A finding's label, e.g. "Should be looked at: Enquiries missed at a transition". */
    static String finding(SentencePlan.Finding f) {
        return label("severity", f.severity()) + ": " + label("finding", f.code());
    }

    /** The reference line of a finding: the inspection reference and, when it concerns rules, their ids. */
    static String findingRef(SentencePlan.Finding f, String policy) {
        return f.reference() + (f.rules().isEmpty() ? "" : "; " + policy + ": " + String.join(", ", f.rules()));
    }

    /** The words of a contact standard, by its id in the standards file. */
    static String standard(String id) {
        return STANDARDS.standards().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .map(Standards.Standard::description)
                .orElseGet(() -> label("standard", id));
    }

    /** A checkpoint's enquiries in words: needed, recorded and out of date. */
    static String enquiries(SentencePlan.Checkpoint c) {
        return "Needs: " + labels("enquiry", c.requiredEnquiries()) + "."
                + (c.recordedEnquiries().isEmpty()
                        ? ""
                        : " Recorded: " + labels("enquiry", c.recordedEnquiries()) + ".")
                + (c.outOfDateEnquiries().isEmpty()
                        ? ""
                        : " Out of date: "
                                + String.join(
                                        ", ",
                                        c.outOfDateEnquiries().stream()
                                                .map(VOCABULARY::enquiryMade)
                                                .toList())
                                + ".");
    }

    static String labels(String kind, List<String> codes) {
        return codes.stream().map(c -> label(kind, c)).collect(Collectors.joining(", "));
    }

    /** The texts as sentences, each ending with a full stop, joined by spaces. */
    static String sentences(List<String> texts) {
        return texts.stream()
                .filter(t -> !t.isBlank())
                .map(t -> t.endsWith(".") ? t : t + ".")
                .collect(Collectors.joining(" "));
    }

    /** {@code n} and the noun, singular or plural. */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
