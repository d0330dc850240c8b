package org.caseframe.core.log;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.core.validation.Problem;
import org.caseframe.core.validation.ProblemCode;

/**
 * The organisation's secret key for sealing decision-log records (HMAC-SHA-256), so that whoever holds a case file but
 * not the key cannot rewrite, remove or add records and seal them again. Its id (the first 16 hex digits of the key's
 * SHA-256) is written into each record it seals; the key itself never is. Keep it outside the case files, e.g. in a
 * file readable by the service only, or in the environment variable {@value #ENVIRONMENT}.
 */
public final class LogKey {
    /** The environment variable a key may be given in. */
    public static final String ENVIRONMENT = "CASEFRAME_LOG_KEY";

    /** The shortest key accepted, in bytes. */
    public static final int MIN_BYTES = 32;

    private final byte[] secret;
    private final String id;

    private LogKey(byte[] secret) {
        this.secret = secret.clone();
        this.id = HexFormat.of().formatHex(sha256(secret)).substring(0, 16);
    }

    /**
     * A key from its bytes.
     *
     * @throws IllegalArgumentException if shorter than {@value #MIN_BYTES} bytes
     */
    public static LogKey of(byte[] secret) {
        if (secret.length < MIN_BYTES) {
            throw new IllegalArgumentException(
                    "a log key needs at least " + MIN_BYTES + " bytes, not " + secret.length);
        }
        return new LogKey(secret);
    }

    /**
     * The key in {@code file}: its bytes, less trailing line breaks and spaces.
     *
     * @throws InvalidInputException if the file cannot be read or holds fewer than {@value #MIN_BYTES} bytes
     */
    public static LogKey fromFile(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException(
                    file.toString(), List.of(new Problem("", ProblemCode.IO, "cannot read the key file: " + e)));
        }
        return checked(trim(bytes), file.toString());
    }

    /** The key in the environment variable {@value #ENVIRONMENT}, if it is set. */
    public static Optional<LogKey> fromEnvironment() {
        String value = System.getenv(ENVIRONMENT);
        return value == null || value.isBlank()
                ? Optional.empty()
                : Optional.of(checked(trim(value.getBytes(StandardCharsets.UTF_8)), ENVIRONMENT));
    }

    private static LogKey checked(byte[] bytes, String source) {
        if (bytes.length < MIN_BYTES) {
            throw new InvalidInputException(
                    source,
                    List.of(new Problem(
                            "",
                            ProblemCode.LIMIT_EXCEEDED,
                            source + " holds a key of " + bytes.length + " bytes; a log key needs at least " + MIN_BYTES
                                    + " (for example: head -c 32 /dev/urandom | base64 > log.key)")));
        }
        return new LogKey(bytes);
    }

    private static byte[] trim(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r' || bytes[end - 1] == ' ')) {
            end--;
        }
        return Arrays.copyOf(bytes, end);
    }

    /** The key's id: the first 16 hex digits of its SHA-256, written into each record it seals. */
    public String id() {
        return id;
    }

    byte[] secret() {
        return secret.clone();
    }

    /** The id only: a key never appears in a log, a message or a stack trace. */
    @Override
    public String toString() {
        return "LogKey[" + id + "]";
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
