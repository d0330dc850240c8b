package org.caseframe.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.caseframe.core.io.CaseFiles;
import org.caseframe.core.model.CaseFile;
import org.caseframe.core.model.DecisionType;
import org.caseframe.report.view.ReportAudience;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.opentest4j.TestAbortedException;

/**
 * The workbench in a real browser: Debian's headless Chromium driven by Selenium. Skipped, saying why, when Chromium
 * or its driver is missing (CI installs them). Screenshots of the pages go to {@code target/screenshots}.
 */
class WorkbenchBrowserTest {
    static final Path CHROMIUM = Path.of(System.getProperty("caseframe.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("caseframe.chromedriver", "/usr/bin/chromedriver"));
    static WebDriver driver;

    @BeforeAll
    static void browser() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String why = "WorkbenchBrowserTest skipped: Chromium (" + CHROMIUM + ") or chromedriver (" + DRIVER
                    + ") is missing; install the Debian packages chromium and chromium-driver";
            System.err.println(why);
            throw new TestAbortedException(why);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1600");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    static void open(Workbench w, String path) {
        driver.get(w.base() + path + (path.contains("?") ? "&" : "?") + "token=" + w.token());
    }

    static void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        // The whole page: the window as tall as the page (at most 5,000 pixels), then back.
        long height = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight");
        org.openqa.selenium.Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, (int) Math.min(5_000, height + 140)));
        File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        driver.manage().window().setSize(before);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static List<String> seriousViolations() {
        List<Rule> violations = new AxeBuilder().analyze(driver).getViolations();
        return violations.stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + ": " + v.getHelp() + " "
                        + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .toList())
                .toList();
    }

    /** Clicks a button that submits a form and waits for the next page to replace this one. */
    static void submit(By button) {
        WebElement b = driver.findElement(button);
        b.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> gone(b));
    }

    // Whether the element has left the page. Mid-navigation ChromeDriver sometimes answers "Node with given id does not
    // belong to the document" instead of a stale-element error: that says the same thing.
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    static String cookie() {
        return "caseframe_token="
                + driver.manage().getCookieNamed("caseframe_token").getValue();
    }

    static byte[] download(Workbench w, String href) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href.startsWith("http") ? href : w.base() + href))
                                .header("Cookie", cookie())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(href).isEqualTo(200);
        return r.body();
    }

    @Test
    void everyPageHasNoSeriousOrCriticalAccessibilityViolation(@TempDir Path root) throws Exception {
        try (Workbench w = Cases.start(Cases.copy(root), ReportAudience.PSYCHOLOGIST)) {
            open(w, "/");
            assertThat(driver.getTitle()).contains("Cases");
            screenshot("cases");
            assertThat(seriousViolations()).as("cases").isEmpty();
            driver.findElement(By.linkText("SAMPLE-0007")).click();
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("SAMPLE-0007");
            screenshot("case");
            assertThat(seriousViolations()).as("case").isEmpty();
            for (String path :
                    List.of("/policy", "/caseload", "/cases/terrorist-licence.yaml/assessments/ERG-2023-01")) {
                open(w, path);
                assertThat(seriousViolations()).as(path).isEmpty();
            }
            open(w, "/caseload");
            screenshot("caseload");
        }
    }

    @Test
    void aPsychologistCompletesAnErgAssessmentAndReadsThePomsFormulation(@TempDir Path root) throws Exception {
        Path cases = Cases.copy(root);
        try (Workbench w = Cases.start(cases, ReportAudience.PSYCHOLOGIST)) {
            open(w, "/cases/risk-complex-not-ct.yaml");
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("instrument")))
                    .selectByValue("erg22plus");
            submit(By.xpath("//button[text()='Start a draft']"));
            assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Draft");
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .contains("Summary judgements")
                    .contains("Case-specific factors");
            String evidenceId = driver.findElements(By.cssSelector("input[name='rating.F1.evidence']")).stream()
                    .findFirst()
                    .map(e -> e.getAttribute("value"))
                    .orElse(null);

            // A rating that needs reasons, given none: the problem is shown on its field and nothing is saved.
            driver.findElement(By.id("rating-F1-STRONGLY_PRESENT")).click();
            submit(By.id("save"));
            assertThat(driver.findElement(By.id("problems")).getText()).contains("/ratings/F1");
            WebElement f1 = driver.findElement(By.id("rating-F1"));
            assertThat(f1.getAttribute("class")).contains("govuk-form-group--error");
            assertThat(f1.findElement(By.className("govuk-error-message")).getText())
                    .isNotBlank();
            assertThat(Files.readString(cases.resolve("risk-complex-not-ct.yaml")))
                    .doesNotContain("STRONGLY_PRESENT");

            // Fixed: every item rated with reasons, evidence, judgements and formulation; then finished.
            for (WebElement group : driver.findElements(By.cssSelector("div.govuk-form-group[id^='rating-']"))) {
                String key = group.getAttribute("id");
                if (!key.equals("rating-F1")) {
                    group.findElement(By.id(key + "-NOT_PRESENT")).click();
                }
            }
            driver.findElement(By.id("rating-F1-rationale"))
                    .sendKeys("Spoke of grievance <script>alert('x')</script> at every session");
            if (evidenceId != null) {
                driver.findElement(By.id("rating-F1-ev-" + evidenceId)).click();
            }
            for (String j : List.of("ENGAGEMENT", "INTENT", "CAPABILITY")) {
                driver.findElement(By.id("judgement-" + j + "-LOW")).click();
                driver.findElement(By.id("judgement-" + j + "-rationale")).sendKeys("Judged low on the items.");
            }
            for (String s : List.of("PATHWAY", "FUNCTION", "PROTECTIVE", "INTERVENTIONS")) {
                driver.findElement(By.id("formulation-" + s + "-text"))
                        .sendKeys("Formulation text for " + s + " written in the workbench.");
            }
            // A case-specific ("+") factor.
            driver.findElement(By.id("open-0-label")).sendKeys("Reliance on one online contact");
            driver.findElement(By.id("open-0-PARTLY_PRESENT")).click();
            driver.findElement(By.id("open-0-rationale")).sendKeys("Every contact went through one person.");
            submit(By.id("save"));
            assertThat(driver.findElement(By.id("done")).getText()).contains("Saved");
            assertThat(driver.findElement(By.id("open-0-label")).getAttribute("value"))
                    .isEqualTo("Reliance on one online contact");
            assertThat(driver.findElement(By.id("rating-F1-rationale")).getAttribute("value"))
                    .isEqualTo("Spoke of grievance <script>alert('x')</script> at every session");
            submit(By.id("finish"));
            assertThat(driver.findElement(By.id("done")).getText()).contains("Finished");
            screenshot("assessment");

            CaseFile saved = CaseFiles.read(cases.resolve("risk-complex-not-ct.yaml"));
            assertThat(saved.decisionLog())
                    .anySatisfy(r -> assertThat(r.type()).contains(DecisionType.ASSESSMENT_FINISHED));

            String href = driver.findElement(By.partialLinkText("Prison offender manager"))
                    .getAttribute("href");
            try (PDDocument pdf = Loader.loadPDF(download(w, href))) {
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                assertThat(text)
                        .contains("Spoke of grievance")
                        .contains("Formulation text for PATHWAY")
                        .contains("Reliance on one online contact");
            }
        }
    }

    @Test
    void theAssessmentFormCanBeCompletedWithTheKeyboardOnly(@TempDir Path root) throws Exception {
        Path cases = Cases.copy(root);
        try (Workbench w = Cases.start(cases, ReportAudience.PSYCHOLOGIST)) {
            open(w, "/cases/terrorist-licence.yaml/assessments/ERG-2023-01");
            org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(driver);
            WebElement target = driver.findElement(By.id("assessor"));
            for (int i = 0; i < 60 && !target.equals(driver.switchTo().activeElement()); i++) {
                keys.sendKeys(Keys.TAB).perform();
            }
            assertThat(driver.switchTo().activeElement()).isEqualTo(target);
            WebElement active = driver.switchTo().activeElement();
            keys.keyDown(Keys.CONTROL)
                    .sendKeys("a")
                    .keyUp(Keys.CONTROL)
                    .sendKeys("Kim Keyboard")
                    .perform();
            // The first item's rationale, reached and changed with the keyboard too.
            WebElement rationale = driver.findElements(By.cssSelector("textarea[id$='-rationale']"))
                    .get(0);
            for (int i = 0; i < 200 && !rationale.equals(driver.switchTo().activeElement()); i++) {
                keys.sendKeys(Keys.TAB).perform();
            }
            assertThat(driver.switchTo().activeElement()).isEqualTo(rationale);
            keys.sendKeys(" Added with the keyboard.").perform();
            WebElement save = driver.findElement(By.id("save"));
            for (int i = 0; i < 2000 && !save.equals(driver.switchTo().activeElement()); i++) {
                keys.sendKeys(Keys.TAB).perform();
            }
            assertThat(driver.switchTo().activeElement()).isEqualTo(save);
            keys.sendKeys(Keys.ENTER).perform();
            assertThat(driver.findElement(By.id("done")).getText()).contains("Saved");
            assertThat(Files.readString(cases.resolve("terrorist-licence.yaml")))
                    .contains("Kim Keyboard");
        }
    }

    @Test
    void twoTabsCannotOverwriteEachOther(@TempDir Path root) throws Exception {
        Path cases = Cases.copy(root);
        try (Workbench w = Cases.start(cases, ReportAudience.PSYCHOLOGIST)) {
            open(w, "/cases/terrorist-licence.yaml/assessments/ERG-2023-01");
            String first = driver.getWindowHandle();
            driver.switchTo().newWindow(WindowType.TAB);
            open(w, "/cases/terrorist-licence.yaml/assessments/ERG-2023-01");
            WebElement assessor = driver.findElement(By.id("assessor"));
            assessor.clear();
            assessor.sendKeys("Second Tab");
            submit(By.id("save"));
            assertThat(driver.findElement(By.id("done")).getText()).contains("Saved");
            driver.close();
            driver.switchTo().window(first);
            WebElement again = driver.findElement(By.id("assessor"));
            again.clear();
            again.sendKeys("First Tab");
            submit(By.id("save"));
            assertThat(driver.findElement(By.id("conflict")).getText()).contains("saved it after you opened this form");
            driver.findElement(By.linkText("Open the case again")).click();
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("SAMPLE-0007");
        }
        String file = Files.readString(cases.resolve("terrorist-licence.yaml"));
        assertThat(file).contains("Second Tab").doesNotContain("First Tab");
    }

    @Test
    void aPolicyAnalystChangesTheStepDownThresholdAndSavesANewVersion(@TempDir Path root) throws Exception {
        Path cases = Cases.copy(root);
        try (Workbench w = Cases.start(cases, ReportAudience.NSD_MANAGER)) {
            open(w, "/policy");
            WebElement threshold = driver.findElement(By.id("threshold-stableMonthsForStepDown"));
            assertThat(threshold.getAttribute("value")).isEqualTo("6");
            driver.findElement(By.id("cohort-generated")).click();
            WebElement size = driver.findElement(By.id("size"));
            size.clear();
            size.sendKeys("300");
            submit(By.id("recompute"));
            assertThat(driver.findElement(By.id("summary")).getText()).contains(" of 300 cases change");

            // The directory's cases: 24 months of stability before stepping down, not 6.
            driver.findElement(By.id("cohort-directory")).click();
            threshold = driver.findElement(By.id("threshold-stableMonthsForStepDown"));
            threshold.clear();
            threshold.sendKeys("24");
            submit(By.id("recompute"));
            String summary = driver.findElement(By.id("summary")).getText();
            assertThat(summary).matches("(?s)[1-9][0-9]* of 8 cases change.*");
            assertThat(driver.findElement(By.id("counts")).getText()).contains("MAPPA");
            assertThat(driver.findElements(By.cssSelector("table.cf-changed"))).isNotEmpty();
            assertThat(driver.findElement(By.cssSelector("table.cf-changed")).getText())
                    .contains("MAPPA_L2_STEP_DOWN");
            screenshot("policy");

            // The downloads carry the edit.
            String yaml = new String(
                    download(
                            w, driver.findElement(By.partialLinkText("as YAML")).getAttribute("href")),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(yaml).contains("stableMonthsForStepDown: 24");
            assertThat(new String(
                            download(
                                    w,
                                    driver.findElement(By.partialLinkText("as DMN"))
                                            .getAttribute("href")),
                            java.nio.charset.StandardCharsets.UTF_8))
                    .contains("<definitions");
            assertThat(new String(
                            download(
                                    w,
                                    driver.findElement(By.partialLinkText("as PDF"))
                                            .getAttribute("href")),
                            java.nio.charset.StandardCharsets.ISO_8859_1))
                    .startsWith("%PDF-");

            submit(By.id("save"));
            assertThat(driver.findElement(By.id("saved")).getText()).contains("responsive@1.2");
            Path saved = root.resolve("policies").resolve("responsive-1.2.yaml");
            assertThat(saved).exists();
            assertThat(Files.readString(saved)).contains("stableMonthsForStepDown: 24");
            // Saving the same version again is refused: a version is never overwritten.
            submit(By.id("save"));
            assertThat(driver.findElement(By.id("save-error")).getText()).contains("never overwritten");

            // A rule left out: the comparison says what the policy decides without it; the threshold edit stays.
            driver.findElement(By.cssSelector("label[for='use-MAPPA_L2_STEP_DOWN']"))
                    .click();
            submit(By.id("recompute-rules"));
            assertThat(driver.findElement(By.id("use-MAPPA_L2_STEP_DOWN")).isSelected())
                    .isFalse();
            assertThat(driver.findElement(By.id("threshold-stableMonthsForStepDown"))
                            .getAttribute("value"))
                    .isEqualTo("24");
            assertThat(driver.findElement(By.id("summary")).getText()).matches("(?s)[1-9][0-9]* of 8 cases change.*");
            assertThat(seriousViolations()).isEmpty();

            // A rule edited as YAML: weekly contact becomes twice a week for every terrorist and connected case.
            driver.findElement(By.xpath("//span[text()='Edit rule NSD_CONVICTED']"))
                    .click();
            WebElement rule = driver.findElement(By.id("rule-NSD_CONVICTED"));
            String text = rule.getAttribute("value");
            assertThat(text).contains("perWeek: 1");
            rule.clear();
            rule.sendKeys(text.replace("perWeek: 1", "perWeek: 2"));
            submit(By.id("recompute-rules"));
            assertThat(driver.findElement(By.id("counts")).getText()).contains("Contact frequency changed");
            assertThat(driver.findElement(By.id("rule-NSD_CONVICTED")).getAttribute("value"))
                    .contains("perWeek: 2");
            // A broken edit is a problem shown on the page, and nothing else is lost.
            rule = driver.findElement(By.id("rule-NSD_CONVICTED"));
            rule.clear();
            rule.sendKeys("id: NSD_CONVICTED\nwhen: [not, a, mapping");
            submit(By.id("recompute-rules"));
            assertThat(driver.findElement(By.id("policy-problems")).getText()).contains("NSD_CONVICTED");
            assertThat(driver.findElement(By.id("threshold-stableMonthsForStepDown"))
                            .getAttribute("value"))
                    .isEqualTo("24");
        }
    }

    @Test
    void aLowerRoleSeesNoSecretTextAnywhereAndItIsKeptWhenItSaves(@TempDir Path root) throws Exception {
        Path cases = Cases.copy(root);
        Path file = cases.resolve("terrorist-licence.yaml");
        CaseFile c = CaseFiles.read(file);
        var erg = c.assessment("ERG-2023-01").orElseThrow();
        String item = erg.ratings().keySet().iterator().next();
        var r = erg.ratings().get(item);
        String canary = "CANARY-SECRET-7f3a";
        var secret = new org.caseframe.core.model.ItemRating(
                r.level(),
                r.relevance(),
                r.evidence(),
                java.util.Optional.of("Secret reasons " + canary),
                java.util.Optional.of(org.caseframe.core.model.ProtectiveMarking.SECRET),
                r.rationaleHandling(),
                r.sanitisedRationale());
        var ratings = new java.util.LinkedHashMap<>(erg.ratings());
        ratings.put(item, secret);
        var changed = new org.caseframe.core.model.Assessment(
                erg.id(),
                erg.instrument(),
                erg.assessor(),
                erg.started(),
                erg.completed(),
                erg.status(),
                erg.countersignature(),
                ratings,
                erg.openItems(),
                erg.judgements(),
                erg.formulation(),
                erg.scenarios());
        org.caseframe.Caseframe.write(c.withAssessmentReplaced(changed), file);
        try (Workbench w = Cases.start(cases, ReportAudience.COM)) {
            for (String path : List.of(
                    "/",
                    "/cases/terrorist-licence.yaml",
                    "/cases/terrorist-licence.yaml/assessments/ERG-2023-01",
                    "/cases/terrorist-licence.yaml/reports/formulation/COM/html",
                    "/cases/terrorist-licence.yaml/reports/sentence-plan/COM/html",
                    "/policy",
                    "/caseload")) {
                open(w, path);
                assertThat(driver.getPageSource()).as(path).doesNotContain(canary);
            }
            open(w, "/cases/terrorist-licence.yaml/assessments/ERG-2023-01");
            assertThat(driver.findElement(By.id("rating-" + item)).getText()).contains("kept exactly as it is");
            WebElement assessor = driver.findElement(By.id("assessor"));
            assessor.clear();
            assessor.sendKeys("Edited By COM");
            submit(By.id("save"));
            assertThat(driver.findElement(By.id("done")).getText()).contains("Saved");
        }
        CaseFile after = CaseFiles.read(file);
        assertThat(after.assessment("ERG-2023-01").orElseThrow().ratings().get(item))
                .isEqualTo(secret);
        assertThat(after.assessment("ERG-2023-01").orElseThrow().assessor().name())
                .isEqualTo("Edited By COM");
    }
}
