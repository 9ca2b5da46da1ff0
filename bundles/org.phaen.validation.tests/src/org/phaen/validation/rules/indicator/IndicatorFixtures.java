package org.phaen.validation.rules.indicator;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.phaen.model.ActionPlan;
import org.phaen.model.Direction;
import org.phaen.model.Goal;
import org.phaen.model.Indicator;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Target;
import org.phaen.model.ValueType;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.Rule;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

/** Indicators in a strategic plan (FY 2561-2565) and in a project of an FY 2562 action plan, complete and valid. */
final class IndicatorFixtures {

    static final PhaenFactory F = PhaenFactory.eINSTANCE;
    static final String LABEL = "KPI-1 \"ร้อยละของนักเรียนที่อ่านออกเขียนได้\"";

    private IndicatorFixtures() {
    }

    /** A valid percentage indicator of a goal of a 2561-2565 plan: baseline 70 (2560), targets 72, 74, 76, 78, 80. */
    static Indicator planIndicator() {
        StrategicPlan plan = F.createStrategicPlan();
        plan.setCode("SP");
        plan.setName("แผนยุทธศาสตร์");
        plan.setStartYear(2561);
        plan.setEndYear(2565);
        StrategicIssue issue = F.createStrategicIssue();
        Goal goal = F.createGoal();
        Indicator indicator = indicator();
        goal.getIndicators().add(indicator);
        issue.getGoals().add(goal);
        plan.getStrategicIssues().add(issue);
        PlanModel model = F.createPlanModel();
        model.getPlans().add(plan);
        for (int year = 2561; year <= 2565; year++) {
            indicator.getTargets().add(target(year, String.valueOf(72 + 2 * (year - 2561))));
        }
        return indicator;
    }

    /** A valid percentage indicator of a project of the FY 2562 action plan: baseline 70 (2561), target 90 for 2562. */
    static Indicator projectIndicator() {
        ActionPlan action = F.createActionPlan();
        action.setCode("AP");
        action.setName("แผนปฏิบัติราชการ");
        action.setFiscalYear(2562);
        Project project = F.createProject();
        project.setCode("P-01");
        project.setName("โครงการส่งเสริมการอ่าน");
        Indicator indicator = indicator();
        indicator.setBaselineYear(2561);
        indicator.getTargets().add(target(2562, "90"));
        project.getIndicators().add(indicator);
        action.getProjects().add(project);
        PlanModel model = F.createPlanModel();
        model.getPlans().add(action);
        return indicator;
    }

    private static Indicator indicator() {
        Indicator indicator = F.createIndicator();
        indicator.setCode("KPI-1");
        indicator.setName("ร้อยละของนักเรียนที่อ่านออกเขียนได้");
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
        target.setValue(value == null ? null : new BigDecimal(value));
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
        return RuleTester.run(rule, (PlanModel) EcoreUtil.getRootContainer(indicator));
    }

    /** Asserts exactly one finding, on the indicator, with this severity and these messages; returns it. */
    static Finding assertOnly(List<Finding> findings, Indicator indicator, Severity severity, String english, String thai) {
        assertEquals(1, findings.size(), () -> findings.toString());
        return assertFinding(findings.get(0), indicator, severity, english, thai);
    }

    static Finding assertFinding(Finding finding, Object element, Severity severity, String english, String thai) {
        assertSame(element, finding.element());
        assertEquals(severity, finding.severity());
        assertEquals(english, finding.message(Language.EN));
        assertEquals(thai, finding.message(Language.TH));
        assertTrue(finding.message(Language.EN).contains(finding.elementLabel()));
        assertTrue(finding.message(Language.TH).contains(finding.elementLabel()));
        assertFalse(finding.hint(Language.TH).isBlank());
        return finding;
    }
}
