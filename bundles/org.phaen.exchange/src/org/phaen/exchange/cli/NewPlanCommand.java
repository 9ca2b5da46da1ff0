/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.cli.spi.BadInputException;
import org.phaen.cli.spi.Loading;
import org.phaen.exchange.derive.AlignedPlanDraft;
import org.phaen.model.PlanLevel;
import org.phaen.model.PlanModel;
import org.phaen.model.StrategicPlan;
import org.phaen.model.resource.PlanFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phaen new-plan --aligned-to REGION.phaen --name N --code C --out F}: a draft plan aligned, element by element, to a higher plan. */
@Command(
        name = "new-plan",
        description =
                "Start a plan aligned to a higher plan: its issues, goals, indicators and strategies copied and aligned, for the planners to adapt.")
final class NewPlanCommand implements Callable<Integer> {

    @Option(
            names = "--aligned-to",
            required = true,
            paramLabel = "PLAN",
            description = "The plan file of the higher plan (e.g. the regional plan).")
    Path upperFile;

    @Option(
            names = "--plan",
            paramLabel = "CODE",
            description =
                    "Code of the strategic plan to align to when the file holds several (default: the regional or lowest-level one).")
    String upperCode;

    @Option(names = "--name", required = true, description = "Name of the new plan (Thai).")
    String name;

    @Option(names = "--code", required = true, description = "Code of the new plan; its elements' codes start with it.")
    String code;

    @Option(
            names = "--level",
            defaultValue = "PROVINCIAL_EDUCATION_PLAN",
            description = "Plan level (default ${DEFAULT-VALUE}; one of ${COMPLETION-CANDIDATES}).")
    PlanLevel level;

    @Option(
            names = {"-o", "--out"},
            required = true,
            paramLabel = "FILE",
            description = "The new plan file (.phaen); refused if it exists.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(out) || !out.getFileName().toString().endsWith(".phaen")) {
            throw new BadInputException(
                    out + (Files.exists(out) ? " exists; choose another name" : ": a plan file's name ends in .phaen"),
                    null);
        }
        ResourceSet set = PlanFiles.newResourceSet();
        PlanModel upperModel = Loading.loadAll(set, List.of(upperFile)).get(0);
        StrategicPlan upper = choose(upperModel);
        PlanModel draft = AlignedPlanDraft.from(upper, name, code, level);
        PlanFiles.saveAs(draft, set, out);
        PrintWriter writer = spec.commandLine().getOut();
        writer.printf(
                "wrote %s: %d strategic issues aligned to %s%n",
                out,
                ((StrategicPlan) draft.getPlans().get(0)).getStrategicIssues().size(),
                upper.getCode());
        return 0;
    }

    private StrategicPlan choose(PlanModel model) throws BadInputException {
        List<StrategicPlan> plans = model.getPlans().stream()
                .filter(StrategicPlan.class::isInstance)
                .map(StrategicPlan.class::cast)
                .toList();
        if (upperCode != null) {
            return plans.stream()
                    .filter(p -> upperCode.equals(p.getCode()))
                    .findFirst()
                    .orElseThrow(() ->
                            new BadInputException(upperFile + " has no strategic plan with code " + upperCode, null));
        }
        return AlignedPlanDraft.planToAlignTo(model)
                .orElseThrow(() -> new BadInputException(upperFile + " holds no strategic plan", null));
    }
}
