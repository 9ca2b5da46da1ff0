/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.alignment;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.phaen.model.ActionPlan;
import org.phaen.model.Goal;
import org.phaen.model.Indicator;
import org.phaen.model.Measure;
import org.phaen.model.Mission;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanLevel;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;
import org.phaen.model.trace.Traceability;
import org.phaen.validation.RuleContext;

/**
 * What the alignment rules share: the plan level an element belongs to, the order of levels, and the
 * numbers messages use to name an element's kind and level in Thai and English (choice formats).
 */
final class Plans {

    /**
     * An unused text argument. Messages take text as {1} to {3} and numbers for choice formats (the kind
     * or level of an element, in words of each language) from {4} on, so every message also formats with
     * text arguments alone, as the rule catalogue checks it.
     */
    static final String TEXT = "";

    /** The message number of "a plan without a level", after the {@link PlanLevel} values 0..10. */
    static final int NO_LEVEL = 11;

    private Plans() {}

    /** The plan documents of every loaded file, reached from the files' roots (no walk over the whole model). */
    static List<PlanDocument> documents(RuleContext context) {
        List<PlanDocument> documents = new ArrayList<>();
        for (Resource resource : context.resources()) {
            for (EObject root : resource.getContents()) {
                if (root instanceof PlanModel model) {
                    documents.addAll(model.getPlans());
                }
            }
        }
        return documents;
    }

    /** Every plan document with its strategic issues, strategies and projects: where upward links start. */
    static List<PlanElement> cascade(RuleContext context) {
        List<PlanElement> elements = new ArrayList<>();
        for (PlanDocument document : documents(context)) {
            elements.add(document);
            if (document instanceof StrategicPlan plan) {
                for (StrategicIssue issue : plan.getStrategicIssues()) {
                    elements.add(issue);
                    elements.addAll(issue.getStrategies());
                }
            } else if (document instanceof ActionPlan action) {
                elements.addAll(action.getProjects());
            }
        }
        return elements;
    }

    /**
     * The level of the plan document an element is in: the level the planner chose, or for an action
     * plan without one, the annual action plan level. Null when unknown.
     */
    static PlanLevel levelOf(EObject element) {
        PlanDocument document = Traceability.documentOf(element);
        if (document == null) {
            return null;
        }
        if (document.isSetLevel()) {
            return document.getLevel();
        }
        return document instanceof ActionPlan ? PlanLevel.ANNUAL_ACTION_PLAN : null;
    }

    static int levelCode(EObject element) {
        PlanLevel level = levelOf(element);
        return level == null ? NO_LEVEL : level.getValue();
    }

    /** Levels above the regional strategic plan: national strategy down to ministry plans. */
    static boolean isAboveRegional(PlanLevel level) {
        return level != null && level.getValue() < PlanLevel.REGIONAL_STRATEGIC_PLAN_VALUE;
    }

    /**
     * The tier of a level in the Thai plan hierarchy, 1 the highest. Master plans, reform plans and
     * the NESDP are all second-level plans (แผนระดับที่ 2) under the national strategy, so none of them
     * is higher than another; below them come government policy, ministry policy, ministry plans,
     * then the regional, provincial, agency and annual action plans.
     */
    static int tier(PlanLevel level) {
        return switch (level) {
            case NATIONAL_STRATEGY -> 1;
            case MASTER_PLAN, NATIONAL_REFORM_PLAN, NESDP -> 2;
            case GOVERNMENT_POLICY -> 3;
            case MINISTRY_POLICY -> 4;
            case MINISTRY_PLAN -> 5;
            case REGIONAL_STRATEGIC_PLAN -> 6;
            case PROVINCIAL_EDUCATION_PLAN -> 7;
            case AGENCY_PLAN -> 8;
            case ANNUAL_ACTION_PLAN -> 9;
        };
    }

    /** The kind of an element for messages: 0 plan, 1 mission, 2 issue, 3 goal, 4 strategy, 5 measure, 6 indicator, 7 project, 8 other. */
    static int kindCode(EObject element) {
        if (element instanceof PlanDocument) {
            return 0;
        } else if (element instanceof Mission) {
            return 1;
        } else if (element instanceof StrategicIssue) {
            return 2;
        } else if (element instanceof Goal) {
            return 3;
        } else if (element instanceof Strategy) {
            return 4;
        } else if (element instanceof Measure) {
            return 5;
        } else if (element instanceof Indicator) {
            return 6;
        }
        return element instanceof Project ? 7 : 8;
    }
}
