/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.cli;

import java.nio.file.Path;
import java.util.List;
import org.phaen.cli.spi.BadInputException;
import org.phaen.cli.spi.InputFiles;
import org.phaen.cli.spi.Loading;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What the commands reading an edited sheet back share: the plan files (the last is changed) and --dry-run. */
final class EditedPlan {

    @Option(names = "--dry-run", description = "Say what would change; save nothing.")
    boolean dryRun;

    @Parameters(
            arity = "1..*",
            paramLabel = "PLAN",
            description = "Plan files, as given to 'phaen export'; the last one is changed.")
    List<Path> planFiles;

    /** The last plan, loaded with the others, once the edited file is known to exist. */
    PlanModel load(Path edited) throws BadInputException {
        PlanModel plan = Loading.last(planFiles);
        InputFiles.require(List.of(edited));
        return plan;
    }

    /** Saves the plan (the safe save) unless this is a dry run; says so. */
    void save(PlanModel plan, java.io.PrintWriter out) throws java.io.IOException {
        if (!dryRun) {
            PlanFiles.save(plan);
            out.printf("saved %s%n", planFiles.get(planFiles.size() - 1));
        }
    }
}
