/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.cli.spi.BadInputException;
import org.phaen.cli.spi.Loading;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.notation.NotationFile;
import org.phaen.diagram.svg.DiagramFiles;
import org.phaen.model.resource.PlanFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code phaen diagram PLAN... --kind KIND --out FILE.svg|.png}: a diagram laid out as the editor shows it, as an image. */
@Command(
        name = "diagram",
        description =
                "Write a diagram of the plans as SVG or PNG, laid out as the diagram editor shows it (positions fixed by hand kept).")
final class DiagramCommand implements Callable<Integer> {

    enum Kind {
        strategy_map("strategy-map"),
        alignment("alignment"),
        partner_network("partner-network");

        final String id;

        Kind(String id) {
            this.id = id;
        }
    }

    @Option(
            names = "--kind",
            defaultValue = "strategy_map",
            description = "strategy_map, alignment or partner_network (default ${DEFAULT-VALUE}).")
    Kind kind;

    @Option(
            names = {"-o", "--out"},
            required = true,
            paramLabel = "FILE",
            description = "The image: .svg or .png.")
    Path out;

    @Parameters(
            arity = "1..*",
            paramLabel = "PLAN",
            description = "Plan files; the positions fixed by hand come from the last one's notation file.")
    List<Path> planFiles;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String name = out.getFileName().toString().toLowerCase();
        if (!name.endsWith(".svg") && !name.endsWith(".png")) {
            throw new BadInputException(out + ": the file name ends in .svg or .png", null);
        }
        System.setProperty("java.awt.headless", "true");
        ResourceSet set = PlanFiles.newResourceSet();
        Loading.loadAll(set, planFiles);
        Path last = planFiles.get(planFiles.size() - 1);
        DiagramGraph graph =
                DiagramFiles.laidOut(kind.id, set, NotationFile.load(last, set).pins(kind.id));
        DiagramFiles.write(graph, out);
        PrintWriter writer = spec.commandLine().getOut();
        writer.printf(
                "wrote %s: %d nodes, %d edges%n",
                out, graph.nodes().size(), graph.edges().size());
        return 0;
    }
}
