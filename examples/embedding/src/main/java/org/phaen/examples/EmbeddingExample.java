package org.phaen.examples;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.phaen.model.ActionPlan;
import org.phaen.model.Alignment;
import org.phaen.model.BudgetLine;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;
import org.phaen.model.resource.PlanFiles;

/**
 * Loads the sample regional and provincial plans in a plain Java program, follows the provincial
 * strategies' alignment across files to the regional plan, adds a project, and saves.
 */
public final class EmbeddingExample {

    public static void main(String[] args) throws Exception {
        Path samples = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        for (String name : new String[] { "region17-2562.phaen", "phitsanulok-2562.phaen" }) {
            Files.copy(samples.resolve(name), work.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        ResourceSet set = PlanFiles.newResourceSet();
        PlanModel provincial = PlanFiles.load(set, work.resolve("phitsanulok-2562.phaen"));

        int aligned = 0;
        for (PlanDocument document : provincial.getPlans()) {
            if (document instanceof StrategicPlan plan) {
                for (StrategicIssue issue : plan.getStrategicIssues()) {
                    for (Strategy strategy : issue.getStrategies()) {
                        for (Alignment alignment : strategy.getAlignments()) {
                            var target = alignment.getTarget(); // resolves the cross-file reference
                            if (target.eIsProxy()) {
                                throw new IllegalStateException("unresolved alignment of " + strategy.getCode());
                            }
                            System.out.printf("%s %s -> %s %s (%s)%n", strategy.getCode(), strategy.getName(),
                                    target.getCode(), target.getName(), target.eResource().getURI().lastSegment());
                            aligned++;
                        }
                    }
                }
            }
        }
        ActionPlan actionPlan = provincial.getPlans().stream().filter(ActionPlan.class::isInstance)
                .map(ActionPlan.class::cast).findFirst().orElseThrow();
        Project project = PhaenFactory.eINSTANCE.createProject();
        project.setCode("EMB-01");
        project.setName("โครงการที่เพิ่มจากโปรแกรมฝังตัว");
        project.setNameEn("Project added by an embedding program");
        project.getImplementsStrategies().add(actionPlan.getProjects().get(0).getImplementsStrategies().get(0));
        BudgetLine line = PhaenFactory.eINSTANCE.createBudgetLine();
        line.setAmount(new BigDecimal("15000.25"));
        line.setSource(actionPlan.getProjects().get(0).getBudgetLines().get(0).getSource());
        project.getBudgetLines().add(line);
        actionPlan.getProjects().add(project);
        PlanFiles.save(provincial);

        PlanModel reloaded = PlanFiles.load(PlanFiles.newResourceSet(), work.resolve("phitsanulok-2562.phaen"));
        Project again = (Project) reloaded.eResource().getEObject(project.getUuid());
        EcoreUtil.resolveAll(reloaded.eResource().getResourceSet());
        System.out.printf("aligned strategies: %d; saved and reloaded project %s (%s baht, %d projects in %s)%n",
                aligned, again.getCode(), again.getBudgetLines().get(0).getAmount().toPlainString(),
                ((ActionPlan) again.eContainer()).getProjects().size(), work.resolve("phitsanulok-2562.phaen"));
        if (aligned == 0) {
            throw new IllegalStateException("no cross-file alignment found");
        }
    }
}
