/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.eclipse.emf.ecore.EObject;
import org.phaen.cli.spi.Timer;
import org.phaen.compare.PlanComparison;
import org.phaen.compare.PlanDiff;
import org.phaen.compare.PlanIndex;
import org.phaen.compare.Words;
import org.phaen.model.Activity;
import org.phaen.model.BudgetLine;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.Target;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.sample.SyntheticPlanGenerator;
import org.phaen.model.trace.PlanSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phaen bench diff}: {@code phaen diff} of a ~100,000-object plan and a copy with a few hundred elements edited. */
@Command(
        name = "diff",
        description =
                "phaen diff of a synthetic ~100,000-object plan and a copy with 300 elements edited (load both, compare, write the text).")
final class BenchDiffCommand implements Callable<Integer> {

    @Option(names = "--provinces", defaultValue = "77")
    int provinces;

    @Option(names = "--projects-per-province", defaultValue = "100")
    int projects;

    @Option(names = "--runs", defaultValue = "9", description = "Measured runs (after warm-up); medians are printed.")
    int runs;

    @Option(names = "--warmup", defaultValue = "3")
    int warmup;

    @Option(
            names = "--keep",
            paramLabel = "DIR",
            description = "Write the two plans into DIR and keep them (to time ./phaen diff on them).")
    Path keep;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("phaen-bench-diff");
        Path before = dir.resolve("synthetic.phaen"), after = dir.resolve("synthetic-edited.phaen");
        PlanModel generated = new SyntheticPlanGenerator().generate(provinces, projects);
        PlanFiles.saveAs(generated, PlanFiles.newResourceSet(), before);
        PlanModel copy = PlanFiles.load(PlanFiles.newResourceSet(), before);
        int edits = edit(copy, new Random(2562));
        PlanFiles.saveAs(copy, PlanFiles.newResourceSet(), after);
        out.printf(
                "plans: %,d objects each, %.1f MB; %d elements edited in the copy%n",
                new PlanSummary(generated).totalObjects(), Files.size(before) / 1e6, edits);
        Timer load = new Timer(warmup, runs), compare = new Timer(warmup, runs), write = new Timer(warmup, runs);
        PlanComparison[] found = new PlanComparison[1];
        for (int i = 0; i < warmup + runs; i++) {
            PlanIndex[] plans = new PlanIndex[2];
            load.time(
                    () -> System.arraycopy(DiffCommand.loadBoth(before.toString(), after.toString()), 0, plans, 0, 2));
            compare.time(() -> found[0] = PlanDiff.compare(plans[0], plans[1]));
            write.time(
                    () -> DiffFormat.TEXT.write(found[0], Words.THAI, "a", "b", new PrintWriter(new StringWriter())));
        }
        double total = load.median() + compare.median() + write.median();
        out.printf("differences found: %d (%s)%n", found[0].differences().size(), found[0].counts());
        out.printf("load and index both, in parallel (median of %d): %8.1f ms%n", runs, load.median());
        out.printf("compare (median):          %8.1f ms%n", compare.median());
        out.printf("write the text (median):   %8.1f ms%n", write.median());
        out.printf("phaen diff in one JVM:     %8.1f ms  (target < 2000 ms with the JVM's start)%n", total);
        if (keep == null) {
            Files.delete(before);
            Files.delete(after);
            Files.deleteIfExists(dir.resolve("synthetic.phaen.bak"));
            Files.delete(dir);
        } else {
            out.printf("kept: %s %s%n", before, after);
        }
        return found[0].differences().size() == edits ? 0 : 1;
    }

    /** 100 projects renamed, 100 budget amounts and 50 targets changed, 25 activities deleted and 25 moved to another project. */
    static int edit(PlanModel plan, Random random) {
        List<Project> projectList = all(plan, Project.class);
        List<BudgetLine> lines = all(plan, BudgetLine.class);
        List<Target> targets = all(plan, Target.class);
        java.util.Set<Activity> budgeted = new java.util.HashSet<>();
        lines.forEach(line -> budgeted.add(line.getActivity()));
        // Activities no budget line names: deleting one changes nothing else, so each edit is one difference.
        List<Activity> activities = all(plan, Activity.class).stream()
                .filter(a -> !budgeted.contains(a))
                .toList();
        int edits = 0;
        for (Project project : pick(projectList, 100, random)) {
            project.setName(project.getName() + " (revised)");
            edits++;
        }
        for (BudgetLine line : pick(lines, 100, random)) {
            line.setAmount(
                    line.getAmount() == null ? BigDecimal.ONE : line.getAmount().add(BigDecimal.valueOf(1000)));
            edits++;
        }
        for (Target target : pick(targets, 50, random)) {
            target.setValue(
                    target.getValue() == null
                            ? BigDecimal.TEN
                            : target.getValue().add(BigDecimal.ONE));
            edits++;
        }
        List<Activity> chosen = pick(activities, 50, random);
        for (int i = 0; i < chosen.size(); i++) {
            Activity activity = chosen.get(i);
            if (i % 2 == 0) {
                org.eclipse.emf.ecore.util.EcoreUtil.remove(activity);
            } else {
                Project other = projectList.get(random.nextInt(projectList.size()));
                while (other == activity.eContainer()) {
                    other = projectList.get(random.nextInt(projectList.size()));
                }
                other.getActivities().add(activity);
            }
            edits++;
        }
        return edits;
    }

    private static <T> List<T> all(PlanModel plan, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Iterator<EObject> all = plan.eAllContents(); all.hasNext(); ) {
            EObject next = all.next();
            if (type.isInstance(next)) {
                found.add(type.cast(next));
            }
        }
        return found;
    }

    private static <T> List<T> pick(List<T> from, int count, Random random) {
        List<T> copy = new ArrayList<>(from);
        java.util.Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(count, copy.size()));
    }
}
