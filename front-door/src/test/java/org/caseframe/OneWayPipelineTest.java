package org.caseframe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way: once a case is assessed, nothing below the front door goes back to the raw case file. No
 * compiled class of the planning or report modules refers to {@code CaseFile}, except the cohort generator, which
 * makes case files (before anything is read). Read from the class files' constant pools, so a field, parameter,
 * local call or method reference all count.
 */
class OneWayPipelineTest {
    private static final String CASE_FILE = "org/caseframe/core/model/CaseFile";

    static List<String> referring(Path classes) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                if (refersTo(Files.readAllBytes(f), CASE_FILE)) {
                    found.add(classes.relativize(f).toString());
                }
            }
        }
        return found;
    }

    // A class refers to another in its constant pool as a UTF-8 entry holding exactly the internal name (a class
    // constant), or a descriptor holding "L<name>;". Both are found by a byte search.
    static boolean refersTo(byte[] classFile, String internalName) {
        String text = new String(classFile, StandardCharsets.ISO_8859_1);
        byte[] name = internalName.getBytes(StandardCharsets.ISO_8859_1);
        String exact =
                new String(new byte[] {1, (byte) (name.length >> 8), (byte) name.length}, StandardCharsets.ISO_8859_1)
                        + internalName;
        return text.contains("L" + internalName + ";") || text.contains(exact);
    }

    @Test
    void planningAndReportsNeverReachBackToTheCaseFile() throws IOException {
        List<String> found = new ArrayList<>();
        found.addAll(referring(Path.of("../planning/target/classes")));
        found.addAll(referring(Path.of("../report-templates/target/classes")));

        assertThat(found).containsExactly("org/caseframe/planning/whatif/CohortGenerator.class");
    }

    @Test
    void theSearchFindsAReference() throws IOException {
        assertThat(referring(Path.of("../instruments/target/classes")))
                .contains("org/caseframe/instruments/AssessedCase.class");
    }

    @Test
    void testsOfLowerModulesReadOnlyTheirOwnFixtures() throws IOException {
        List<String> found = new ArrayList<>();
        for (String module : List.of("assessment-core", "instruments", "planning", "report-templates")) {
            try (Stream<Path> files = Files.walk(Path.of("..", module, "src", "test"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    if (Files.readString(f).contains("../examples")) {
                        found.add(f.toString());
                    }
                }
            }
        }
        assertThat(found)
                .as("tests below the front door reading the examples module's files")
                .isEmpty();
    }
}
