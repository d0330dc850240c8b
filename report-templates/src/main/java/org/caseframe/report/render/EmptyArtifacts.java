package org.caseframe.report.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Takes out the empty artifacts openhtmltopdf writes around every box, then compresses the page contents.
 *
 * <p>In tagged mode openhtmltopdf 1.1 opens a background artifact ({@code /Artifact /PropN BDC ... EMC}, with a
 * property list holding its bounding box in the page's resources) around the background and border painting of every
 * block, whether or not it has a background or border: it asks {@code Box.hasNonTextContent}, which treats the
 * {@code background-image} list value as an image, so it always answers yes. In the 14-page sentence plan more than
 * nine in ten of those artifacts enclose nothing, and their property lists were about three quarters of the file's
 * objects. A marked-content sequence with nothing in it marks nothing, so taking it out and its property list with it
 * leaves what a reader or assistive technology sees unchanged; artifacts with content, and every tagged (structure)
 * sequence, are kept as they are.
 *
 * <p>The renderer writes the contents uncompressed ({@code testMode}) so that they are scanned here without inflating
 * them, and compressed here once. The scan is by lines: PDFBox writes one operator per line and writes any string
 * holding a line break in hexadecimal, so a line that reads {@code /Artifact /Name BDC} is that operator. A content
 * stream with an inline image (arbitrary bytes) is compressed unchanged.
 */
final class EmptyArtifacts {
    private static final byte[] ARTIFACT = "/Artifact /".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BDC = " BDC".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EMC = "EMC".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] INLINE_IMAGE = "BI".getBytes(StandardCharsets.US_ASCII);

    private EmptyArtifacts() {}

    /** Removes the empty artifacts from every page of {@code document} and compresses its contents. */
    static void remove(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            Set<String> dropped = new HashSet<>();
            Set<String> kept = new HashSet<>();
            for (COSStream stream : contents(page)) {
                byte[] raw;
                try (InputStream in = stream.createInputStream()) {
                    raw = in.readAllBytes();
                }
                byte[] lean = withoutEmptyArtifacts(raw, dropped, kept);
                try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    out.write(lean);
                }
            }
            COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
            COSDictionary properties = resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
            if (properties != null) {
                for (String name : dropped) {
                    if (!kept.contains(name)) {
                        properties.removeItem(COSName.getPDFName(name));
                    }
                }
            }
        }
    }

    private static List<COSStream> contents(PDPage page) {
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        List<COSStream> streams = new ArrayList<>();
        if (contents instanceof COSStream stream) {
            streams.add(stream);
        } else if (contents instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSStream stream) {
                    streams.add(stream);
                }
            }
        }
        return streams;
    }

    /**
     * {@code content} without its empty artifact sequences: a line {@code /Artifact /Name BDC} followed by a line
     * {@code EMC} with nothing between them, or only empty artifact sequences (nested ones go too). Adds each removed
     * sequence's property name to {@code dropped}, and the property name of every {@code BDC} line kept to {@code
     * kept}. Returns {@code content} itself when nothing is removed.
     */
    static byte[] withoutEmptyArtifacts(byte[] content, Set<String> dropped, Set<String> kept) {
        if (hasInlineImage(content)) {
            return content;
        }
        byte[] out = new byte[content.length];
        int length = 0;
        // Artifact openings written last, with nothing after them yet: where each starts in out, and its name.
        int[] openAt = new int[8];
        String[] openName = new String[8];
        int open = 0;
        int start = 0;
        while (start < content.length) {
            int end = lineEnd(content, start);
            int next = Math.min(end + 1, content.length);
            if (open > 0 && isLine(content, start, end, EMC)) {
                open--;
                length = openAt[open];
                dropped.add(openName[open]);
                start = next;
                continue;
            }
            String artifact = artifactName(content, start, end);
            if (artifact != null) {
                if (open == openAt.length) {
                    openAt = Arrays.copyOf(openAt, open * 2);
                    openName = Arrays.copyOf(openName, open * 2);
                }
                openAt[open] = length;
                openName[open++] = artifact;
            } else {
                for (int i = 0; i < open; i++) {
                    kept.add(openName[i]);
                }
                open = 0;
                String other = propertyName(content, start, end);
                if (other != null) {
                    kept.add(other);
                }
            }
            System.arraycopy(content, start, out, length, next - start);
            length += next - start;
            start = next;
        }
        for (int i = 0; i < open; i++) {
            kept.add(openName[i]);
        }
        return length == content.length ? content : Arrays.copyOf(out, length);
    }

    private static boolean hasInlineImage(byte[] content) {
        int start = 0;
        while (start < content.length) {
            int end = lineEnd(content, start);
            if (isLine(content, start, end, INLINE_IMAGE)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    private static int lineEnd(byte[] content, int from) {
        int i = from;
        while (i < content.length && content[i] != '\n') {
            i++;
        }
        return i;
    }

    private static boolean isLine(byte[] content, int start, int end, byte[] text) {
        return end - start == text.length && startsWith(content, start, text);
    }

    // The property name of a line "/Artifact /Name BDC", or null.
    private static String artifactName(byte[] content, int start, int end) {
        if (end - start <= ARTIFACT.length + BDC.length || !startsWith(content, start, ARTIFACT)) {
            return null;
        }
        int nameStart = start + ARTIFACT.length;
        int nameEnd = end - BDC.length;
        if (!startsWith(content, nameEnd, BDC)) {
            return null;
        }
        for (int i = nameStart; i < nameEnd; i++) {
            if (!isRegular(content[i])) {
                return null;
            }
        }
        return new String(content, nameStart, nameEnd - nameStart, StandardCharsets.US_ASCII);
    }

    // The property name a line "... /Name BDC" refers to, or null when it has none (an inline property list).
    private static String propertyName(byte[] content, int start, int end) {
        if (end - start <= BDC.length || !startsWith(content, end - BDC.length, BDC)) {
            return null;
        }
        int nameEnd = end - BDC.length;
        int i = nameEnd;
        while (i > start && isRegular(content[i - 1])) {
            i--;
        }
        if (i == nameEnd || i == start || content[i - 1] != '/') {
            return null;
        }
        return new String(content, i, nameEnd - i, StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] content, int at, byte[] text) {
        if (at + text.length > content.length) {
            return false;
        }
        for (int i = 0; i < text.length; i++) {
            if (content[at + i] != text[i]) {
                return false;
            }
        }
        return true;
    }

    // A regular character of a PDF name as PDFBox writes one: not white space, not a delimiter.
    private static boolean isRegular(byte b) {
        return b > ' ' && b < 127 && "()<>[]{}/%".indexOf(b) < 0;
    }
}
