package org.caseframe.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.caseframe.Caseframe;
import org.caseframe.core.validation.Problem;
import org.caseframe.core.validation.ProblemCode;

/**
 * Reads UTF-8 lines of bytes without ever holding more than a set number of bytes of one line. Every line of the input
 * is returned, blank ones too, so that a command can answer each input line with exactly one output line.
 */
final class LineReader {
    /**
     * One line: its 1-based number, its text, and why it cannot be used (too long, not UTF-8), if so.
     *
     * @param text the line without its line break; empty when there is a problem
     */
    record Line(long number, String text, Optional<Problem> problem) {}

    private final InputStream in;
    private final int max;
    private final byte[] buffer;
    private long number;
    private boolean done;

    LineReader(InputStream in, int maxBytes) {
        this.in = in.markSupported() ? in : new java.io.BufferedInputStream(in, 64 * 1024);
        this.max = maxBytes;
        this.buffer = new byte[maxBytes];
    }

    /**
     * The encoding of the input when it is plainly not UTF-8 (a UTF-16 or UTF-32 byte-order mark, or the NUL bytes of
     * UTF-16 text), read from its first bytes; a UTF-8 byte-order mark is skipped.
     */
    Optional<String> otherEncoding() throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        Optional<String> other = Caseframe.encodingIfNotUtf8(head);
        if (other.isEmpty()
                && head.length >= 3
                && (head[0] & 0xFF) == 0xEF
                && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF) {
            in.skipNBytes(3);
        }
        return other;
    }

    /** The next line, or null at the end of the input (a last line break does not start another line). */
    Line next() throws IOException {
        if (done) {
            return null;
        }
        int length = 0;
        boolean tooLong = false;
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (length < max) {
                buffer[length++] = (byte) c;
            } else {
                tooLong = true;
            }
        }
        if (c == -1) {
            done = true;
            if (length == 0 && !tooLong) {
                return null;
            }
        }
        number++;
        if (tooLong) {
            return new Line(
                    number,
                    "",
                    Optional.of(
                            new Problem("", ProblemCode.LIMIT_EXCEEDED, "the line is longer than " + max + " bytes")));
        }
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(buffer, 0, length))
                    .toString();
            return new Line(number, text, Optional.empty());
        } catch (CharacterCodingException e) {
            return new Line(
                    number,
                    "",
                    Optional.of(new Problem(
                            "",
                            ProblemCode.SYNTAX,
                            "the line is not valid UTF-8; predict reads UTF-8 text, one JSON object a line")));
        }
    }
}
