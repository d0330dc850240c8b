package org.caseframe.report.render;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded DejaVu Sans faces, read from the classpath once per JVM and kept in memory, with one font-metrics
 * cache shared by every render: each PDF still embeds its own subset, but no render re-reads the font files or
 * re-measures the faces. The faces are also parsed once: a render borrows a parsed set for its duration (a set is
 * read by one render at a time; at most one idle set per processor is kept) and its PDF fonts are made from it as
 * they are first needed, instead of each render parsing the files again. Thread-safe.
 */
final class Fonts {
    private static final String DIRECTORY = "net/sf/jasperreports/fonts/dejavu/";
    private static final String FAMILY = "DejaVu Sans";
    private static final String[] FILES = {
        "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"
    };
    private static final int[] WEIGHTS = {400, 700, 400, 700};
    private static final FontStyle[] STYLES = {FontStyle.NORMAL, FontStyle.NORMAL, FontStyle.ITALIC, FontStyle.ITALIC};
    private static final byte[][] BYTES = load();
    private static final MetricsCache METRICS = new MetricsCache();
    private static final Queue<TrueTypeFont[]> IDLE = new ConcurrentLinkedQueue<>();

    private Fonts() {}

    /** A parsed set of the four faces for one render, to be given back when the render is over. */
    static TrueTypeFont[] borrow() {
        TrueTypeFont[] faces = IDLE.poll();
        return faces != null ? faces : parse();
    }

    /**
     * Gives back a set borrowed for a render that is over. At most one idle set per processor is kept (a parsed set
     * holds about 15 MiB); one past that is left to the collector.
     */
    static void giveBack(TrueTypeFont[] faces) {
        if (IDLE.size() < Runtime.getRuntime().availableProcessors()) {
            IDLE.offer(faces);
        }
    }

    /** Registers the four faces of {@code faces} for {@code document}, and the shared metrics cache, with a renderer. */
    static void register(PdfRendererBuilder builder, PDDocument document, TrueTypeFont[] faces) {
        for (int i = 0; i < FILES.length; i++) {
            builder.useFont(new Face(document, faces[i], FILES[i]), FAMILY, WEIGHTS[i], STYLES[i], true);
        }
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, METRICS);
    }

    private static TrueTypeFont[] parse() {
        TrueTypeFont[] faces = new TrueTypeFont[FILES.length];
        for (int i = 0; i < FILES.length; i++) {
            try {
                faces[i] = new TTFParser().parse(new RandomAccessReadBuffer(BYTES[i]));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot parse font " + FILES[i], e);
            }
        }
        return faces;
    }

    /** One face in one document, made (embedded as a subset) only if the document uses it. */
    private static final class Face extends PDFontSupplier {
        private final PDDocument document;
        private final TrueTypeFont face;
        private final String file;
        private PDFont font;

        Face(PDDocument document, TrueTypeFont face, String file) {
            super(null);
            this.document = document;
            this.face = face;
            this.file = file;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(document, face, true);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot embed font " + file, e);
                }
            }
            return font;
        }
    }

    private static byte[][] load() {
        byte[][] out = new byte[FILES.length][];
        for (int i = 0; i < FILES.length; i++) {
            try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(DIRECTORY + FILES[i])) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the classpath: " + DIRECTORY + FILES[i]);
                }
                out[i] = in.readAllBytes();
                withoutTable(out[i], "GSUB");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + FILES[i], e);
            }
        }
        return out;
    }

    // Renames a table in the font's table directory so that no reader finds it (its bytes stay where they are, and
    // a subset never carries it). Used for GSUB, the faces' OpenType substitutions: PDFBox applies their Latin
    // ligature and composition rules to every string it draws, compiling a pattern of every ligature on each call (a
    // fifth of the render time), and the rules change nothing our reports show: the text extracted from every report
    // is the same without them, one glyph per character, which keeps copying and screen readers exact. Arabic is
    // shaped before PDFBox sees it (ICU turns it into presentation forms), so it needs no substitution table either.
    static void withoutTable(byte[] font, String tag) {
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (new String(font, at, 4, java.nio.charset.StandardCharsets.US_ASCII).equals(tag)) {
                font[at + 3] = (byte) '_';
            }
        }
    }

    /** The font-metrics cache openhtmltopdf consults by font key. */
    private static final class MetricsCache implements FSCacheEx<String, FSCacheValue> {
        private final ConcurrentMap<String, FSCacheValue> values = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            values.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return values.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException("cannot load font metrics for " + k, e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return values.get(key);
        }
    }
}
