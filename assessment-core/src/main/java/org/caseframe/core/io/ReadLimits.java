package org.caseframe.core.io;

/**
 * Bounds on what a reader accepts, so that oversized or hostile input is refused with a clear problem within bounded
 * memory instead of exhausting it.
 *
 * @param maxBytes largest document, in bytes
 * @param maxDepth deepest nesting of objects and arrays
 * @param maxStringChars longest single string, in characters (fields have tighter limits in the schema)
 * @param maxTokens most JSON tokens in one document
 *     <p>YAML aliases are always refused, so "billion laughs" expansion cannot happen.
 */
public record ReadLimits(int maxBytes, int maxDepth, int maxStringChars, long maxTokens) {

    /** 16 MiB, depth 64, 50,000-character strings (2.5 times the longest field the case format allows), 4,000,000 tokens. */
    public static final ReadLimits DEFAULT = new ReadLimits(16 * 1024 * 1024, 64, 50_000, 4_000_000L);

    public ReadLimits {
        if (maxBytes < 1 || maxDepth < 1 || maxStringChars < 1 || maxTokens < 1) {
            throw new IllegalArgumentException("read limits must be positive: " + maxBytes + ", " + maxDepth + ", "
                    + maxStringChars + ", " + maxTokens);
        }
    }
}
