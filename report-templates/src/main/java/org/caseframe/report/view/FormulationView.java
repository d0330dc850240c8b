package org.caseframe.report.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.Audience;
import org.caseframe.core.model.Domain;
import org.caseframe.core.model.Evidence;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.model.Item;
import org.caseframe.core.model.ItemRating;
import org.caseframe.core.model.Narratives;
import org.caseframe.core.model.OpenItem;
import org.caseframe.core.model.PersonName;
import org.caseframe.core.model.ProtectiveMarking;
import org.caseframe.core.model.RiskScenario;
import org.caseframe.core.redaction.Redaction;
import org.caseframe.instruments.AssessedCase;

/**
 * The formulation report for one audience, built from a structured-judgement assessment through the redaction stage:
 * evidence and narrative the audience may not see never enter the view, only a line saying what was withheld at which
 * marking (or a sanitised version written for a wider audience). Templates see nothing else, so they cannot leak
 * what is not in the view. Field names are the template's names.
 *
 * @param title the document title
 * @param marking the highest marking of anything included, at least OFFICIAL
 * @param markingReason why it is marked so, naming the item that set it
 * @param audience who it is for
 * @param subjectId the pseudonymous id
 * @param names the subject's names, each with its language for direction
 * @param instrument the instrument and version
 * @param assessor who made the assessment and when
 * @param status draft, complete or countersigned
 * @param domains factors by domain
 * @param openItems the case-specific ("+") factors
 * @param openItemsAny whether there are any
 * @param judgements the assessor's summary judgements
 * @param formulation the formulation sections
 * @param scenarios risk scenarios
 * @param withheld one line for each kind of material withheld at each marking, e.g. "1 rationale marked SECRET
 *     withheld (handling restriction: managers only)"
 * @param withheldAny whether anything was withheld
 * @param chart the domain profile chart
 */
