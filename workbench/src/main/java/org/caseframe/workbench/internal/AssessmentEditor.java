package org.caseframe.workbench.internal;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseframe.Caseframe;
import org.caseframe.CheckedCase;
import org.caseframe.DocumentFormat;
import org.caseframe.core.io.ReadResult;
import org.caseframe.core.log.Decision;
import org.caseframe.core.model.Assessment;
import org.caseframe.core.model.AssessmentStatus;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.model.Countersignature;
import org.caseframe.core.model.DecisionType;
import org.caseframe.core.model.FormulationText;
import org.caseframe.core.model.HandlingRestriction;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.model.InstrumentRef;
import org.caseframe.core.model.ItemRating;
import org.caseframe.core.model.Practitioner;
import org.caseframe.core.model.ProtectiveMarking;
import org.caseframe.core.model.SummaryJudgement;
import org.caseframe.core.validation.Problem;
import org.caseframe.report.view.ReportAudience;
import org.caseframe.report.view.ReportKind;
import org.caseframe.workbench.Workbench;

/**
 * The assessment editor: a form generated from the instrument definition (items and their scales, evidence,
 * rationale with its marking, summary judgements, formulation sections), never written per instrument. A save is
 * checked as the command line checks a file, each problem shown on its field; only a valid file is written, atomically,
 * and only if nobody changed it since the form was opened. Finishing and countersigning are decision-log records the
 * library appends. What the role may not see is kept exactly as it was. Not API.
 */
final class AssessmentEditor {
    private final Workbench.Options options;
    private final CaseLibrary library;
    private final Caseframe caseframe;

    AssessmentEditor(Workbench.Options options, CaseLibrary library) {
        this.options = options;
        this.library = library;
        this.caseframe = options.caseframe();
    }

    private CaseLibrary.Entry entry(Context ctx) {
        return library.named(ctx.pathParam("file"))
                .orElseThrow(() -> new NotFoundResponse("There is no case file called " + ctx.pathParam("file")));
    }

    private static CheckedCase valid(CaseLibrary.Entry e) {
        return e.loaded()
                .map(CaseLibrary.Loaded::checked)
                .orElseThrow(() -> new NotFoundResponse(
                        "The case file cannot be read; open the case to see its problems. It is left as it is."));
    }

    /** Starts a draft of the chosen instrument and opens it. */
    void start(Context ctx, Pages pages, Pages.Common common) throws IOException {
        CaseLibrary.Entry e = entry(ctx);
        CaseFile c = valid(e).caseFile();
        if (!e.stamp().equals(ctx.formParam("version"))) {
            conflict(ctx, e);
            return;
        }
        InstrumentDefinition d = caseframe
                .instrument(ctx.formParam("instrument") == null ? "" : ctx.formParam("instrument"))
                .orElseThrow(() -> new NotFoundResponse("There is no such instrument."));
        LocalDate today = caseframe.today();
        String id = newId(c, d, today);
        Assessment draft = new Assessment(
                id,
                new InstrumentRef(d.id(), d.version()),
                new Practitioner("Workbench user", options.role().audience().name()),
                today,
                Optional.empty(),
                AssessmentStatus.DRAFT,
                Optional.empty(),
                Map.of(),
                List.of(),
                Map.of(),
                Map.of(),
                List.of());
        List<Problem> problems = write(e.file(), c.withAssessment(draft));
        if (!problems.isEmpty()) {
            Server.plain(ctx, 400, "The draft could not be started: " + problems);
            return;
        }
        ctx.redirect("/cases/" + e.name() + "/assessments/" + id);
    }

