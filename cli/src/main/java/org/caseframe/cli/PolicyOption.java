package org.caseframe.cli;

import org.caseframe.core.io.ReadResult;
import org.caseframe.planning.matrix.Policies;
import org.caseframe.planning.matrix.Policy;
import picocli.CommandLine.Option;

/** The {@code --policy FILE|ID} option shared by commands that plan. */
final class PolicyOption {
    @Option(
            names = "--policy",
            paramLabel = "FILE|ID",
            description = "A policy file, or a bundled policy id (current-practice, responsive). Default: responsive.")
    String policy = "responsive";

    /** The policy named, read and checked. */
    ReadResult<Policy> resolve() {
        return Policies.resolve(policy);
    }
}
