package org.caseframe.report.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
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
import java.util.logging.Level;

/**
 * Renders a view model through a logic-less Mustache template to XHTML, and XHTML to a tagged PDF/UA-1 PDF with
 * embedded DejaVu fonts. Templates are looked up first in an optional user directory (overriding by name), then in
 * this jar. Mustache escapes every value, so user text such as {@code <script>} or {@code {{...}}} renders literally.
 * Immutable and thread-safe.
 */
public final class ReportRenderer {
    private static final String BUNDLED = "/org/caseframe/report/templates/";
    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";

    static {
        // openhtmltopdf logs every font load at INFO; keep its warnings and errors only.
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    private final Optional<Path> templates;

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
        Mustache mustache = new DefaultMustacheFactory().compile(template(name), name);
        StringWriter out = new StringWriter();
        mustache.execute(out, view);
        return out.toString();
    }

    /** The PDF/UA-1 rendering of {@code xhtml}, written to {@code out}. */
    public void pdf(String xhtml, OutputStream out) {
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            // Arabic and Urdu names and evidence: split by direction, reorder and shape with ICU.
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
            font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
            font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
            font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the PDF", e);
        }
    }

    /**
     * The PDF/UA-1 rendering of template {@code name} filled from {@code view}, as bytes. The same view gives the same
     * bytes: the dates come from {@code documentDate} and the document id from the content, never the wall clock.
     */
    public byte[] pdf(String name, Object view, java.time.Instant documentDate) {
        String xhtml = html(name, view);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf(xhtml, out);
        return Deterministic.fix(out.toByteArray(), documentDate, xhtml);
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

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(
                () -> {
                    InputStream in = ReportRenderer.class.getClassLoader().getResourceAsStream(FONTS + file);
                    if (in == null) {
                        throw new IllegalStateException("font missing from the classpath: " + FONTS + file);
                    }
                    return in;
                },
                "DejaVu Sans",
                weight,
                style,
                true);
    }
}
