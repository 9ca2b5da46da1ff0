/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.budget;

import static org.phaen.validation.Fixtures.*;

import java.math.BigDecimal;
import org.phaen.model.ActionPlan;
import org.phaen.model.BudgetLine;
import org.phaen.model.BudgetStatus;
import org.phaen.model.ExpenseCategory;
import org.phaen.model.FundingSource;
import org.phaen.model.FundingSourceKind;
import org.phaen.model.PlanLevel;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;
import org.phaen.validation.Fixtures;

/** Funding sources, action plans with projects and budget lines, and strategic plans they carry out. */
final class BudgetFixtures {

    private BudgetFixtures() {}

    static BigDecimal baht(String amount) {
        return new BigDecimal(amount);
    }

    static FundingSource source(PlanModel model, String code, int fiscalYear, String ceiling) {
        FundingSource source = named(F.createFundingSource(), code, "งบประมาณสำนักงานปลัดกระทรวงศึกษาธิการ");
        source.setKind(FundingSourceKind.PARENT_AGENCY_BUDGET);
        source.setFiscalYear(fiscalYear);
        source.setCeiling(decimal(ceiling));
        model.getFundingSources().add(source);
        return source;
    }

    static ActionPlan actionPlan(PlanModel model, String code, int fiscalYear) {
        return Fixtures.actionPlan(model, code, "แผนปฏิบัติราชการประจำปี", fiscalYear);
    }

    static Project project(ActionPlan plan, String code, Strategy... strategies) {
        return Fixtures.project(plan, code, "โครงการพัฒนาครู", strategies);
    }

    /** A complete budget line (operating, allocated) of the amount, drawing on the source. */
    static BudgetLine line(Project project, String amount, FundingSource source) {
        BudgetLine line = F.createBudgetLine();
        line.setUuid(
                "line-" + project.getCode() + "-" + project.getBudgetLines().size());
        line.setDescription("ค่าใช้จ่ายในการอบรม");
        line.setAmount(decimal(amount));
        line.setSource(source);
        line.setCategory(ExpenseCategory.OPERATING);
        line.setStatus(BudgetStatus.ALLOCATED);
        project.getBudgetLines().add(line);
        return line;
    }

    static StrategicPlan strategicPlan(PlanModel model, String code, PlanLevel level) {
        return Fixtures.strategicPlan(model, level, code, "แผนยุทธศาสตร์");
    }

    static StrategicIssue issue(StrategicPlan plan, String code) {
        return Fixtures.issue(plan, code, "พัฒนาคุณภาพผู้เรียน");
    }

    static Strategy strategy(StrategicIssue issue, String code) {
        return Fixtures.strategy(issue, code, "ส่งเสริมการอ่าน");
    }
}
