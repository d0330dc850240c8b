package org.caseframe.core.internal;

/** Builds RFC 6901 JSON Pointers. Not API. */
public final class Pointer {
    private Pointer() {}

    /** The pointer to {@code parent}'s child named or indexed by {@code token}. */
    public static String child(String parent, Object token) {
        return parent + "/" + escape(String.valueOf(token));
    }

    /** A pointer from the document root through each token. */
    public static String of(Object... tokens) {
        StringBuilder b = new StringBuilder();
        for (Object t : tokens) {
            b.append('/').append(escape(String.valueOf(t)));
        }
        return b.toString();
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