public record FormulationView(
        String title,
        String marking,
        String markingReason,
        String audience,
        String subjectId,
        List<Name> names,
        String instrument,
        String assessor,
        String status,
        List<DomainView> domains,
        List<FactorView> openItems,
        boolean openItemsAny,
        List<Labelled> judgements,
        List<Labelled> formulation,
        List<Labelled> scenarios,
        List<String> withheld,
        boolean withheldAny,
        DomainProfileChart chart) {

    /**
     * A name with its language tag and direction, what kind of name it is, and whether it is the last of the list.
     *
     * @param value the name
     * @param lang its language tag
     * @param dir its direction, {@code ltr} or {@code rtl}
     * @param use what kind of name it is in words, e.g. "alias"
     * @param last whether it is the last name listed
     */
    public record Name(String value, String lang, String dir, String use, boolean last) {}

    /** A domain and its factors. */
    public record DomainView(String label, List<FactorView> factors) {}

    /** One rated factor with the evidence this audience may see. */
    public record FactorView(String id, String label, String rating, String rationale, List<EvidenceView> evidence) {}

    /** One piece of evidence. */
    public record EvidenceView(String id, String text, String source, String date, String marking) {}

    /** A heading and its text. */
    public record Labelled(String label, String text) {}

    /** The view of {@code assessment} for {@code audience}. */
    public static FormulationView of(
            AssessedCase caseFile, InstrumentDefinition definition, Assessment assessment, Audience audience) {
        if (!definition.ref().equals(assessment.instrument())) {
            throw new IllegalArgumentException("assessment " + assessment.id() + " was made under "
                    + assessment.instrument() + ", not " + definition.ref());
        }
        Redaction redaction = caseFile.redaction(audience);
        Narratives narratives = caseFile.narratives();
        // The ratings themselves say something about the person: OFFICIAL-SENSITIVE, whatever they rest on.
        redaction.include(ProtectiveMarking.OFFICIAL_SENSITIVE, "factor ratings of " + assessment.instrument());
        List<DomainView> domains = new ArrayList<>();
        for (Domain domain : definition.domains()) {
            List<FactorView> factors = new ArrayList<>();
            for (Item item : definition.itemsIn(domain.id())) {
                Optional<ItemRating> rating = assessment.rating(item.id());
                String level = rating.flatMap(
                                r -> definition.scale(item.scale()).flatMap(s -> s.level(r.level())))
                        .map(l -> l.label())
                        .orElse("Not rated");
                factors.add(new FactorView(
                        item.id(),
                        item.label(),
                        level,
                        redaction
                                .text(narratives.rationale(assessment, item.id()))
                                .orElse(""),
                        evidence(redaction, rating.map(ItemRating::evidence).orElse(List.of()))));
            }
            domains.add(new DomainView(domain.label(), factors));
        }
        List<FactorView> openItems = new ArrayList<>();
        for (int i = 0; i < assessment.openItems().size(); i++) {
            OpenItem o = assessment.openItems().get(i);
            String level = definition
                    .openItems()
                    .flatMap(p -> definition.scale(p.scale()))
                    .flatMap(s -> s.level(o.level()))
                    .map(l -> l.label())
                    .orElse(o.level());
            Optional<Narratives.Text> text = narratives.openItem(assessment, i);
            Redaction.Shown shown = redaction.text(text.orElseThrow());
            openItems.add(new FactorView(
                    o.id(),
                    shown.full() ? o.label() : "Case-specific factor",
                    level,
                    shown.full() ? o.rationale().orElse("") : shown.text(),
                    evidence(redaction, o.evidence())));
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
                                        + redaction
                                                .text(narratives.judgement(assessment, j.id()))
                                                .map(r -> ": " + r)
                                                .orElse(""))
                                .orElse("Not given")))
                .toList();
        List<Labelled> formulation = definition.formulationSections().stream()
                .filter(s -> assessment.formulation().containsKey(s.id()))
                .map(s -> new Labelled(
                        s.label(),
                        redaction
                                .text(narratives.formulation(assessment, s.id()))
                                .orElse("")))
                .toList();
        List<Labelled> scenarios = new ArrayList<>();
        for (int i = 0; i < assessment.scenarios().size(); i++) {
            RiskScenario s = assessment.scenarios().get(i);
            Redaction.Shown shown =
                    redaction.text(narratives.scenario(assessment, i).orElseThrow());
            scenarios.add(
                    shown.full()
                            ? new Labelled(s.title(), s.description())
                            : new Labelled("Scenario " + (i + 1), shown.text()));
        }
        Redaction.Summary done = redaction.summary();
        List<PersonName> given = caseFile.subject().names();
        List<Name> names = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            names.add(name(given.get(i), i == given.size() - 1));
        }
        return new FormulationView(
                definition.title() + " - formulation report",
                done.marking().label(),
                done.explained(),
                audience.name(),
                caseFile.subject().id(),
                names,
                definition.ref().toString(),
                assessment.assessor().name() + ", " + assessment.assessor().role() + " ("
                        + assessment.completed().map(Object::toString).orElse("in progress") + ")",
                Words.label("assessmentStatus", assessment.status()),
                domains,
                openItems,
                !openItems.isEmpty(),
                judgements,
                formulation,
                scenarios,
                done.withheld(),
                done.withheldAny(),
                DomainProfileChart.of(definition, assessment));
    }

    private static List<EvidenceView> evidence(Redaction redaction, List<String> ids) {
        List<EvidenceView> out = new ArrayList<>();
        for (String id : ids) {
            redaction.evidence(id).ifPresent(e -> out.add(view(e)));
        }
        return out;
    }

    private static EvidenceView view(Evidence e) {
        return new EvidenceView(
                e.id(),
                e.text(),
                Words.label("source", e.source()),
                e.date().toString(),
                e.marking().label());
    }

    private static Name name(PersonName n, boolean last) {
        String lang = n.lang().orElse("en-GB");
        boolean rtl = lang.startsWith("ar") || lang.startsWith("ur") || lang.startsWith("fa") || lang.startsWith("he");
        return new Name(n.value(), lang, rtl ? "rtl" : "ltr", Words.label("nameUse", n.use()), last);
    }
}