    static String newId(CaseFile c, InstrumentDefinition d, LocalDate today) {
        String base = d.id().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "") + "-" + today;
        String id = base;
        for (int n = 2; c.assessment(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    void show(Context ctx, Pages pages, Pages.Common common) {
        CaseLibrary.Entry e = entry(ctx);
        CaseFile c = valid(e).caseFile();
        Assessment a = c.assessment(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        ctx.html(pages.render(
                "assessment",
                common,
                AssessmentForm.of(e, c, a, definition(a), options.role(), Map.of(), List.of(), "")));
    }

    private InstrumentDefinition definition(Assessment a) {
        return caseframe
                .instrument(a.instrument().id() + "@" + a.instrument().version())
                .orElseThrow(() ->
                        new NotFoundResponse("The instrument " + a.instrument().id() + " is not known."));
    }

    void save(Context ctx, Pages pages, Pages.Common common) throws IOException {
        CaseLibrary.Entry e = entry(ctx);
        CaseFile c = valid(e).caseFile();
        Assessment original = c.assessment(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        InstrumentDefinition d = definition(original);
        if (!CaseLibrary.stamp(e.file()).equals(ctx.formParam("version"))) {
            conflict(ctx, e);
            return;
        }
        String action = ctx.formParam("action") == null ? "save" : ctx.formParam("action");
        Map<String, List<String>> form = ctx.formParamMap();
        Assessment edited = edited(original, d, form, action);
        CaseFile updated = c.withAssessmentReplaced(edited);
        List<Problem> problems = write(e.file(), updated);
        if (!problems.isEmpty()) {
            ctx.status(422);
            ctx.html(pages.render(
                    "assessment", common, AssessmentForm.of(e, c, edited, d, options.role(), form, problems, "")));
            return;
        }
        String done = "Saved as a draft.";
        if (!action.equals("save")) {
            DecisionType type =
                    action.equals("finish") ? DecisionType.ASSESSMENT_FINISHED : DecisionType.ASSESSMENT_COUNTERSIGNED;
            Practitioner by = action.equals("finish") ? edited.assessor() : countersigner(form);
            caseframe.appendDecision(
                    e.file(),
                    new Decision(
                            by,
                            (action.equals("finish") ? "Finished " : "Countersigned ") + d.title() + " " + edited.id(),
                            "Recorded in the workbench by " + by.name() + " (" + by.role() + ").",
                            ProtectiveMarking.OFFICIAL,
                            Optional.empty(),
                            List.of(),
                            Optional.of(type),
                            Optional.empty()),
                    Instant.now(caseframe.clock()));
            done = action.equals("finish")
                    ? "Finished, and recorded in the decision log."
                    : "Countersigned, and recorded in the decision log.";
        }
        CaseLibrary.Entry fresh = library.named(e.name()).orElseThrow();
        CaseFile now = valid(fresh).caseFile();
        ctx.html(pages.render(
                "assessment",
                common,
                AssessmentForm.of(
                        fresh,
                        now,
                        now.assessment(edited.id()).orElseThrow(),
                        d,
                        options.role(),
                        Map.of(),
                        List.of(),
                        done)));
    }

    private static Practitioner countersigner(Map<String, List<String>> form) {
        String name = first(form, "countersigner").orElse("").strip();
        return new Practitioner(name.isEmpty() ? "Workbench countersigner" : name, "Senior practitioner");
    }

    /** The assessment as the form says, keeping every part the role may not see exactly as it was. */
    Assessment edited(Assessment a, InstrumentDefinition d, Map<String, List<String>> form, String action) {
        ReportAudience role = options.role();
        Map<String, ItemRating> ratings = new LinkedHashMap<>(a.ratings());
        for (var item : d.items()) {
            ItemRating old = a.ratings().get(item.id());
            if (old != null && !AssessmentForm.visible(role, old.rationaleMarking(), old.rationaleHandling())) {
                continue;
            }
            String p = "rating." + item.id() + ".";
            Optional<String> level = first(form, p + "level").filter(s -> !s.isBlank());
            Optional<String> rationale =
                    first(form, p + "rationale").map(String::strip).filter(s -> !s.isEmpty());
            List<String> evidence = form.getOrDefault(p + "evidence", List.of());
            Optional<ProtectiveMarking> marking =
                    first(form, p + "marking").filter(s -> !s.isBlank()).map(ProtectiveMarking::valueOf);
            if (level.isEmpty()) {
                ratings.remove(item.id());
                continue;
            }
            ratings.put(
                    item.id(),
                    new ItemRating(
                            level.get(),
                            old == null ? Optional.empty() : old.relevance(),
                            evidence,
                            rationale,
                            marking,
                            old == null ? Optional.<HandlingRestriction>empty() : old.rationaleHandling(),
                            old == null ? Optional.empty() : old.sanitisedRationale()));
        }
        Map<String, SummaryJudgement> judgements = new LinkedHashMap<>(a.judgements());
        for (var j : d.judgements()) {
            SummaryJudgement old = a.judgements().get(j.id());
            if (old != null && !AssessmentForm.visible(role, old.marking(), old.handling())) {
                continue;
            }
            String p = "judgement." + j.id() + ".";
            Optional<String> level = first(form, p + "level").filter(s -> !s.isBlank());
            if (level.isEmpty()) {
                judgements.remove(j.id());
                continue;
            }
            judgements.put(
                    j.id(),
                    new SummaryJudgement(
                            level.get(),
                            first(form, p + "rationale").map(String::strip).filter(s -> !s.isEmpty()),
                            old == null ? List.of() : old.evidence(),
                            old == null ? Optional.empty() : old.marking(),
                            old == null ? Optional.empty() : old.handling(),
                            old == null ? Optional.empty() : old.sanitised()));
        }
        Map<String, FormulationText> formulation = new LinkedHashMap<>(a.formulation());
        for (var s : d.formulationSections()) {
            FormulationText old = a.formulation().get(s.id());
            if (old != null && !AssessmentForm.visible(role, old.marking(), old.handling())) {
                continue;
            }
            Optional<String> text =
                    first(form, "formulation." + s.id()).map(String::strip).filter(t -> !t.isEmpty());
            if (text.isEmpty()) {
                formulation.remove(s.id());
            } else {
                formulation.put(
                        s.id(),
                        new FormulationText(
                                text.get(),
                                old == null ? List.of() : old.evidence(),
                                old == null ? Optional.empty() : old.marking(),
                                old == null ? Optional.empty() : old.handling(),
                                old == null ? Optional.empty() : old.sanitised()));
            }
        }
        List<org.caseframe.core.model.OpenItem> openItems = openItems(a, d, form);
        LocalDate today = caseframe.today();
        AssessmentStatus status = switch (action) {
            case "finish" -> AssessmentStatus.COMPLETE;
            case "countersign" -> AssessmentStatus.COUNTERSIGNED;
            default -> a.status();
        };
        Practitioner assessor = first(form, "assessor")
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(n -> new Practitioner(n, a.assessor().role()))
                .orElse(a.assessor());
        return new Assessment(
                a.id(),
                a.instrument(),
                assessor,
                a.started(),
                action.equals("finish") ? Optional.of(today) : a.completed(),
                status,
                action.equals("countersign")
                        ? Optional.of(new Countersignature(countersigner(form), today))
                        : a.countersignature(),
                ratings,
                openItems,
                judgements,
                formulation,
                a.scenarios());
    }

    /**
     * The case-specific factors as the form says: each existing one in its place (kept exactly when the role may not
     * see it, removed when its name is cleared), then the new one if named.
     */
    private List<org.caseframe.core.model.OpenItem> openItems(
            Assessment a, InstrumentDefinition d, Map<String, List<String>> form) {
        if (d.openItems().isEmpty()) {
            return a.openItems();
        }
        List<org.caseframe.core.model.OpenItem> out = new ArrayList<>();
        int n = 0;
        for (var o : a.openItems()) {
            String p = "open." + n++ + ".";
            if (!AssessmentForm.visible(options.role(), o.marking(), o.handling())) {
                out.add(o);
                continue;
            }
            String label = first(form, p + "label").map(String::strip).orElse("");
            if (label.isEmpty()) {
                continue;
            }
            out.add(new org.caseframe.core.model.OpenItem(
                    o.id(),
                    label,
                    first(form, p + "level").filter(s -> !s.isBlank()).orElse(o.level()),
                    o.evidence(),
                    first(form, p + "rationale").map(String::strip).filter(s -> !s.isEmpty()),
                    o.marking(),
                    o.handling(),
                    o.sanitised()));
        }
        String p = "open." + n + ".";
        String label = first(form, p + "label").map(String::strip).orElse("");
        if (!label.isEmpty()) {
            String id = "P1";
            for (int k = 1; ; k++) {
                String candidate = "P" + k;
                if (out.stream().noneMatch(o -> o.id().equals(candidate))) {
                    id = candidate;
                    break;
                }
            }
            out.add(new org.caseframe.core.model.OpenItem(
                    id,
                    label,
                    first(form, p + "level").orElse(""),
                    List.of(),
                    first(form, p + "rationale").map(String::strip).filter(s -> !s.isEmpty())));
        }
        return out;
    }

    static Optional<String> first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * Checks the changed case as the command line would and writes it only when it has no problems: first to a file
     * beside it, checked there, then moved over it atomically.
     */
    private List<Problem> write(Path file, CaseFile updated) throws IOException {
        Path staged =
                Files.createTempFile("caseframe-workbench-", file.getFileName().toString());
        try {
            Caseframe.write(updated, staged);
            ReadResult<CheckedCase> checked = caseframe.check(staged);
            if (!checked.isValid()) {
                return checked.problems();
            }
            Caseframe.write(updated, file);
            return List.of();
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    private static void conflict(Context ctx, CaseLibrary.Entry e) {
        ctx.status(409);
        ctx.contentType("text/html; charset=utf-8");
        ctx.result("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Changed since you opened it"
                + "</title><link rel=\"stylesheet\" href=\"/govuk/govuk-frontend.min.css\"></head><body"
                + " class=\"govuk-template__body\"><main class=\"govuk-main-wrapper govuk-width-container\""
                + " id=\"main-content\"><h1 class=\"govuk-heading-l\">This case changed since you opened it</h1><p"
                + " class=\"govuk-body\" id=\"conflict\">Someone (perhaps you, in another tab) saved it after you opened"
                + " this form, so your changes were not saved, to keep theirs. Open it again to see the latest version"
                + " and make your changes there.</p><p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/cases/"
                + e.name() + "\">Open the case again</a></p></main></body></html>");
    }

    /** The formulation PDF of the case's newest finished ERG-structured assessment, for an audience the role may open. */
    void formulation(Context ctx, CaseLibrary lib) {
        CaseLibrary.Entry e = entry(ctx);
        ReportAudience audience = java.util.Arrays.stream(ReportAudience.values())
                .filter(a -> a.name().equals(ctx.pathParam("audience")))
                .findFirst()
                .orElseThrow(NotFoundResponse::new);
        if (!Server.audiencesFor(options.role()).contains(audience)) {
            throw new io.javalin.http.ForbiddenResponse("This role may not open that audience's formulation.");
        }
        CaseLibrary.Loaded l = e.loaded().orElseThrow(NotFoundResponse::new);
        var doc = caseframe.render(ReportKind.FORMULATION, l.assessed(), l.plan(), audience, DocumentFormat.PDF);
        if (doc.isEmpty()) {
            Server.plain(ctx, 404, "No finished ERG-structured assessment yet: finish one to have its formulation.");
            return;
        }
        ctx.contentType("application/pdf");
        ctx.header("Content-Disposition", "attachment; filename=\"formulation-" + audience.name() + ".pdf\"");
        ctx.result(doc.get().bytes());
    }
}
