package org.caseframe.workbench.internal;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The workbench's gate: the access token (from {@code ?token=} once, then an HttpOnly, SameSite=Strict cookie), a
 * CSRF token on every POST, and the security headers on every response. Not API.
 */
final class Guard {
    static final String COOKIE = "caseframe_token";
    static final String CSRF_FIELD = "_csrf";
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final String token;
    private final String csrf;

    Guard(String token) {
        this.token = token;
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        this.csrf = HexFormat.of().formatHex(bytes);
    }

    String csrf() {
        return csrf;
    }

    /** Runs before every request: headers, then the token, then (for a POST) the CSRF token. */
    void check(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
        String offered = ctx.queryParam("token");
        if (offered != null && same(offered, token)) {
            ctx.header("Set-Cookie", COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
            if (ctx.method() == HandlerType.GET) {
                String query = ctx.queryString() == null
                        ? ""
                        : ctx.queryString().replaceAll("(^|&)token=[^&]*", "").replaceFirst("^&", "");
                ctx.redirect(ctx.path() + (query.isEmpty() ? "" : "?" + query));
                ctx.skipRemainingHandlers();
                return;
            }
        } else {
            String cookie = ctx.cookie(COOKIE);
            if (cookie == null || !same(cookie, token)) {
                throw new ForbiddenResponse("The workbench needs its access token: open the address it printed"
                        + " when it started (it ends in ?token=...).");
            }
        }
        if (ctx.method() == HandlerType.POST) {
            String sent = ctx.formParam(CSRF_FIELD);
            if (sent == null || !same(sent, csrf)) {
                throw new ForbiddenResponse(
                        "This form has no valid CSRF token: reload the page and send it again from the workbench.");
            }
        }
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
