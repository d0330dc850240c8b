package org.caseframe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** People type --help: every command and subcommand answers it (and -h) with its usage and exit code 0. */
class HelpTest {

    /** Every command path in the tree, e.g. [plan], [policy, check]; found by walking picocli's model. */
    static Stream<List<String>> commands() {
        List<List<String>> paths = new ArrayList<>();
        walk(new CommandLine(new CaseframeCli()), new ArrayList<>(), paths);
        return paths.stream();
    }

    private static void walk(CommandLine command, List<String> path, List<List<String>> paths) {
        paths.add(List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals(sub.getCommandName())) {
                return; // an alias of a command already walked
            }
            List<String> next = new ArrayList<>(path);
            next.add(name);
            walk(sub, next, paths);
        });
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandAnswersHelpWithItsUsage(List<String> path) {
        for (String flag : List.of("--help", "-h")) {
            List<String> args = new ArrayList<>(path);
            args.add(flag);
            CliRun run = CliRun.run("", args.toArray(String[]::new));

            assertThat(run.exit()).as("%s %s", path, flag).isZero();
            assertThat(run.out()).as("%s %s", path, flag).contains("Usage: caseframe");
            assertThat(run.errLines()).as("%s %s", path, flag).isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void theTreeHoldsEverySubcommand() {
        assertThat(commands().map(p -> String.join(" ", p)))
                .contains(
                        "",
                        "validate",
                        "plan",
                        "report",
                        "run",
                        "predict",
                        "policy check",
                        "policy export-dmn",
                        "log verify",
                        "instruments show",
                        "whatif",
                        "generate",
                        "schema");
    }
}
