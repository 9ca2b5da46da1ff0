/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.alignment;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.validation.Fixtures.*;

import java.util.List;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.phaen.model.ActionPlan;
import org.phaen.model.Alignment;
import org.phaen.model.AlignmentKind;
import org.phaen.model.Goal;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanLevel;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;
import org.phaen.validation.Finding;
import org.phaen.validation.Fixtures;
import org.phaen.validation.LiveValidation;
import org.phaen.validation.Rule;
import org.phaen.validation.RuleTester;

/**
 * Plans for the alignment rules: a complete, valid cascade over two files (the national strategy and
 * the regional plan in one, a provincial plan and its FY 2562 action plan in the other) that tests
 * then break in one place.
 */
final class AlignmentFixtures {

    private AlignmentFixtures() {}

    /** National issue NS-1 ← regional issue R-1 (goal R-G1, strategy R-S1) ← provincial P-1 (P-G1, P-S1 → R-S1) ← project PJ-1. */
    static final class Cascade {
        final PlanModel region = F.createPlanModel();
        final PlanModel province = F.createPlanModel();
        final StrategicPlan national = strategicPlan(region, PlanLevel.NATIONAL_STRATEGY, "NS", "ยุทธศาสตร์ชาติ");
        final StrategicIssue nationalIssue = issue(national, "NS-1", "การพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์");
        final StrategicPlan regional =
                strategicPlan(region, PlanLevel.REGIONAL_STRATEGIC_PLAN, "REG", "แผนยุทธศาสตร์ภาค");
        final StrategicIssue regionalIssue = issue(regional, "R-1", "คุณภาพการศึกษา");
        final Goal regionalGoal = goal(regionalIssue, "R-G1", "ผู้เรียนมีคุณภาพ");
        final Strategy regionalStrategy = strategy(regionalIssue, "R-S1", "พัฒนาครู", regionalGoal);
        final StrategicPlan provincial =
                strategicPlan(province, PlanLevel.PROVINCIAL_EDUCATION_PLAN, "PRV", "แผนพัฒนาการศึกษาจังหวัด");
        final StrategicIssue provincialIssue = issue(provincial, "P-1", "คุณภาพผู้เรียน");
        final Goal provincialGoal = goal(provincialIssue, "P-G1", "ผู้เรียนอ่านออกเขียนได้");
        final Strategy provincialStrategy = strategy(provincialIssue, "P-S1", "ส่งเสริมการอ่าน", provincialGoal);
        final ActionPlan actionPlan = actionPlan(province, "AP62", 2562, provincial);
        final Project project = project(actionPlan, "PJ-1", "โครงการรักการอ่าน", provincialStrategy);

        Cascade() {
            regional.setStartYear(2561);
            regional.setEndYear(2565);
            supports(regionalIssue, nationalIssue);
            supports(provincialIssue, regionalIssue);
            supports(provincialStrategy, regionalStrategy);
        }

        List<Finding> run(Rule rule) {
            return RuleTester.run(rule, region, province);
        }

        /** Live validation of the rule over the two files, started (with no findings). */
        LiveValidation live(Rule rule) {
            LiveValidation live = RuleTester.live(rule, region, province);
            assertEquals(List.of(), live.start().findings());
            return live;
        }

        /** Agency plan SCH (a school's) in the provincial file: issue SCH-1, and its strategy SCH-S1 aligned to provincial strategy P-S1. */
        Agency agency() {
            StrategicPlan plan = strategicPlan(province, PlanLevel.AGENCY_PLAN, "SCH", "แผนพัฒนาสถานศึกษา");
            StrategicIssue issue = issue(plan, "SCH-1", "การอ่าน");
            Strategy strategy = strategy(issue, "SCH-S1", "ห้องสมุดมีชีวิต");
            supports(strategy, provincialStrategy);
            return new Agency(plan, issue, strategy);
        }
    }

    record Agency(StrategicPlan plan, StrategicIssue issue, Strategy strategy) {}

    /** An action plan without a level of its own (its projects count as annual action plan elements). */
    static ActionPlan actionPlan(PlanModel model, String code, int fiscalYear, StrategicPlan plan) {
        ActionPlan action =
                Fixtures.actionPlan(model, code, "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. " + fiscalYear, fiscalYear);
        action.setStrategicPlan(plan);
        return action;
    }

    /** An alignment of the kind "supports" from one element to the other. */
    static Alignment supports(PlanElement from, PlanElement to) {
        Alignment alignment = align(from, to);
        alignment.setKind(AlignmentKind.SUPPORTS);
        return alignment;
    }

    /** A stand-in for an element of another file, as EMF leaves it when the element cannot be found. */
    static <T extends PlanElement> T proxy(T element, String uri) {
        ((InternalEObject) element).eSetProxyURI(URI.createURI(uri));
        return element;
    }
}
