package org.caseframe;

import java.util.Objects;
import org.caseframe.report.view.ReportKind;

/**
 * A rendered document.
 *
 * @param kind which report it is
 * @param format PDF or HTML
 * @param bytes the document
 * @param marking the highest protective marking it includes, shown on its banner
 */
public record Document(ReportKind kind, DocumentFormat format, byte[] bytes, String marking) {
    public Document {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(marking, "marking");
    }
}
