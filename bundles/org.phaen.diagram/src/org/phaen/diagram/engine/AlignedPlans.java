/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.phaen.model.Alignment;
import org.phaen.model.PhaenPackage;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;

/**
 * The elements of other plans aligned to an element, by its UUID (a province's strategy aligned to a regional one),
 * with the projects that carry them out: what a plan's diagram can know of the plans loaded beside it (the plan files
 * received into the same folder). Links are read without loading the files they lead to.
 */
public final class AlignedPlans {

    /** No other plans known: no badge. */
    public static final AlignedPlans NONE = new AlignedPlans(Map.of(), 0);

    /**
     * One element aligned to the target, in a plan document of another file, and the projects implementing it.
     *
     * @param document the code and name of the strategic plan of its file (a province's plan), else the file's title
     * @param element its code and name
     * @param projects the codes of the projects carrying it out (itself, when it is a project)
     */
    public record Carrier(String document, String element, List<String> projects) {}

    private final Map<String, List<Carrier>> byTarget;
    private final int plans;

    private AlignedPlans(Map<String, List<Carrier>> byTarget, int plans) {
        this.byTarget = byTarget;
        this.plans = plans;
    }

    /** Indexes the alignments of every element of the plans. */
    public static AlignedPlans of(Collection<PlanModel> models) {
        Map<String, List<Carrier>> byTarget = new HashMap<>();
        for (PlanModel model : models) {
            Map<Strategy, List<String>> implementers = implementers(model);
            String plan = planOf(model);
            for (var all = model.eAllContents(); all.hasNext(); ) {
                if (all.next() instanceof PlanElement element
                        && !element.getAlignments().isEmpty()) {
                    List<String> projects = element instanceof Project project
                            ? List.of(label(project, false))
                            : implementers.getOrDefault(element, List.of());
                    Carrier carrier = new Carrier(plan, label(element, true), projects);
                    for (Alignment alignment : element.getAlignments()) {
                        String target =
                                uuidOf((EObject) alignment.eGet(PhaenPackage.Literals.ALIGNMENT__TARGET, false));
                        if (target != null) {
                            byTarget.computeIfAbsent(target, t -> new ArrayList<>())
                                    .add(carrier);
                        }
                    }
                }
            }
        }
        return new AlignedPlans(byTarget, models.size());
    }

    /** What a file's carriers are counted and named by: its strategic plan (a province's), else its title. */
    private static String planOf(PlanModel model) {
        return model.getPlans().stream()
                .filter(StrategicPlan.class::isInstance)
                .findFirst()
                .map(plan -> label(plan, true))
                .orElse(model.getTitle() == null ? "" : model.getTitle());
    }

    private static Map<Strategy, List<String>> implementers(PlanModel model) {
        Map<Strategy, List<String>> implementers = new HashMap<>();
        for (var all = model.eAllContents(); all.hasNext(); ) {
            if (all.next() instanceof Project project) {
                for (Strategy strategy : project.getImplementsStrategies()) {
                    implementers
                            .computeIfAbsent(strategy, s -> new ArrayList<>())
                            .add(label(project, false));
                }
            }
        }
        return implementers;
    }

    /** True when no plan was given to look in. */
    public boolean isEmpty() {
        return plans == 0;
    }

    /** The elements aligned to the element with this UUID, in the order the plans were given. */
    public List<Carrier> alignedTo(String uuid) {
        return byTarget.getOrDefault(uuid, List.of());
    }

    /** The plan documents the carriers are in, each once. */
    public static Set<String> documents(List<Carrier> carriers) {
        Set<String> documents = new LinkedHashSet<>();
        carriers.forEach(c -> documents.add(c.document()));
        return documents;
    }

    /** The projects carrying them out, each once. */
    public static Set<String> projects(List<Carrier> carriers) {
        Set<String> projects = new LinkedHashSet<>();
        carriers.forEach(c -> projects.addAll(c.projects()));
        return projects;
    }

    private static String uuidOf(EObject target) {
        if (target == null) {
            return null;
        }
        return target.eIsProxy() ? ((InternalEObject) target).eProxyURI().fragment() : Labels.id(target);
    }

    private static String label(EObject element, boolean withName) {
        return Labels.text(element, withName ? List.of("code", "name") : List.of("code"));
    }
}
