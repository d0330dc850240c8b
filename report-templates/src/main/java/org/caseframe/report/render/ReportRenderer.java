package org.caseframe.report.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.caseframe.core.validation.InvalidInputException;

/**
 * Renders a view model through a logic-less Mustache template to XHTML, and XHTML to a tagged PDF/UA-1 PDF with
 * embedded DejaVu fonts. Templates are looked up first in an optional user directory (overriding by name), then in
 * this jar. Mustache escapes every value, so user text such as {@code <script>} or {@code {{...}}} renders literally.
 * Immutable and thread-safe.
 */
public final class ReportRenderer {
    private static final String BUNDLED = "/org/caseframe/report/templates/";

    static {
        // openhtmltopdf logs every font load at INFO; keep its warnings and errors only.
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    private final Optional<Path> templates;
    // Compiled templates, by name: Mustache templates are thread-safe once compiled.
    private final ConcurrentMap<String, Mustache> compiled = new ConcurrentHashMap<>();

    private ReportRenderer(Optional<Path> templates) {
        this.templates = templates;
    }

    private static final ReportRenderer BUNDLED_RENDERER = new ReportRenderer(Optional.empty());

    /**
     * The renderer with the bundled templates. Cheap: one shared instance, whose templates are compiled once, on
     * first use, and kept.
     */
    public static ReportRenderer bundled() {
        return BUNDLED_RENDERER;
    }

    /** A renderer whose templates in {@code directory} override bundled ones of the same name. */
    public ReportRenderer withTemplates(Path directory) {
        return new ReportRenderer(Optional.of(directory));
    }

    /**
     * The XHTML of template {@code name} (e.g. {@code formulation}) filled from {@code view}.
     *
     * @throws InvalidInputException when a template is not well-formed XHTML as written, asks for a partial that is not
     *     a template of the template directory or this jar, or gives output that is not well-formed XHTML; the problem
     *     names the template file and line
     */
    public String html(String name, Object view) {
        Mustache mustache = compiled.computeIfAbsent(name, this::compile);
        StringWriter out = new StringWriter();
        mustache.execute(out, view);
        String xhtml = out.toString();
        Templates.requireWellFormed(xhtml, "the output of template " + describe(name), false);
        return xhtml;
    }

    // Partials resolve only to templates, by name: from the template directory, else from this jar. Nothing else on
    // the file system or class path can be pulled into a report.
    private Mustache compile(String name) {
        DefaultMustacheFactory factory = new BreakingMustacheFactory(resource -> {
            String partial = resource.endsWith(".mustache")
                    ? resource.substring(0, resource.length() - ".mustache".length())
                    : resource;
            if (!Templates.isName(partial)) {
                throw Templates.problem(
                        "template " + describe(name),
                        "asks for the partial \"" + partial + "\", which is not a template name; a partial is another"
                                + " template of the template directory or the bundled ones, named like"
                                + " \"sentence-plan\"");
            }
            return template(partial, name);
        });
        try {
            return factory.compile(template(name, name), name);
        } catch (com.github.mustachejava.MustacheException e) {
            if (e.getCause() instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw Templates.problem(
                    "template " + describe(name), "is not a valid Mustache template: " + e.getMessage());
        }
    }

    /**
     * Every value a template shows is escaped as usual, and any run of more than {@value LongRuns#LONGEST} characters
     * without a space (a URL, a hash, a handle) gets a zero-width break opportunity every few characters, so that no
     * column is too narrow for it and nothing runs off the page: the renderer breaks it there only where it must. A
     * value holding right-to-left text is kept apart from its neighbours ({@link RightToLeft#keptApart}).
     */
    private static final class BreakingMustacheFactory extends DefaultMustacheFactory {
        BreakingMustacheFactory(com.github.mustachejava.MustacheResolver resolver) {
            super(resolver);
        }

        @Override
        public void encode(String value, java.io.Writer writer) {
            super.encode(RightToLeft.keptApart(LongRuns.breakable(value)), writer);
        }
    }

    private String describe(String name) {
        return custom(name).map(Path::toString).orElse(name + " (bundled)");
    }

    private Optional<Path> custom(String name) {
        return templates.map(dir -> dir.resolve(name + ".mustache")).filter(Files::isRegularFile);
    }

    /** The PDF/UA-1 rendering of {@code xhtml}, written to {@code out}, dated now. */
    public void pdf(String xhtml, OutputStream out) {
        render(xhtml, out, null, true);
    }

    /**
     * The PDF/UA-1 rendering of template {@code name} filled from {@code view}, as bytes. The same view gives the same
     * bytes: the dates come from {@code documentDate} and the document id from the content, never the wall clock.
     */
    public byte[] pdf(String name, Object view, java.time.Instant documentDate) {
        return pdf(name, view, documentDate, true);
    }

    /**
     * As {@link #pdf(String, Object, java.time.Instant)}, with the empty artifacts openhtmltopdf writes left in when
     * {@code lean} is false: for the tests that hold the lean document to the one openhtmltopdf writes.
     */
    byte[] pdf(String name, Object view, java.time.Instant documentDate, boolean lean) {
        String xhtml = html(name, view);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        render(xhtml, out, new Deterministic(documentDate, xhtml), lean);
        return out.toByteArray();
    }

    private static void render(String xhtml, OutputStream out, Deterministic fixed, boolean lean) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        // Arabic and Urdu names and evidence: split by direction, reorder and shape with ICU. A document with no
        // right-to-left text or markup lays out the same without (every run is left to right), and skips the work.
        if (RightToLeft.in(xhtml)) {
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        }
        // Lines break by the Unicode rules (UAX #14), so the zero-width break opportunities in long runs count.
        builder.useUnicodeLineBreaker(
                new com.openhtmltopdf.bidi.support.ICUBreakers.ICULineBreaker(java.util.Locale.UK));
        PDDocument document = new PDDocument();
        builder.usePDDocument(document);
        TrueTypeFont[] faces = Fonts.borrow();
        Fonts.register(builder, document, faces);
        if (xhtml.contains("<svg")) {
            builder.useSVGDrawer(new BatikSVGDrawer()); // charts; a document without one needs no SVG set-up
        }
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        // Page contents are written uncompressed, and compressed by EmptyArtifacts once it has taken out the empty
        // artifacts (in openhtmltopdf 1.1 this "test mode" means that and nothing else; the tests check that every
        // page's contents come out compressed).
        builder.testMode(lean);
        // JAXP looks its factories up through the thread's context class loader on every call, and PDFBox's XMP
        // writer asks for a TransformerFactory once per document: through the application's loader that means
        // scanning every jar on the class path each time, and building whatever XSLT engine the embedding
        // application carries (Saxon, on the benchmarks' class path: 8% of the render time, verifying its signed jar
        // each time). Through the platform class loader JAXP sees only the JDK's own implementation. The
        // caller's loader is put back afterwards.
        Thread thread = Thread.currentThread();
        ClassLoader callers = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.setListener(new BeforeSave(fixed, lean));
            renderer.layout();
            renderer.createPDF();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the PDF", e);
        } finally {
            thread.setContextClassLoader(callers);
            closeQuietly(document);
            Fonts.giveBack(faces);
        }
    }

