package org.caseframe.report.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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

    /** A renderer with the bundled templates. */
    public static ReportRenderer bundled() {
        return new ReportRenderer(Optional.empty());
    }

    /** A renderer whose templates in {@code directory} override bundled ones of the same name. */
    public ReportRenderer withTemplates(Path directory) {
        return new ReportRenderer(Optional.of(directory));
    }

    /** The XHTML of template {@code name} (e.g. {@code formulation}) filled from {@code view}. */
    public String html(String name, Object view) {
        Mustache mustache = compiled.computeIfAbsent(name, n -> new DefaultMustacheFactory().compile(template(n), n));
        StringWriter out = new StringWriter();
        mustache.execute(out, view);
        return out.toString();
    }

    /** The PDF/UA-1 rendering of {@code xhtml}, written to {@code out}, dated now. */
    public void pdf(String xhtml, OutputStream out) {
        render(xhtml, out, null);
    }

    /**
     * The PDF/UA-1 rendering of template {@code name} filled from {@code view}, as bytes. The same view gives the same
     * bytes: the dates come from {@code documentDate} and the document id from the content, never the wall clock.
     */
    public byte[] pdf(String name, Object view, java.time.Instant documentDate) {
        String xhtml = html(name, view);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        render(xhtml, out, new Deterministic(documentDate, xhtml));
        return out.toByteArray();
    }

    private static void render(String xhtml, OutputStream out, Deterministic fixed) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        // Arabic and Urdu names and evidence: split by direction, reorder and shape with ICU.
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        Fonts.register(builder);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        // JAXP looks its factories up through the thread's context class loader on every call, and PDFBox's XMP
        // writer asks for a TransformerFactory once per document: with a context loader that means scanning every jar
        // on the class path each time, and building whatever XSLT engine the embedding application carries (Saxon, on
        // the benchmarks' class path: a fifth of the render time). With none, JAXP goes straight to the JDK's own
        // implementation. The caller's loader is put back afterwards.
        Thread thread = Thread.currentThread();
        ClassLoader callers = thread.getContextClassLoader();
        thread.setContextClassLoader(null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            if (fixed != null) {
                renderer.setListener(fixed);
            }
            renderer.layout();
            renderer.createPDF();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the PDF", e);
        } finally {
            thread.setContextClassLoader(callers);
        }
    }

    private Reader template(String name) {
        if (!name.matches("[a-z][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("not a template name: " + name);
        }
        try {
            if (templates.isPresent() && Files.isRegularFile(templates.get().resolve(name + ".mustache"))) {
                return new StringReader(Files.readString(templates.get().resolve(name + ".mustache")));
            }
            InputStream in = ReportRenderer.class.getResourceAsStream(BUNDLED + name + ".mustache");
            if (in == null) {
                throw new IllegalArgumentException("no template called " + name);
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + name, e);
        }
    }
}
