package org.caseframe.report.render;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.core.validation.Problem;
import org.caseframe.core.validation.ProblemCode;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** Rules every template follows: named like {@code sentence-plan}, and well-formed XHTML as written. */
final class Templates {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final SAXParserFactory SAX = secureFactory();

    private Templates() {}

    static boolean isName(String name) {
        return NAME.matcher(name).matches();
    }

    /**
     * Refuses {@code xhtml} that is not well-formed XML, naming {@code what} and the line; a fragment (a partial) may
     * have several top-level elements. No DTD or external entity is read.
     */
    static void requireWellFormed(String xhtml, String what, boolean fragment) {
        String text = fragment ? "<fragment>" + xhtml + "</fragment>" : xhtml;
        try {
            SAX.newSAXParser().parse(new InputSource(new StringReader(text)), new DefaultHandler());
        } catch (SAXParseException e) {
            throw problem(
                    what,
                    "is not well-formed XHTML at line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                            + e.getMessage());
        } catch (SAXException | ParserConfigurationException | IOException e) {
            throw problem(what, "cannot be checked as XHTML: " + e.getMessage());
        }
    }

    static InvalidInputException problem(String what, String message) {
        return new InvalidInputException(what, List.of(new Problem("", ProblemCode.SYNTAX, what + " " + message)));
    }

    private static SAXParserFactory secureFactory() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            return factory;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
        }
    }
}
