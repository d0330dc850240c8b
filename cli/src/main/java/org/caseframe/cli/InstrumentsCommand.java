package org.caseframe.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.caseframe.Caseframe;
import org.caseframe.core.model.Domain;
import org.caseframe.core.model.InstrumentDefinition;
import org.caseframe.core.model.Item;
import org.caseframe.core.validation.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code caseframe instruments}: lists the catalogue; {@code instruments show} prints one definition. */
@Command(
        name = "instruments",
        description = "List the instrument catalogue: id, version and title, one per line (tab-separated).",
        subcommands = InstrumentsCommand.Show.class)
final class InstrumentsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--instruments",
            paramLabel = "DIR",
            description = "A directory of extra instrument definition files (repeatable).",
            scope = picocli.CommandLine.ScopeType.INHERIT)
    List<Path> directories = List.of();

    @Override
    public Integer call() {
        Caseframe catalogue = catalogue(spec.commandLine().getErr());
        if (catalogue == null) {
            return CaseframeCli.INVALID_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        catalogue.instruments().forEach(d -> out.println(d.id() + "\t" + d.version() + "\t" + d.title()));
        return 0;
    }

    Caseframe catalogue(PrintWriter err) {
        try {
            Caseframe.Builder builder = Caseframe.builder();
            directories.forEach(builder::instruments);
            return builder.build();
        } catch (InvalidInputException e) {
            e.problems().forEach(err::println);
            return null;
        }
    }

    /** The output formats of {@code show}. */
    enum Format {
        TEXT,
        JSON,
        YAML
    }

    /** {@code caseframe instruments show ID[@VERSION]}. */
    @Command(name = "show", description = "Print one instrument definition; without @VERSION, the latest version.")
    static final class Show implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @ParentCommand
        InstrumentsCommand parent;

        @Parameters(index = "0", paramLabel = "ID[@VERSION]", description = "e.g. erg22plus or erg22plus@1.0")
        String name;

        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                description = "text (default), json or yaml",
                converter = FormatConverter.class)
        Format format = Format.TEXT;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Caseframe catalogue = parent.catalogue(err);
            if (catalogue == null) {
                return CaseframeCli.INVALID_INPUT;
            }
            InstrumentDefinition d = catalogue.instrument(name).orElse(null);
            if (d == null) {
                err.println("/: no instrument " + name + " in the catalogue (see 'caseframe instruments')");
                return CaseframeCli.INVALID_INPUT;
            }
            switch (format) {
                case JSON -> out.print(Caseframe.toJson(d));
                case YAML -> out.print(Caseframe.toYaml(d));
                default -> text(out, d);
            }
            return 0;
        }

        private static void text(PrintWriter out, InstrumentDefinition d) {
            out.println(d.title() + " (" + d.ref() + ", " + d.kind() + ")");
            for (Domain domain : d.domains()) {
                List<Item> items = d.itemsIn(domain.id());
                out.println();
                out.println(domain.label() + " (" + items.size() + ")");
                items.forEach(i -> out.println("  " + i.id() + "  " + i.label()));
            }
            d.openItems().ifPresent(o -> out.println("\nUp to " + o.max() + " case-specific (+) items"));
            if (!d.judgements().isEmpty()) {
                out.println("\nJudgements entered by the assessor:");
                d.judgements().forEach(j -> out.println("  " + j.id() + "  " + j.label()));
            }
            out.println("\nSources:");
            d.sources().forEach(s -> out.println("  " + (s.verified() ? "" : "[unverified] ") + s.text()));
        }
    }

    /** Accepts the format in any case. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
