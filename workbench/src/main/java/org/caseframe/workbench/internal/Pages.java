package org.caseframe.workbench.internal;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The workbench's pages: Mustache templates under {@code org/caseframe/workbench/templates}, every value HTML-escaped
 * (so hostile text is shown literally), compiled once. Not API. Thread-safe.
 */
final class Pages {
    private final MustacheFactory factory = new DefaultMustacheFactory("org/caseframe/workbench/templates");
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    /**
     * The page {@code name} with its own model first, then the common one (title, role, CSRF token).
     *
     * @param common the layout's values
     * @param model the page's values
     */
    String render(String name, Common common, Object model) {
        Mustache m = compiled.computeIfAbsent(name, n -> factory.compile(n + ".mustache"));
        StringWriter out = new StringWriter();
        m.execute(out, new Object[] {common, model});
        return out.toString();
    }

    /**
     * What every page shows: its title, the role it runs as, the CSRF token forms send.
     *
     * @param title the page title
     * @param role the role in words
     * @param csrf the CSRF token
     */
    record Common(String title, String role, String csrf) {}
}
