/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.phaen.cli.spi.Timer;
import org.phaen.cli.spi.internal.bench.Turns;
import org.phaen.model.ActionPlan;
import org.phaen.model.PhaenPackage;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.sample.SyntheticPlanGenerator;
import org.phaen.model.trace.PlanSummary;
import org.phaen.validation.Language;
import org.phaen.validation.LiveValidation;
import org.phaen.validation.PlanValidator;
import org.phaen.validation.RuleContext;
import org.phaen.validation.RuleMessages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phaen bench validate}: full validation of a ~100,000-object plan, and re-validation after single edits. */
@Command(
        name = "validate",
        description = "Full validation of a synthetic ~100,000-object plan; median re-validation after one edit.")
final class BenchValidateCommand implements Callable<Integer> {

    @Option(names = "--provinces", defaultValue = "77")
    int provinces;

    @Option(names = "--projects-per-province", defaultValue = "100")
    int projects;

    @Option(names = "--runs", defaultValue = "9")
    int runs;

    @Option(names = "--edits", defaultValue = "200", description = "Single edits timed for live re-validation.")
    int edits;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PlanModel model = new SyntheticPlanGenerator().generate(provinces, projects);
        ResourceSet set = PlanFiles.newResourceSet();
        Resource resource = set.createResource(URI.createURI("memory:/synthetic.phaen"));
        resource.getContents().add(model);
        PlanValidator validator = PlanValidator.withAllRules();
        out.printf(
                "plan: %,d objects, %d rules%n",
                new PlanSummary(model).totalObjects(), validator.rules().size());

        // The anchor: EMF's own Diagnostician over the same plan (its intrinsic constraints, the unique-ID check
        // answered by the resource's ID map), no Phaen rule; the two alternate so both see the same machine.
        Diagnostician emf = new Diagnostician(emfOnly());
        int[] findings = new int[2];
        Turns.Round full = r -> findings[0] = validator
                .validate(List.of(resource), new RuleContext(set))
                .findings()
                .size();
        Turns.Round anchor =
                r -> findings[1] = emf.validate(model).getChildren().size();
        Turns turns = new Turns(runs).warmUp(3, 12, full, anchor).time(full, anchor);
        turns.print(out, "full validation", "EMF Diagnostician pass", false, "target <= 8");
        out.printf(
                "full validation: %d findings, Diagnostician %d diagnostics (target < 150 ms)%n",
                findings[0], findings[1]);

        LiveValidation live = new LiveValidation(validator, set, List.of(resource));
        live.start();
        List<Project> all = new ArrayList<>();
        model.getPlans().stream()
                .filter(ActionPlan.class::isInstance)
                .forEach(p -> all.addAll(((ActionPlan) p).getProjects()));
        Random random = new Random(7);
        Timer incremental = new Timer(20, edits);
        for (int i = 0; i < 20 + edits; i++) {
            Project project = all.get(random.nextInt(all.size()));
            int kind = i % 3;
            incremental.time(() -> {
                edit(project, kind, random);
                live.revalidate();
            });
        }
        out.printf(
                "re-validation after one edit, median of %d: %6.2f ms  (target < 20 ms)%n",
                edits, incremental.median());
        live.dispose();
        return 0;
    }

    /** A registry that knows no validator but EMF's own for the Phaen package. */
    private static EValidatorRegistryImpl emfOnly() {
        EValidatorRegistryImpl registry = new EValidatorRegistryImpl();
        registry.put(PhaenPackage.eINSTANCE, EObjectValidator.INSTANCE);
        return registry;
    }

    /** One planner-like edit: rename, change an amount, or move the end date. */
    private static void edit(Project project, int kind, Random random) {
        switch (kind) {
            case 0 ->
                project.setName(RuleMessages.of(BenchValidateCommand.class, "org/phaen/validation/cli/messages")
                        .format(Language.TH, "bench.revised", project.getName()));
            case 1 -> project.getBudgetLines().get(0).setAmount(BigDecimal.valueOf(1_000 + random.nextInt(90_000), 2));
            default -> project.setEndDate(project.getEndDate().minusDays(1));
        }
    }
}
