package org.caseframe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command line calls nothing but the front door: every method or field of the library it uses belongs to the
 * {@code org.caseframe} package (the front door) or to a value the front door hands out (a record, an enum, an
 * interface or an exception). Read from the compiled classes' constant pools (method references included), so a
 * command that reaches for {@code SentencePlanner} or {@code ReportRenderer} directly fails this test.
 */
class FrontDoorOnlyTest {
    private static final Pattern MEMBER_REF = Pattern.compile(
            "= (?:Methodref|InterfaceMethodref|Fieldref)\\s+\\S+\\s+// (?:\"[^\"]*\"\\.)?([\\w/$]+)\\.");

    static Set<String> libraryOwners(Path classes) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "javap").toString(), "-v", "-p"));
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(p -> p.toString().endsWith(".class"))
                    .filter(p -> !p.getFileName().toString().equals("module-info.class"))
                    .forEach(p -> command.add(p.toString()));
        }
        Path out = Files.createTempFile("javap", ".txt");
        Process p = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectErrorStream(true)
                .start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isZero();
        Set<String> owners = new TreeSet<>();
        Matcher m = MEMBER_REF.matcher(Files.readString(out));
        while (m.find()) {
            String owner = m.group(1).replace('/', '.');
            if (owner.startsWith("org.caseframe.")) {
                owners.add(owner);
            }
        }
        Files.delete(out);
        return owners;
    }

    static boolean frontDoorOrValue(String owner) throws ClassNotFoundException {
        if (owner.startsWith("org.caseframe.cli.")) {
            return true;
        }
        String pkg = owner.substring(0, owner.lastIndexOf('.'));
        if (pkg.equals("org.caseframe")) {
            return true;
        }
        Class<?> type = Class.forName(owner, false, FrontDoorOnlyTest.class.getClassLoader());
        return type.isRecord() || type.isEnum() || type.isInterface() || Throwable.class.isAssignableFrom(type);
    }

    @Test
    void theCommandLineCallsOnlyTheFrontDoorAndValues() throws Exception {
        Set<String> owners = libraryOwners(Path.of("target/classes"));
        List<String> reached = new ArrayList<>();
        for (String owner : owners) {
            if (!frontDoorOrValue(owner)) {
                reached.add(owner);
            }
        }

        assertThat(owners).as("the test reads the constant pools").contains("org.caseframe.Caseframe");
        assertThat(reached)
                .as("library classes the command line calls behind the front door's back")
                .isEmpty();
    }

    @Test
    void aCallBehindTheFrontDoorIsCaught() throws Exception {
        assertThat(frontDoorOrValue("org.caseframe.planning.plan.SentencePlanner"))
                .isFalse();
        assertThat(frontDoorOrValue("org.caseframe.report.render.ReportRenderer"))
                .isFalse();
        assertThat(frontDoorOrValue("org.caseframe.core.io.Json")).isFalse();
        assertThat(frontDoorOrValue("org.caseframe.planning.plan.SentencePlan")).isTrue();
    }
}
