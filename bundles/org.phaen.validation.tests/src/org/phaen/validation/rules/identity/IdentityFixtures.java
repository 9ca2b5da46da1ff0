/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.identity;

import static org.phaen.validation.Fixtures.*;

import org.phaen.model.ActionPlan;
import org.phaen.model.FundingSource;
import org.phaen.model.Goal;
import org.phaen.model.Indicator;
import org.phaen.model.Organization;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;

/** A small plan file with every kind of coded element, each with its own code. */
final class IdentityFixtures {

    private IdentityFixtures() {}

    static final class Plan {
        final PlanModel model = F.createPlanModel();
        final StrategicPlan plan = strategicPlan(model, null, "PRV", "แผนพัฒนาการศึกษาจังหวัด");
        final StrategicIssue issue = issue(plan, "P-1", "คุณภาพผู้เรียน");
        final Goal goal = goal(issue, "P-G1", "ผู้เรียนอ่านออกเขียนได้");
        final Indicator indicator = named(F.createIndicator(), "P-K1", "ร้อยละของนักเรียนที่อ่านออก");
        final Strategy strategy = strategy(issue, "P-S1", "ส่งเสริมการอ่าน");
        final ActionPlan actionPlan = actionPlan(model, "AP62", "แผนปฏิบัติราชการ พ.ศ. 2562", 0);
        final Project project = project(actionPlan, "PJ-1", "โครงการรักการอ่าน");
        final Organization office = organization(model, "PEO", "สำนักงานศึกษาธิการจังหวัด");
        final FundingSource budget = named(F.createFundingSource(), "FS-1", "งบประมาณรายจ่ายประจำปี");

        Plan() {
            goal.getIndicators().add(indicator);
            model.getFundingSources().add(budget);
        }
    }
}
