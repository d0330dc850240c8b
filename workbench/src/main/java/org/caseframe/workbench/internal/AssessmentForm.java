package org.caseframe.workbench.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.AssessmentStatus;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.model.Evidence;
import org.caseframe.core.model.HandlingRestriction;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.model.ItemRating;
import org.caseframe.core.model.ProtectiveMarking;
import org.caseframe.core.model.RatingScale;
import org.caseframe.core.validation.Problem;
import org.caseframe.report.view.ReportAudience;
import org.caseframe.report.view.ReportKind;

/**
 * The assessment form's model, generated from the instrument definition: one field group per item, judgement and
 * formulation section, each with the problems that point at it. Values come from the form being re-shown when a save
 * was refused, else from the assessment.
 */
record AssessmentForm(
        String file,
        String caseId,
        String id,
        String instrument,
        String status,
        String assessor,
        String stamp,
        String done,
        boolean hasProblems,
        List<Field> summary,
        List<ItemGroup> items,
        List<ItemGroup> judgements,
        List<Section> sections,
        boolean openAllowed,
        String openHint,
        List<OpenRow> openItems,
        boolean draft,
        boolean complete,
        List<Link> formulations) {

    public boolean hasFormulations() {
        return !formulations.isEmpty();
    }

    public boolean hasJudgements() {
        return !judgements.isEmpty();
    }

    public boolean hasSections() {
        return !sections.isEmpty();
    }

    /** A problem in the summary, linking to its field. */
    record Field(String anchor, String message) {}

    record Choice(String value, String label, String id, boolean checked) {}

    record ItemGroup(
            String key,
            String anchor,
            String label,
            String hint,
            boolean withheld,
            String withheldNote,
            List<Choice> levels,
            String rationale,
            List<Choice> markings,
            List<Choice> evidence,
            boolean hasEvidence,
            List<String> errors,
            boolean hasErrors) {}

    record Section(String key, String anchor, String label, String text, List<String> errors, boolean hasErrors) {}

    record Link(String label, String href) {}

    /** A case-specific ("+") factor: an existing one to edit, or the empty row that adds one. */
    record OpenRow(
            String key,
            String anchor,
            String id,
            String heading,
            String label,
            List<Choice> levels,
            String rationale,
            boolean withheld,
            List<String> errors,
            boolean hasErrors) {}

    static boolean visible(ReportAudience role, Optional<ProtectiveMarking> marking, Optional<HandlingRestriction> h) {
        return role.audience().clearance().covers(marking.orElse(ProtectiveMarking.OFFICIAL))
                && h.map(x -> role.audience().permittedRestrictions().contains(x))
                        .orElse(true);
    }

    static AssessmentForm of(
            CaseLibrary.Entry e,
            CaseFile c,
            Assessment a,
            InstrumentDefinition d,
            ReportAudience role,
            Map<String, List<String>> form,
            List<Problem> problems,
            String done) {
        Map<String, List<String>> errors = errorsByField(problems);
        List<Field> summary = new ArrayList<>();
        problems.forEach(p ->
                summary.add(new Field("#" + anchor(fieldOf(p.pointer())), p.message() + " (" + p.pointer() + ")")));
        boolean reshow = !form.isEmpty();
        List<Evidence> evidence = c.evidence().stream()
                .filter(ev -> visible(role, Optional.of(ev.marking()), ev.handling()))
                .toList();
        List<ItemGroup> items = new ArrayList<>();
        for (var item : d.items()) {
            String key = "rating." + item.id();
            ItemRating r = a.ratings().get(item.id());
            boolean withheld = r != null && !visible(role, r.rationaleMarking(), r.rationaleHandling());
            String level = reshow ? value(form, key + ".level") : r == null ? "" : r.level();
            String rationale = reshow
                    ? value(form, key + ".rationale")
                    : r == null ? "" : r.rationale().orElse("");
            String marking = reshow
                    ? value(form, key + ".marking")
                    : r == null ? "" : r.rationaleMarking().map(Enum::name).orElse("");
            List<String> chosen =
                    reshow ? form.getOrDefault(key + ".evidence", List.of()) : r == null ? List.of() : r.evidence();
            List<String> errs = errors.getOrDefault(key, List.of());
            items.add(new ItemGroup(
                    key,
                    anchor(key),
                    item.id() + " " + item.label(),
                    item.description(),
                    withheld,
                    withheld
                            ? "This rating is marked above what a "
                                    + role.audience().name() + " may see; it is kept exactly as it is."
                            : "",
                    levels(d.scale(item.scale()), key, level),
                    rationale,
                    markings(role, key, marking),
                    evidence.stream()
                            .map(ev -> new Choice(
                                    ev.id(),
                                    ev.id() + ": " + shorten(ev.text()),
                                    anchor(key) + "-ev-" + ev.id(),
                                    chosen.contains(ev.id())))
                            .toList(),
                    !evidence.isEmpty(),
                    errs,
                    !errs.isEmpty()));
        }
        List<ItemGroup> judgements = new ArrayList<>();
        for (var j : d.judgements()) {
            String key = "judgement." + j.id();
            var old = a.judgements().get(j.id());
            boolean withheld = old != null && !visible(role, old.marking(), old.handling());
            String level = reshow ? value(form, key + ".level") : old == null ? "" : old.level();
            String rationale = reshow
                    ? value(form, key + ".rationale")
                    : old == null ? "" : old.rationale().orElse("");
            List<String> errs = errors.getOrDefault(key, List.of());
            judgements.add(new ItemGroup(
                    key,
                    anchor(key),
                    j.label(),
                    j.rationaleRequired() ? "Give the reasons." : "",
                    withheld,
                    withheld ? "Marked above what this role may see; kept exactly as it is." : "",
                    levels(d.scale(j.scale()), key, level),
                    rationale,
                    List.of(),
                    List.of(),
                    false,
                    errs,
                    !errs.isEmpty()));
        }
        List<Section> sections = new ArrayList<>();
        for (var s : d.formulationSections()) {
            String key = "formulation." + s.id();
            var old = a.formulation().get(s.id());
            String text = reshow ? value(form, key) : old == null ? "" : old.text();
            List<String> errs = errors.getOrDefault(key, List.of());
            sections.add(new Section(
                    key, anchor(key), s.label() + (s.required() ? "" : " (optional)"), text, errs, !errs.isEmpty()));
        }
        List<OpenRow> open = new ArrayList<>();
        if (d.openItems().isPresent()) {
            var policy = d.openItems().get();
            int n = 0;
            for (var o : a.openItems()) {
                String key = "open." + n;
                boolean withheld = !visible(role, o.marking(), o.handling());
                String label = reshow ? value(form, key + ".label") : o.label();
                String level = reshow ? value(form, key + ".level") : o.level();
                String rationale =
                        reshow ? value(form, key + ".rationale") : o.rationale().orElse("");
                List<String> errs = errors.getOrDefault(key, List.of());
                open.add(new OpenRow(
                        key,
                        anchor(key),
                        o.id(),
                        "Factor " + o.id(),
                        withheld ? "" : label,
                        withheld ? List.of() : levels(d.scale(policy.scale()), key, level),
                        withheld ? "" : rationale,
                        withheld,
                        errs,
                        !errs.isEmpty()));
                n++;
            }
            if (a.openItems().size() < policy.max()) {
                String key = "open." + n;
                open.add(new OpenRow(
                        key,
                        anchor(key),
                        "",
                        "Add a case-specific factor (optional)",
                        reshow ? value(form, key + ".label") : "",
                        levels(d.scale(policy.scale()), key, reshow ? value(form, key + ".level") : ""),
                        reshow ? value(form, key + ".rationale") : "",
                        false,
                        List.of(),
                        false));
            }
        }
        List<Link> formulations = new ArrayList<>();
        if (a.status() != AssessmentStatus.DRAFT && d.id().equals(ReportKind.FORMULATION_INSTRUMENT)) {
            for (ReportAudience audience : Server.audiencesFor(role)) {
                formulations.add(new Link(
                        "Formulation for the " + audience.audience().name() + " (PDF)",
                        "/cases/" + e.name() + "/assessments/" + a.id() + "/formulation/" + audience.name()));
            }
        }
        return new AssessmentForm(
                e.name(),
                c.subject().id(),
                a.id(),
                d.title() + " (" + d.id() + "@" + d.version() + ")",
                CasePage.words(a.status().name()),
                reshow ? value(form, "assessor") : a.assessor().name(),
                CaseLibrary.stamp(e.file()),
                done,
                !problems.isEmpty(),
                summary,
                items,
                judgements,
                sections,
                d.openItems().isPresent(),
                d.openItems()
                        .map(o -> "Factors particular to this case (the \"+\" of the guidance), at most " + o.max()
                                + "; clear a factor's name to remove it.")
                        .orElse(""),
                open,
                a.status() == AssessmentStatus.DRAFT,
                a.status() == AssessmentStatus.COMPLETE,
                formulations);
    }

    private static List<Choice> levels(Optional<RatingScale> scale, String name, String chosen) {
        List<Choice> out = new ArrayList<>();
        scale.ifPresent(s -> s.levels()
                .forEach(l -> out.add(new Choice(
                        l.code(),
                        l.label(),
                        anchor(name) + "-" + l.code(),
                        l.code().equals(chosen)))));
        return out;
    }

    private static List<Choice> markings(ReportAudience role, String key, String chosen) {
        List<Choice> out = new ArrayList<>();
        out.add(new Choice("", "OFFICIAL (no higher marking)", anchor(key) + "-marking-none", chosen.isEmpty()));
        Arrays.stream(ProtectiveMarking.values())
                .filter(m -> m != ProtectiveMarking.OFFICIAL
                        && role.audience().clearance().covers(m))
                .forEach(m -> out.add(new Choice(
                        m.name(),
                        m.label(),
                        anchor(key) + "-marking-" + m.name(),
                        m.name().equals(chosen))));
        return out;
    }

    private static String value(Map<String, List<String>> form, String name) {
        return AssessmentEditor.first(form, name).orElse("");
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    /** A field key ("rating.F1") as an element id ("rating-F1"). */
    static String anchor(String key) {
        return key.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** The form field a problem's JSON pointer points into, or "summary" when none. */
    static String fieldOf(String pointer) {
        String[] parts = pointer.split("/");
        // /assessments/N/ratings/ITEM/..., /assessments/N/judgements/ID/..., /assessments/N/formulation/ID/...
        if (parts.length >= 5 && parts[1].equals("assessments")) {
            return switch (parts[3]) {
                case "ratings" -> "rating." + parts[4];
                case "judgements" -> "judgement." + parts[4];
                case "formulation" -> "formulation." + parts[4];
                case "openItems" -> "open." + parts[4];
                default -> "summary";
            };
        }
        return "summary";
    }

    private static Map<String, List<String>> errorsByField(List<Problem> problems) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        problems.forEach(p -> out.computeIfAbsent(fieldOf(p.pointer()), k -> new ArrayList<>())
                .add(p.message()));
        return out;
    }
}
