/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.phaen.model.ActionPlan;
import org.phaen.model.PlanElement;
import org.phaen.model.Project;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;
import org.phaen.model.query.AlignmentChains;
import org.phaen.model.query.Elements;

/**
 * What a strategic plan's book gathers from other plans: the action plans that carry it out (whose strategic plan
 * it is, or whose projects serve its strategies directly or through aligned lower-level strategies), and for each of
 * its strategies the projects that serve it. Links to other files are followed (loading them), so the regional plan's
 * book finds the provincial action plans its monitoring plan and MOUs name.
 */
public final class Related {

    private Related() {}

    /** The action plans serving {@code plan}, by fiscal year then code. */
    public static List<ActionPlan> actionPlans(StrategicPlan plan) {
        ResourceSet set = plan.eResource() == null ? null : plan.eResource().getResourceSet();
        if (plan.eResource() != null) {
            EcoreUtil.resolveAll(plan.eResource());
        }
        List<ActionPlan> all = set != null
                ? Elements.allOf(set, ActionPlan.class)
                : Elements.allOf(EcoreUtil.getRootContainer(plan), ActionPlan.class);
        Set<ActionPlan> out = new LinkedHashSet<>();
        for (ActionPlan ap : all) {
            if (ap.getStrategicPlan() == plan
                    || ap.getProjects().stream().anyMatch(p -> !served(p, plan).isEmpty())) {
                out.add(ap);
            }
        }
        List<ActionPlan> sorted = new ArrayList<>(out);
        sorted.sort(
                Comparator.comparingInt(ActionPlan::getFiscalYear).thenComparing(ap -> String.valueOf(ap.getCode())));
        return sorted;
    }

    /** The strategies of {@code plan} a project serves: those it implements, and those its chains of alignment reach. */
    public static Set<Strategy> served(Project project, StrategicPlan plan) {
        Set<Strategy> out = new LinkedHashSet<>();
        for (List<PlanElement> chain : AlignmentChains.of(project)) {
            for (PlanElement element : chain) {
                if (element instanceof Strategy s && EcoreUtil.isAncestor(plan, s)) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}
