package org.caseframe.workbench.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.caseframe.core.model.Cohort;
import org.caseframe.core.validation.Problem;
import org.caseframe.planning.plan.SentencePlan;
import org.caseframe.planning.plan.Vocabulary;

/** The cases list: every file with its validity, cohort, NSD, MAPPA, next review and findings; filtered, sorted. */
record CasesPage(
        String directory,
        String policy,
        int count,
        long invalid,
        boolean hasInvalid,
        int shown,
        String q,
        List<Option> cohorts,
        List<Option> sorts,
        List<Row> rows) {

    record Option(String value, String label, boolean selected) {}

    record Row(
            String file,
            String id,
            boolean valid,
            String cohort,
            String cohortCode,
            String nsd,
            String mappa,
            String nextReview,
            int findings,
            List<Problem> problems) {}

    static final List<String> SORTS = List.of("file", "review", "findings", "mappa");

    static CasesPage of(CaseLibrary library, String q, String cohort, String sort) {
        Vocabulary words = Vocabulary.bundled();
        List<Row> all = library.all().stream().map(e -> row(e, words)).toList();
        String query = q == null ? "" : q.strip();
        String wanted = cohort == null ? "" : cohort;
        String by = sort != null && SORTS.contains(sort) ? sort : "file";
        Stream<Row> rows = all.stream()
                .filter(r -> query.isEmpty()
                        || (r.id() + " " + r.file()).toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT)))
                .filter(r -> wanted.isEmpty() || r.cohortCode().equals(wanted));
        Comparator<Row> order = switch (by) {
            case "review" -> Comparator.comparing(Row::nextReview);
            case "findings" -> Comparator.comparingInt(Row::findings).reversed();
            case "mappa" -> Comparator.comparing(Row::mappa).reversed();
            default -> Comparator.comparing(Row::file);
        };
        List<Row> shown = rows.sorted(order.thenComparing(Row::file)).toList();
        List<Option> cohorts = Stream.concat(
                        Stream.of(new Option("", "Any cohort", wanted.isEmpty())),
                        Stream.of(Cohort.values())
                                .map(c -> new Option(
                                        c.name(),
                                        words.label("cohort", c),
                                        c.name().equals(wanted))))
                .toList();
        List<Option> sorts = List.of(
                new Option("file", "File name", by.equals("file")),
                new Option("review", "Next review, soonest first", by.equals("review")),
                new Option("findings", "Findings, most first", by.equals("findings")),
                new Option("mappa", "MAPPA level, highest first", by.equals("mappa")));
        return new CasesPage(
                library.directory().toString(),
                library.policy().ref(),
                all.size(),
                all.stream().filter(r -> !r.valid()).count(),
                all.stream().anyMatch(r -> !r.valid()),
                shown.size(),
                query,
                cohorts,
                sorts,
                shown);
    }

    private static Row row(CaseLibrary.Entry e, Vocabulary words) {
        if (e.loaded().isEmpty()) {
            return new Row(e.name(), e.name(), false, "", "", "", "", "", 0, Problem.atMostReported(e.problems()));
        }
        CaseLibrary.Loaded l = e.loaded().get();
        SentencePlan plan = l.plan();
        return new Row(
                e.name(),
                l.assessed().subject().id(),
                true,
                words.label("cohort", l.assessed().cohort()),
                l.assessed().cohort().name(),
                plan.nsd().managed() ? "NSD-managed" : "Not NSD-managed",
                mappa(plan),
                nextReview(plan).map(LocalDate::toString).orElse("none"),
                plan.findings().size(),
                List.of());
    }

    static String mappa(SentencePlan plan) {
        return plan.mappa()
                .map(m -> "Level " + m.level() + " (category " + m.category() + ")")
                .orElse("Not MAPPA-managed");
    }

    static java.util.Optional<LocalDate> nextReview(SentencePlan plan) {
        return plan.mappa()
                .map(SentencePlan.Mappa::reviewDate)
                .or(() -> plan.reviews().stream().findFirst());
    }
}
