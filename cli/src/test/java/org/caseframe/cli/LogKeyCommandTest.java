package org.caseframe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code log append} and {@code log verify --key-file}: a log sealed with the organisation's key resists a rewrite. */
class LogKeyCommandTest {
    @TempDir
    Path dir;

    Path caseFile;
    Path key;

    @BeforeEach
    void setUp() throws Exception {
        caseFile = Files.copy(Path.of("../examples/cases/terrorist-licence.yaml"), dir.resolve("case.yaml"));
        key = Files.writeString(dir.resolve("log.key"), "k3y-material-for-tests-0123456789abcdef\n");
    }

    private CliRun append(String decision, String at, String... extra) {
        String[] base = {
            "log",
            "append",
            caseFile.toString(),
            "--decision",
            decision,
            "--rationale",
            "Panel review",
            "--by",
            "Pat Manager",
            "--role",
            "Senior probation officer",
            "--marking",
            "OFFICIAL",
            "--at",
            at
        };
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        return CliRun.run("", all);
    }

    @Test
    void aSealedAppendVerifiesWithTheKeyAndSaysWhatItChecked() {
        CliRun appended = append("MAPPA level 3 confirmed", "2026-11-20T10:00:00Z", "--key-file", key.toString());
        CliRun verified = CliRun.run("", "log", "verify", caseFile.toString(), "--key-file", key.toString());
        CliRun withoutKey = CliRun.run("", "log", "verify", caseFile.toString());

        assertThat(appended.exit()).as(appended.errLines().toString()).isZero();
        assertThat(appended.out()).startsWith("appended record 7 to " + caseFile + " (sealed with key ");
        assertThat(verified.exit()).isZero();
        assertThat(verified.out()).contains("decision log intact (7 records", "every seal checked");
        assertThat(withoutKey.exit()).isZero();
        assertThat(withoutKey.out()).contains("seals not checked without the key: give --key-file");
        assertThat(CliRun.run("", "validate", "--today", "2026-11-22", caseFile.toString())
                        .exit())
                .isZero();
    }

    @Test
    void anUnkeyedLogSaysItDetectsAccidentalChangeOnly() {
        CliRun verified = CliRun.run("", "log", "verify", caseFile.toString());

        assertThat(verified.exit()).isZero();
        assertThat(verified.out())
                .contains("unkeyed: detects accidental change only, not a rewrite by whoever holds the file");
    }

    @Test
    void aLogRewrittenAndResealedWithoutTheKeyFailsNamingTheRecord() throws Exception {
        append("MAPPA level 3 confirmed", "2026-11-20T10:00:00Z", "--key-file", key.toString());
        append("Refer to DDP", "2026-11-21T10:00:00Z", "--key-file", key.toString());
        // Someone holding the file but not the key rewrites record 8 and seals it with a key of their own.
        Path otherKey = Files.writeString(dir.resolve("other.key"), "not-the-organisations-key-0123456789abc\n");
        String text = Files.readString(caseFile);
        int cut = text.lastIndexOf("  - sequence: 8");
        Files.writeString(caseFile, text.substring(0, cut));
        CliRun forged = append("Do not refer to DDP", "2026-11-21T10:00:00Z", "--key-file", otherKey.toString());

        CliRun verified = CliRun.run("", "log", "verify", caseFile.toString(), "--key-file", key.toString());

        assertThat(forged.exit()).as("appending with another key is refused").isEqualTo(2);
        assertThat(verified.exit()).isZero().as("the cut log is still intact up to record 7");
        assertThat(CliRun.run("", "log", "verify", caseFile.toString(), "--key-file", otherKey.toString())
                        .errLines())
                .singleElement()
                .asString()
                .startsWith("/decisionLog/6: record 7 is sealed with another key");
    }

    @Test
    void aSealedRecordEditedInTheFileIsNamed() throws Exception {
        append("MAPPA level 3 confirmed", "2026-11-20T10:00:00Z", "--key-file", key.toString());
        append("Refer to DDP", "2026-11-21T10:00:00Z", "--key-file", key.toString());
        Files.writeString(caseFile, Files.readString(caseFile).replace("Refer to DDP", "Do not refer to DDP"));

        CliRun verified = CliRun.run("", "log", "verify", caseFile.toString(), "--key-file", key.toString());

        assertThat(verified.exit()).isEqualTo(2);
        assertThat(verified.errLines())
                .containsExactly("/decisionLog/7: record 8 was changed after it was written: its hash does not match");
    }

    @Test
    void aRecordDatedBeforeTheOneAboveItIsRefused() {
        CliRun run = append("Back-dated", "2020-01-01T00:00:00Z");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines())
                .singleElement()
                .asString()
                .startsWith("/decisionLog: 2020-01-01T00:00:00Z is before");
    }

    @Test
    void aKeyFileTooShortIsAClearError() throws Exception {
        Path shortKey = Files.writeString(dir.resolve("short.key"), "short");

        CliRun run = CliRun.run("", "log", "verify", caseFile.toString(), "--key-file", shortKey.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("a log key needs at least 32");
    }
}
