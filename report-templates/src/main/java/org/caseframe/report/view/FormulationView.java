package org.caseframe.report.view;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.Audience;
import org.caseframe.core.model.Domain;
import org.caseframe.core.model.Evidence;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.model.Item;
import org.caseframe.core.model.ItemRating;
import org.caseframe.core.model.NarrativeMarking;
import org.caseframe.core.model.PersonName;
import org.caseframe.core.model.ProtectiveMarking;
import org.caseframe.instruments.AssessedCase;

/**
 * The formulation report for one audience, built from a structured-judgement assessment. Redaction happens here:
 * evidence the audience may not see never enters the view, only a count of what was withheld and at which marking.
 * Templates see nothing else, so they cannot leak what is not in the view. Field names are the template's names.
 *
 * @param title the document title
 * @param marking the highest marking of anything included, at least OFFICIAL
 * @param audience who it is for
 * @param subjectId the pseudonymous id
 * @param names the subject's names, each with its language for direction
 * @param instrument the instrument and version
 * @param assessor who made the assessment and when
 * @param status draft, complete or countersigned
 * @param domains factors by domain
 * @param judgements the assessor's summary judgements
 * @param formulation the formulation sections
 * @param scenarios risk scenarios
 * @param withheld evidence withheld from this audience, by marking
 * @param withheldText narrative withheld from this audience (rationales written from material it may not see), by kind
 *     and marking with handling restrictions named as such
 * @param withheldAny whether anything was withheld
 * @param chart the domain profile chart
 */
public record FormulationView(
        String title,
        String marking,
        String audience,
        String subjectId,
        List<Name> names,
        String instrument,
        String assessor,
        String status,
        List<DomainView> domains,
        List<Labelled> judgements,
        List<Labelled> formulation,
        List<Labelled> scenarios,
        List<Withheld> withheld,
        List<WithheldText> withheldText,
        boolean withheldAny,
        DomainProfileChart chart) {

    /** A name with its language tag and direction. */
    public record Name(String value, String lang, String dir) {}

    /** A domain and its factors. */
    public record DomainView(String label, List<FactorView> factors) {}

    /** One rated factor with the evidence this audience may see. */
    public record FactorView(String id, String label, String rating, String rationale, List<EvidenceView> evidence) {}

    /** One piece of evidence. */
    public record EvidenceView(String id, String text, String source, String date, String marking) {}

    /** A heading and its text. */
    public record Labelled(String label, String text) {}

    /** How many pieces of narrative of one kind were withheld at one marking, e.g. "2 rationales, SECRET, managers only". */
    public record WithheldText(int count, String what, String marking) {}

    /** How many items were withheld at one marking. */
    public record Withheld(String marking, int count) {}

    /** The view of {@code assessment} for {@code audience}. */
    public static FormulationView of(
            AssessedCase caseFile, InstrumentDefinition definition, Assessment assessment, Audience audience) {
        if (!definition.ref().equals(assessment.instrument())) {
            throw new IllegalArgumentException("assessment " + assessment.id() + " was made under "
                    + assessment.instrument() + ", not " + definition.ref());
        }
        ProtectiveMarking highest = ProtectiveMarking.OFFICIAL;
        Map<ProtectiveMarking, java.util.Set<String>> withheld = new EnumMap<>(ProtectiveMarking.class);
        Map<String, Integer> withheldText = new java.util.TreeMap<>();
        List<DomainView> domains = new ArrayList<>();
        for (Domain domain : definition.domains()) {
            List<FactorView> factors = new ArrayList<>();
            for (Item item : definition.itemsIn(domain.id())) {
                Optional<ItemRating> rating = assessment.rating(item.id());
                String level = rating.flatMap(
                                r -> definition.scale(item.scale()).flatMap(s -> s.level(r.level())))
                        .map(l -> l.label())
                        .orElse("Not rated");
                List<EvidenceView> evidence = new ArrayList<>();
                for (String id : rating.map(ItemRating::evidence).orElse(List.of())) {
                    Optional<Evidence> e = caseFile.evidence(id);
                    if (e.isEmpty()) {
                        continue;
                    }
                    if (audience.maySee(e.get())) {
                        highest = ProtectiveMarking.highest(highest, e.get().marking());
                        evidence.add(new EvidenceView(
                                e.get().id(),
                                e.get().text(),
                                e.get().source().name(),
                                e.get().date().toString(),
                                e.get().marking().label()));
                    } else {
                        withheld.computeIfAbsent(e.get().marking(), m -> new java.util.TreeSet<>())
                                .add(id);
                    }
                }
                String rationale = "";
                if (rating.isPresent() && rating.get().rationale().isPresent()) {
                    NarrativeMarking marked = NarrativeMarking.ofRationale(rating.get(), caseFile::evidence);
                    if (marked.visibleTo(audience)) {
                        highest = ProtectiveMarking.highest(highest, marked.marking());
                        rationale = rating.get().rationale().get();
                    } else {
                        withheldText.merge(marked.describe(), 1, Integer::sum);
                        rationale = "(rationale withheld: " + marked.describe() + ")";
                    }
                }
                factors.add(new FactorView(item.id(), item.label(), level, rationale, evidence));
            }
            domains.add(new DomainView(domain.label(), factors));
        }
        List<Labelled> judgements = definition.judgements().stream()
                .map(j -> new Labelled(
                        j.label(),
                        assessment
                                .judgement(j.id())
                                .map(g -> definition
                                                .scale(j.scale())
                                                .flatMap(s -> s.level(g.level()))
                                                .map(l -> l.label())
                                                .orElse(g.level())
                                        + g.rationale().map(r -> ": " + r).orElse(""))
                                .orElse("Not given")))
                .toList();
        List<Labelled> formulation = definition.formulationSections().stream()
                .filter(s -> assessment.formulation().containsKey(s.id()))
                .map(s -> new Labelled(s.label(), assessment.formulation().get(s.id())))
                .toList();
        List<Labelled> scenarios = assessment.scenarios().stream()
                .map(s -> new Labelled(s.title(), s.description()))
                .toList();
        List<Withheld> withheldView = new ArrayList<>();
        withheld.forEach((m, ids) -> withheldView.add(new Withheld(m.label(), ids.size())));
        List<WithheldText> withheldTextView = new ArrayList<>();
        withheldText.forEach(
                (m, n) -> withheldTextView.add(new WithheldText(n, n == 1 ? "rationale" : "rationales", m)));
        List<Name> names =
                caseFile.subject().names().stream().map(FormulationView::name).toList();
        return new FormulationView(
                definition.title() + " - formulation report",
                highest.label(),
                audience.name(),
                caseFile.subject().id(),
                names,
                definition.ref().toString(),
                assessment.assessor().name() + ", " + assessment.assessor().role() + " ("
                        + assessment.completed().map(Object::toString).orElse("in progress") + ")",
                assessment.status().name(),
                domains,
                judgements,
                formulation,
                scenarios,
                withheldView,
                withheldTextView,
                !withheldView.isEmpty() || !withheldTextView.isEmpty(),
                DomainProfileChart.of(definition, assessment));
    }

    private static Name name(PersonName n) {
        String lang = n.lang().orElse("en-GB");
        boolean rtl = lang.startsWith("ar") || lang.startsWith("ur") || lang.startsWith("fa") || lang.startsWith("he");
        return new Name(n.value(), lang, rtl ? "rtl" : "ltr");
    }
}
