package org.caseframe.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caseframe.report.view.ReportAudience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench's gate and its handling of broken and hostile files, over plain HTTP (no browser needed). */
class WorkbenchHttpTest {
    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(Workbench w, String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(w.base() + path));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(Workbench w, String path, String cookie, String form)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(w.base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String cookieOf(HttpResponse<?> r) {
        return r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    @Test
    void withoutTheTokenEveryPageIs403AndAPostWithoutTheCsrfTokenIs403(@TempDir Path root) throws Exception {
        try (Workbench w = Cases.start(Cases.copy(root), ReportAudience.PSYCHOLOGIST)) {
            assertThat(w.base()).startsWith("http://127.0.0.1:");
            for (String path :
                    new String[] {"/", "/policy", "/caseload", "/cases/terrorist-licence.yaml", "/static/workbench.css"
                    }) {
                assertThat(get(w, path, null).statusCode()).as(path).isEqualTo(403);
                assertThat(get(w, path, "caseframe_token=wrong").statusCode())
                        .as(path)
                        .isEqualTo(403);
            }
            assertThat(get(w, "/?token=wrong", null).statusCode()).isEqualTo(403);

            HttpResponse<String> opened = get(w, "/?token=" + w.token(), null);
            assertThat(opened.statusCode()).isEqualTo(302);
            assertThat(opened.headers().firstValue("Set-Cookie").orElseThrow())
                    .contains("HttpOnly")
                    .contains("SameSite=Strict");
            String cookie = cookieOf(opened);
            HttpResponse<String> page = get(w, "/", cookie);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("default-src 'none'")
                    .contains("script-src 'self'")
                    .doesNotContain("unsafe-inline");
            assertThat(page.body()).contains("terrorist-licence.yaml");

            assertThat(post(w, "/policy", cookie, "baseline=responsive%401.1").statusCode())
                    .isEqualTo(403);
            assertThat(post(w, "/policy", cookie, "_csrf=forged&baseline=responsive%401.1")
                            .statusCode())
                    .isEqualTo(403);
            String csrf = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([0-9a-f]+)\".*", "$1");
            if (csrf.length() > 100) {
                csrf = get(w, "/policy", cookie)
                        .body()
                        .replaceAll("(?s).*name=\"_csrf\" value=\"([0-9a-f]+)\".*", "$1");
            }
            assertThat(post(w, "/policy", cookie, "_csrf=" + csrf + "&baseline=responsive%401.1")
                            .statusCode())
                    .isEqualTo(200);
            // Without the cookie a valid CSRF token is not enough.
            assertThat(post(w, "/policy", null, "_csrf=" + csrf).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void aBrokenCaseFileIsListedWithItsProblemsShownLiterallyAndNeverRewritten(@TempDir Path root) throws Exception {
        Path cases = Cases.copy(root);
        Path broken = cases.resolve("broken.yaml");
        String hostile = "schemaVersion: \"1.0\"\n\"<script>alert('x')</script>\": 1\n";
        Files.writeString(broken, hostile);
        try (Workbench w = Cases.start(cases, ReportAudience.PSYCHOLOGIST)) {
            String cookie = cookieOf(get(w, "/?token=" + w.token(), null));
            String list = get(w, "/", cookie).body();
            assertThat(list).contains("broken.yaml").contains("Cannot be read");
            assertThat(list).doesNotContain("<script>alert").contains("&lt;script&gt;");
            HttpResponse<String> page = get(w, "/cases/broken.yaml", cookie);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("cannot be read").doesNotContain("<script>alert");
            assertThat(get(w, "/cases/..%2Fcases%2Fbroken.yaml", cookie).statusCode())
                    .isEqualTo(404);
            assertThat(get(w, "/cases/nothing.yaml", cookie).statusCode()).isEqualTo(404);
        }
        assertThat(Files.readString(broken)).isEqualTo(hostile);
    }

    @Test
    void everyBundledInstrumentGetsAFormGeneratedFromItsDefinition(@TempDir Path root) throws Exception {
        Path cases = Cases.copy(root);
        try (Workbench w = Cases.start(cases, ReportAudience.PSYCHOLOGIST)) {
            String cookie = cookieOf(get(w, "/?token=" + w.token(), null));
            String page = get(w, "/cases/risk-complex-not-ct.yaml", cookie).body();
            String csrf = page.replaceAll("(?s).*name=\"_csrf\" value=\"([0-9a-f]+)\".*", "$1");
            var definitions = w.options().caseframe().instruments();
            assertThat(definitions).hasSizeGreaterThanOrEqualTo(6);
            for (var d : definitions) {
                String version = java.net.URLEncoder.encode(
                        get(w, "/cases/risk-complex-not-ct.yaml", cookie)
                                .body()
                                .replaceAll("(?s).*name=\"version\" value=\"([^\"]+)\".*", "$1"),
                        java.nio.charset.StandardCharsets.UTF_8);
                HttpResponse<String> started = post(
                        w,
                        "/cases/risk-complex-not-ct.yaml/assessments",
                        cookie,
                        "_csrf=" + csrf + "&version=" + version + "&instrument=" + d.id());
                assertThat(started.statusCode()).as(d.id()).isEqualTo(302);
                String location = started.headers().firstValue("Location").orElseThrow();
                String form = get(w, location, cookie).body();
                assertThat(form).as(d.id()).contains(d.title());
                for (var item : d.items()) {
                    assertThat(form).as(d.id() + " " + item.id()).contains("name=\"rating." + item.id() + ".level\"");
                }
                for (var j : d.judgements()) {
                    assertThat(form).as(d.id() + " " + j.id()).contains("name=\"judgement." + j.id() + ".level\"");
                }
                for (var f : d.formulationSections()) {
                    assertThat(form).as(d.id() + " " + f.id()).contains("name=\"formulation." + f.id() + "\"");
                }
            }
        }
    }

    @Test
    void aRoleNeverOpensTheReportOfAnAudienceThatMaySeeMore(@TempDir Path root) throws Exception {
        try (Workbench w = Cases.start(Cases.copy(root), ReportAudience.COM)) {
            String cookie = cookieOf(get(w, "/?token=" + w.token(), null));
            assertThat(get(w, "/cases/terrorist-licence.yaml/reports/sentence-plan/COM/html", cookie)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(get(w, "/cases/terrorist-licence.yaml/reports/sentence-plan/NSD_MANAGER/html", cookie)
                            .statusCode())
                    .isEqualTo(403);
            assertThat(get(w, "/cases/terrorist-licence.yaml", cookie).body()).doesNotContain("NSD_MANAGER/html");
        }
    }
}
