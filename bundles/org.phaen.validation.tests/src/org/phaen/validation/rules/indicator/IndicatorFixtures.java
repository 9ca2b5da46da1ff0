/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.indicator;

import static org.phaen.validation.Fixtures.*;

import java.math.BigDecimal;
import java.util.List;
import org.phaen.model.Direction;
import org.phaen.model.Indicator;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Target;
import org.phaen.model.ValueType;
import org.phaen.validation.Finding;
import org.phaen.validation.Rule;
import org.phaen.validation.RuleTester;

/** Indicators in a strategic plan (FY 2561-2565) and in a project of an FY 2562 action plan, complete and valid. */
final class IndicatorFixtures {

    static final String LABEL = "KPI-1 \"ร้อยละของนักเรียนที่อ่านออกเขียนได้\"";

    private IndicatorFixtures() {}

    /** A valid percentage indicator of a goal of a 2561-2565 plan: baseline 70 (2560), targets 72, 74, 76, 78, 80. */
    static Indicator planIndicator() {
        StrategicPlan plan = strategicPlan(F.createPlanModel(), null, "SP", "แผนยุทธศาสตร์");
        plan.setStartYear(2561);
        plan.setEndYear(2565);
        Indicator indicator = indicator();
        goal(issue(plan, null, null), null, null).getIndicators().add(indicator);
        for (int year = 2561; year <= 2565; year++) {
            indicator.getTargets().add(target(year, String.valueOf(72 + 2 * (year - 2561))));
        }
        return indicator;
    }

    /** A valid percentage indicator of a project of the FY 2562 action plan: baseline 70 (2561), target 90 for 2562. */
    static Indicator projectIndicator() {
        Indicator indicator = indicator();
        indicator.setBaselineYear(2561);
        indicator.getTargets().add(target(2562, "90"));
        project(actionPlan(F.createPlanModel(), "AP", "แผนปฏิบัติราชการ", 2562), "P-01", "โครงการส่งเสริมการอ่าน")
                .getIndicators()
                .add(indicator);
        return indicator;
    }

    private static Indicator indicator() {
        Indicator indicator = named(F.createIndicator(), "KPI-1", "ร้อยละของนักเรียนที่อ่านออกเขียนได้");
        indicator.setUnit("ร้อยละ");
        indicator.setValueType(ValueType.PERCENT);
        indicator.setDirection(Direction.INCREASE);
        indicator.setBaselineValue(new BigDecimal("70"));
        indicator.setBaselineYear(2560);
        return indicator;
    }

    static Target target(int year, String value) {
        Target target = F.createTarget();
        target.setFiscalYear(year);
        target.setValue(decimal(value));
        return target;
    }

    /** Replaces the indicator's targets by these values, for the years from {@code firstYear} on. */
    static void targets(Indicator indicator, int firstYear, String... values) {
        indicator.getTargets().clear();
        for (int i = 0; i < values.length; i++) {
            indicator.getTargets().add(target(firstYear + i, values[i]));
        }
    }

    static List<Finding> run(Rule rule, Indicator indicator) {
        return RuleTester.run(rule, modelOf(indicator));
    }
}