    /** Just before the document is saved: the empty artifacts out when lean, then the dates and id fixed if asked. */
    private record BeforeSave(Deterministic fixed, boolean lean) implements PDFCreationListener {
        @Override
        public void preOpen(PdfBoxRenderer renderer) {}

        @Override
        public void preWrite(PdfBoxRenderer renderer, int pageCount) {}

        @Override
        public void onClose(PdfBoxRenderer renderer) {
            if (lean) {
                try {
                    EmptyArtifacts.remove(renderer.getPdfDocument());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot compress the page contents", e);
                }
            }
            if (fixed != null) {
                fixed.fix(renderer.getPdfDocument());
            }
        }
    }

    private static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (IOException e) {
            // Everything was in memory; nothing is left to release.
        }
    }

    // The text of template {@code name}, checked to be well-formed XHTML as written (a partial as a fragment).
    private Reader template(String name, String asking) {
        if (!Templates.isName(name)) {
            throw new IllegalArgumentException("not a template name: " + name);
        }
        String text;
        try {
            Optional<Path> file = custom(name);
            if (file.isPresent()) {
                text = Files.readString(file.get());
            } else {
                try (InputStream in = ReportRenderer.class.getResourceAsStream(BUNDLED + name + ".mustache")) {
                    if (in == null) {
                        throw Templates.problem(
                                "template " + describe(asking),
                                name.equals(asking)
                                        ? "does not exist"
                                        : "asks for the partial \"" + name + "\", which is neither in the template"
                                                + " directory nor bundled");
                    }
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + name, e);
        }
        Templates.requireWellFormed(text, "template " + describe(name), !name.equals(asking));
        return new StringReader(text);
    }
}
