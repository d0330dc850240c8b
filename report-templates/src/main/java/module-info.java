/** Audience redaction, view models, Mustache templates and accessible (PDF/UA) HTML and PDF output. */
module org.caseframe.report {
    requires transitive org.caseframe.planning;
    requires com.github.mustachejava;
    requires openhtmltopdf.core;
    requires openhtmltopdf.pdfbox;
    requires openhtmltopdf.rtl.support;
    requires openhtmltopdf.svg.support;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires org.apache.fontbox;
    requires net.sf.jasperreports.fonts;
    requires java.logging;
    requires java.xml;

    exports org.caseframe.report.view;
    exports org.caseframe.report.render;

    // Mustache reads the view models reflectively.
    opens org.caseframe.report.view to
            com.github.mustachejava;
}
