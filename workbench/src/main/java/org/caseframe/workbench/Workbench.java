package org.caseframe.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.caseframe.Caseframe;
import org.caseframe.report.view.ReportAudience;
import org.caseframe.workbench.internal.Server;

/**
 * The workbench: a local web application over a directory of case files, for psychologists, offender managers and
 * policy teams ({@code caseframe serve}). It binds to 127.0.0.1 only, asks for a random access token printed at start
 * (as notebook servers do), checks a CSRF token on every form, sends a strict Content-Security-Policy, and shows every
 * page redacted for the one role it runs as, by the same redaction stage as the reports. It calls nothing but the
 * front door ({@link Caseframe}).
 */
public final class Workbench implements AutoCloseable {
    private final Server server;
    private final Options options;

    private Workbench(Server server, Options options) {
        this.server = server;
        this.options = options;
    }

    /**
     * How a workbench runs.
     *
     * @param cases the directory of case files it lists and edits
     * @param policies the directory new policy versions are saved to (created when first needed)
     * @param port the port on 127.0.0.1; 0 for any free port
     * @param role the audience every page is redacted for
     * @param policy the policy plans are made under, by id, {@code id@version} or file
     * @param caseframe the front door, with its catalogues, clock and log key
     * @param token the access token; a random one when empty
     */
    public record Options(
            Path cases,
            Path policies,
            int port,
            ReportAudience role,
            String policy,
            Caseframe caseframe,
            Optional<String> token) {
        public Options {
            Objects.requireNonNull(cases, "cases");
            Objects.requireNonNull(policies, "policies");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(caseframe, "caseframe");
            token = token == null ? Optional.empty() : token;
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port " + port + " is not 0 to 65535");
            }
        }

        /**
         * The defaults for a directory: any free port, the psychologist's view, the bundled responsive policy, new
         * policy versions saved beside the cases in {@code policies}.
         */
        public static Options of(Path cases) {
            Path parent = cases.toAbsolutePath().getParent();
            return new Options(
                    cases,
                    parent == null ? cases.resolve("policies") : parent.resolve("policies"),
                    0,
                    ReportAudience.PSYCHOLOGIST,
                    "responsive",
                    Caseframe.bundled(),
                    Optional.empty());
        }
    }

    /**
     * Starts a workbench.
     *
     * @throws IllegalArgumentException when the case directory is not a directory
     */
    public static Workbench start(Options options) {
        if (!Files.isDirectory(options.cases())) {
            throw new IllegalArgumentException(options.cases() + " is not a directory of case files");
        }
        String token = options.token().orElseGet(Workbench::randomToken);
        return new Workbench(Server.start(options, token), options);
    }

    /** The address to open, with the access token. */
    public String url() {
        return base() + "/?token=" + server.token();
    }

    /** The address without the token. */
    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The port it listens on. */
    public int port() {
        return server.port();
    }

    /** The access token. */
    public String token() {
        return server.token();
    }

    /** The options it runs with. */
    public Options options() {
        return options;
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.stop();
    }

    static String randomToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
