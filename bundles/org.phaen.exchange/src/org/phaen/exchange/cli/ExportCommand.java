package org.phaen.exchange.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.phaen.cli.spi.Loading;
import org.phaen.exchange.alignment.AlignmentCandidates;
import org.phaen.exchange.alignment.AlignmentSheetWriter;
import org.phaen.exchange.json.PlanJson;
import org.phaen.model.PlanModel;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code phaen export PLAN... --json OUT | --alignment-sheet OUT}: the last plan named, as JSON or as an alignment sheet. */
@Command(name = "export", description = "Write the last plan named as JSON, or its alignments as an XLSX sheet to review and edit (read back with 'phaen align').")
final class ExportCommand implements Callable<Integer> {

    static final class Target {
        @Option(names = "--json", paramLabel = "OUT", description = "The whole plan as JSON (emfjson-jackson); links to other plan files stay links.")
        Path json;

        @Option(names = "--alignment-sheet", paramLabel = "OUT", description = "One row per alignment of each plan element, with a list of the elements of every plan named to align to.")
        Path sheet;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Parameters(arity = "1..*", paramLabel = "PLAN", description = "Plan files; the last is exported, the others are there to align to.")
    List<Path> planFiles;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PlanModel plan = Loading.last(planFiles);
        if (target.json != null) {
            PlanJson.write(plan, target.json);
            out.printf("wrote %s%n", target.json);
        } else {
            int rows = new AlignmentSheetWriter(new AlignmentCandidates(plan)).write(plan, target.sheet);
            out.printf("wrote %s: %d rows%n", target.sheet, rows);
        }
        return 0;
    }
}
