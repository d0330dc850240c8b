package org.caseframe.report.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * Makes a rendered PDF depend only on its content: just before the document is saved, the document dates (info and
 * XMP) become the given instant and the trailer id a digest of the source, replacing the wall-clock values the
 * renderer writes. Runs inside the render, so the PDF is written once and never re-read.
 */
final class Deterministic {
    private final Instant date;
    private final String source;

    Deterministic(Instant date, String source) {
        this.date = date;
        this.source = source;
    }

    /** Fixes the dates and id of {@code doc}, which is about to be saved. */
    void fix(PDDocument doc) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.setTimeInMillis(date.toEpochMilli());
        doc.getDocumentInformation().setCreationDate(calendar);
        doc.getDocumentInformation().setModificationDate(calendar);
        try {
            PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
            if (metadata != null) {
                String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8)
                        .replaceAll("(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*(</xmp:)", "$1" + date + "$2")
                        .replaceAll("(xmp:(?:CreateDate|ModifyDate|MetadataDate)=\")[^\"]*(\")", "$1" + date + "$2");
                metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fix the PDF metadata", e);
        }
        byte[] id = Arrays.copyOf(sha256(source), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
