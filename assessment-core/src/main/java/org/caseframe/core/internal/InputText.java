package org.caseframe.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.caseframe.core.validation.Problem;
import org.caseframe.core.validation.ProblemCode;

/**
 * Checks on the text of a document that the parser and the schema do not make: the encoding is UTF-8, no run of
 * characters is long enough to make the YAML scanner slow, and no string holds a control character that no report
 * could show. Each check is one pass over the input. Not API.
 */
public final class InputText {
    private InputText() {}

    /**
     * The bytes as text when they are UTF-8 (a UTF-8 byte-order mark is skipped); otherwise the problem, naming the
     * encoding when a byte-order mark tells it, else the offset of the first byte that is not UTF-8.
     */
    public static DecodedText decodeUtf8(byte[] content) {
        Optional<String> other = org.caseframe.core.io.TextEncodings.otherThanUtf8(content);
        if (other.isPresent()) {
            return DecodedText.invalid(new Problem(
                    "",
                    ProblemCode.SYNTAX,
                    "the file is encoded as " + other.get() + "; Caseframe reads UTF-8 only (save it as UTF-8)"));
        }
        int start = content.length >= 3
                        && (content[0] & 0xFF) == 0xEF
                        && (content[1] & 0xFF) == 0xBB
                        && (content[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        try {
            CharBuffer chars = decoder.decode(in);
            return new DecodedText(chars.toString(), Optional.empty());
        } catch (CharacterCodingException e) {
            return DecodedText.invalid(notUtf8(content, firstBadByte(content, start)));
        }
    }

    /** Text decoded from bytes, or why it could not be. */
    public record DecodedText(String text, Optional<Problem> problem) {
        static DecodedText invalid(Problem problem) {
            return new DecodedText("", Optional.of(problem));
        }
    }

    private static Problem notUtf8(byte[] content, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return new Problem(
                "",
                ProblemCode.SYNTAX,
                String.format(
                        Locale.ROOT,
                        "the file is not valid UTF-8: byte 0x%02X at offset %d (line %d) is not part of a UTF-8"
                                + " character; save the file as UTF-8",
                        content[offset] & 0xFF,
                        offset,
                        line));
    }

    // The decoder reports malformed input without its position in the original array; find it in one more pass.
    private static int firstBadByte(byte[] b, int start) {
        int i = start;
        while (i < b.length) {
            int lead = b[i] & 0xFF;
            int extra;
            int min;
            if (lead < 0x80) {
                i++;
                continue;
            } else if (lead >= 0xC2 && lead <= 0xDF) {
                extra = 1;
                min = 0x80;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                extra = 2;
                min = 0x800;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                extra = 3;
                min = 0x10000;
            } else {
                return i;
            }
            if (i + extra >= b.length) {
                return i;
            }
            int cp = lead & (0x3F >> extra);
            for (int k = 1; k <= extra; k++) {
                int c = b[i + k] & 0xFF;
                if ((c & 0xC0) != 0x80) {
                    return i;
                }
                cp = (cp << 6) | (c & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return i;
            }
            i += extra + 1;
        }
        return Math.max(start, b.length - 1);
    }

    /** Where a run of characters without a space or line break starts: offset, line and column (both from 1). */
    public record Run(int offset, int length, int line, int column) {}

    /**
     * Every run of more than {@code limit} characters with no space, tab or line break. The YAML scanner's time grows
     * with the square of such a run's length, so runs are refused before it sees them.
     */
    public static List<Run> longRuns(String text, int limit) {
        List<Run> runs = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int runStart = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            boolean blank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
            if (!blank && runStart < 0) {
                runStart = i;
            } else if (blank && runStart >= 0) {
                if (i - runStart > limit) {
                    runs.add(new Run(runStart, i - runStart, line, text.codePointCount(lineStart, runStart) + 1));
                }
                runStart = -1;
            }
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return runs;
    }

    /**
     * A problem for every string value or field name holding a character no document can show: a control character
     * other than tab, line feed and carriage return, a lone surrogate, or U+FFFE/U+FFFF. Collects at most
     * {@code max} problems.
     */
    public static List<Problem> unprintableCharacters(JsonNode root, int max) {
        List<Problem> problems = new ArrayList<>();
        walk(root, "", problems, max);
        return problems;
    }

    private static void walk(JsonNode node, String pointer, List<Problem> problems, int max) {
        if (problems.size() >= max) {
            return;
        }
        if (node.isTextual()) {
            firstUnprintable(node.textValue())
                    .ifPresent(at -> problems.add(
                            new Problem(pointer, ProblemCode.INVALID_VALUE, describe(node.textValue(), at, "text"))));
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String child = Pointer.child(pointer, field.getKey());
                firstUnprintable(field.getKey())
                        .ifPresent(at -> problems.add(new Problem(
                                child, ProblemCode.INVALID_VALUE, describe(field.getKey(), at, "field name"))));
                walk(field.getValue(), child, problems, max);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), Pointer.child(pointer, i), problems, max);
            }
        }
    }

    /** The index of the first character no document can show, if any. */
    public static Optional<Integer> firstUnprintable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF') {
                return Optional.of(i);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(i);
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static String describe(String s, int at, String what) {
        char c = s.charAt(at);
        String kind =
                Character.isSurrogate(c) ? "half of a character pair (a lone surrogate)" : "the control character";
        return String.format(
                Locale.ROOT,
                "the %s holds %s U+%04X at character %d; only tab and line breaks are allowed (remove it)",
                what,
                kind,
                (int) c,
                at + 1);
    }
}
