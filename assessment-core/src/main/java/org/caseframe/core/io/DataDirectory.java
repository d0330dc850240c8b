package org.caseframe.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.caseframe.core.validation.InvalidInputException;
import org.caseframe.core.validation.Problem;
import org.caseframe.core.validation.ProblemCode;

/** A directory of data files a user supplies: new instrument versions, policies, coefficients, section tables. */
public final class DataDirectory {
    private DataDirectory() {}

    /**
     * The {@code .json}, {@code .yaml} and {@code .yml} files in {@code directory}, in name order.
     *
     * @throws InvalidInputException when the directory cannot be listed
     */
    public static List<Path> files(Path directory) {
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.filter(p -> Format.ofFileName(p).isPresent())
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new InvalidInputException(
                    directory.toString(),
                    List.of(new Problem("", ProblemCode.IO, "cannot list the directory: " + e.getMessage())));
        }
    }
}
