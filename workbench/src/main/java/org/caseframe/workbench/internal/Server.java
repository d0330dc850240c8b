package org.caseframe.workbench.internal;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.caseframe.Document;
import org.caseframe.DocumentFormat;
import org.caseframe.core.model.Audience;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.report.view.ReportAudience;
import org.caseframe.report.view.ReportKind;
import org.caseframe.workbench.Workbench;

/** The HTTP side of the workbench: routes, static files and the gate. Not API. */
public final class Server {
    private static final String GOVUK = "META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/";
    private static final String STATIC = "org/caseframe/workbench/static/";

    private final Javalin app;
    private final String token;
    private final Guard guard;
    private final Pages pages = new Pages();
    private final Workbench.Options options;
    private final CaseLibrary library;
    private final PolicyBench policyBench;
    private final AssessmentEditor editor;

    private Server(Workbench.Options options, String token) {
        this.options = options;
        this.token = token;
        this.guard = new Guard(token);
        this.library = new CaseLibrary(
                options.cases(),
                options.caseframe(),
                options.caseframe().policy(options.policy()).orThrow());
        this.policyBench = new PolicyBench(options, library);
        this.editor = new AssessmentEditor(options, library);
        this.app = Javalin.create(config -> {
            config.jetty.host = "127.0.0.1";
            config.jetty.port = options.port();
            config.startup.showJavalinBanner = false;
            config.routes.before(guard::check);
            config.routes.get("/govuk/{file}", ctx -> resource(ctx, GOVUK + ctx.pathParam("file")));
            config.routes.get("/assets/<path>", ctx -> resource(ctx, GOVUK + "assets/" + ctx.pathParam("path")));
            config.routes.get("/static/{file}", ctx -> resource(ctx, STATIC + ctx.pathParam("file")));
            config.routes.get("/", this::cases);
            config.routes.get("/cases/{file}", this::oneCase);
            config.routes.get("/cases/{file}/reports/{kind}/{audience}/{format}", this::report);
            config.routes.post("/cases/{file}/assessments", ctx -> editor.start(ctx, pages, common(ctx, "")));
            config.routes.get(
                    "/cases/{file}/assessments/{id}", ctx -> editor.show(ctx, pages, common(ctx, "Assessment")));
            config.routes.post(
                    "/cases/{file}/assessments/{id}", ctx -> editor.save(ctx, pages, common(ctx, "Assessment")));
            config.routes.get(
                    "/cases/{file}/assessments/{id}/formulation/{audience}", ctx -> editor.formulation(ctx, library));
            config.routes.get("/policy", ctx -> policyBench.show(ctx, pages, common(ctx, "Policy workbench")));
            config.routes.post("/policy", ctx -> policyBench.show(ctx, pages, common(ctx, "Policy workbench")));
            config.routes.post("/policy/save", ctx -> policyBench.save(ctx, pages, common(ctx, "Policy workbench")));
            config.routes.get("/policy/download/{what}", policyBench::download);
            config.routes.get(
                    "/caseload", ctx -> pages(ctx, "caseload", "Caseload", CaseloadPage.of(library, options)));
            config.routes.exception(ForbiddenResponse.class, (e, ctx) -> plain(ctx, 403, e.getMessage()));
            config.routes.exception(NotFoundResponse.class, (e, ctx) -> plain(ctx, 404, e.getMessage()));
            config.routes.exception(InvalidInputException.class, (e, ctx) -> plain(ctx, 400, e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                System.err.println("caseframe serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
                e.printStackTrace();
                plain(ctx, 500, "The workbench failed on this page: " + e + ". Nothing was saved.");
            });
        });
        app.start();
    }

    /** Starts a server on 127.0.0.1. */
    public static Server start(Workbench.Options options, String token) {
        return new Server(options, token);
    }

    public int port() {
        return app.port();
    }

    public String token() {
        return token;
    }

    public void stop() {
        app.stop();
    }

    /**
     * The audiences whose reports a role may open: none that may see more than the role itself (a higher clearance or
     * a handling restriction the role is not inside of).
     */
    static List<ReportAudience> audiencesFor(ReportAudience role) {
        Audience r = role.audience();
        return Arrays.stream(ReportAudience.values())
                .filter(a -> r.clearance().covers(a.audience().clearance())
                        && r.permittedRestrictions().containsAll(a.audience().permittedRestrictions()))
                .toList();
    }

    Pages.Common common(Context ctx, String title) {
        return new Pages.Common(title, options.role().audience().name(), guard.csrf());
    }

    private void pages(Context ctx, String template, String title, Object model) {
        ctx.html(pages.render(template, common(ctx, title), model));
    }

    private void cases(Context ctx) {
        pages(
                ctx,
                "cases",
                "Cases",
                CasesPage.of(library, ctx.queryParam("q"), ctx.queryParam("cohort"), ctx.queryParam("sort")));
    }

    private void oneCase(Context ctx) {
        CaseLibrary.Entry e = library.named(ctx.pathParam("file"))
                .orElseThrow(() -> new NotFoundResponse(
                        "There is no case file called " + ctx.pathParam("file") + " in " + options.cases()));
        CasePage page = CasePage.of(e, options.caseframe(), options.role());
        pages(ctx, "case", "Case " + page.id(), page);
    }

    private void report(Context ctx) {
        CaseLibrary.Entry e = library.named(ctx.pathParam("file")).orElseThrow(NotFoundResponse::new);
        ReportKind kind = ReportKind.named(ctx.pathParam("kind")).orElseThrow(NotFoundResponse::new);
        ReportAudience audience = Arrays.stream(ReportAudience.values())
                .filter(a -> a.name().equals(ctx.pathParam("audience")))
                .findFirst()
                .orElseThrow(NotFoundResponse::new);
        if (!audiencesFor(options.role()).contains(audience)) {
            throw new ForbiddenResponse("A " + options.role().audience().name() + " may not open the report for "
                    + audience.audience().name() + ": it may hold what this role may not see.");
        }
        DocumentFormat format = switch (ctx.pathParam("format")) {
            case "html" -> DocumentFormat.HTML;
            case "pdf" -> DocumentFormat.PDF;
            default -> throw new NotFoundResponse();
        };
        CaseLibrary.Loaded l = e.loaded()
                .orElseThrow(() -> new NotFoundResponse("The case file cannot be read, so it has no reports."));
        Optional<Document> doc = options.caseframe().render(kind, l.assessed(), l.plan(), audience, format);
        if (doc.isEmpty()) {
            plain(
                    ctx,
                    404,
                    "This case has no " + kind.template() + " (a formulation needs a finished ERG-structured"
                            + " assessment).");
            return;
        }
        if (format == DocumentFormat.PDF) {
            ctx.contentType("application/pdf");
            ctx.header(
                    "Content-Disposition",
                    "attachment; filename=\"" + l.assessed().subject().id() + "-" + kind.template() + "-"
                            + audience.name() + ".pdf\"");
            ctx.result(doc.get().bytes());
        } else {
            ctx.contentType("text/html; charset=utf-8");
            ctx.result(doc.get().bytes());
        }
    }

    private static void resource(Context ctx, String path) throws IOException {
        if (path.contains("..")) {
            throw new NotFoundResponse();
        }
        try (InputStream in = Server.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new NotFoundResponse();
            }
            ctx.contentType(contentType(path));
            ctx.header("Cache-Control", "private, max-age=3600");
            ctx.result(in.readAllBytes());
        }
    }

    private static String contentType(String path) {
        if (path.endsWith(".css")) {
            return "text/css; charset=utf-8";
        } else if (path.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        } else if (path.endsWith(".woff2")) {
            return "font/woff2";
        } else if (path.endsWith(".woff")) {
            return "font/woff";
        } else if (path.endsWith(".svg")) {
            return "image/svg+xml";
        } else if (path.endsWith(".png")) {
            return "image/png";
        } else if (path.endsWith(".ico")) {
            return "image/x-icon";
        }
        return "application/octet-stream";
    }

    static void plain(Context ctx, int status, String message) {
        ctx.status(status);
        ctx.contentType("text/plain; charset=utf-8");
        ctx.result(message == null ? "" : message);
    }
}
