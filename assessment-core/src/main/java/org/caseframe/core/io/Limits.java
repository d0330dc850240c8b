package org.caseframe.core.io;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseframe.core.internal.InputText;

/** What each reading limit says when it is met, in our words rather than the parser's. */
final class Limits {
    private static final Pattern JACKSON = Pattern.compile("StreamReadConstraints\\.getMax(\\w+)\\(\\)");

    /** The longest field name, in characters (Jackson's {@code maxNameLength} for JSON; checked by us for YAML). */
    static final int MAX_NAME_CHARS = 1_000;

    private Limits() {}

    static String name() {
        return format("a field name is longer than the limit of %,d characters", MAX_NAME_CHARS);
    }

    static String string(int max) {
        return format("the text is longer than the limit for one value, %,d characters", max);
    }

    static String tokens(long max) {
        return format("the document holds more than the limit of %,d values, field names and brackets", max);
    }

    static String depth(int max) {
        return format("objects and lists are nested deeper than the limit of %,d levels", max);
    }

    static String run(InputText.Run run, int max) {
        return format(
                "line %d, column %d holds %,d characters without a space or line break, more than the limit for one"
                        + " value, %,d characters (write long lists one entry a line)",
                run.line(), run.column(), run.length(), max);
    }

    /** A parser's limit message (Jackson's stream constraints, snakeyaml's nesting depth) in our words. */
    static String inOurWords(String parserMessage, ReadLimits limits) {
        if (parserMessage.contains("Nesting Depth exceeded")) {
            return depth(limits.maxDepth());
        }
        Matcher m = JACKSON.matcher(parserMessage);
        String which = m.find() ? m.group(1) : "";
        return switch (which) {
            case "StringLength" -> string(limits.maxStringChars());
            case "NestingDepth" -> depth(limits.maxDepth());
            case "TokenCount" -> tokens(limits.maxTokens());
            case "DocumentLength" ->
                format("the document is longer than the limit of %,d characters", limits.maxBytes());
            case "NumberLength" -> "a number is longer than the limit of 64 digits";
            case "NameLength" -> name();
            default -> "the document exceeds a safety limit: " + parserMessage.replaceAll(" ?\\(from `[^`]*`\\)", "");
        };
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
