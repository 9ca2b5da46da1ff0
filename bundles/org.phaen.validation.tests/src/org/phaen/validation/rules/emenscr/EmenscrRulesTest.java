package org.phaen.validation.rules.emenscr;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.validation.FindingAssertions.*;
import static org.phaen.validation.Fixtures.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.phaen.model.ActionPlan;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.validation.Rule;
import org.phaen.validation.RuleTester;
import org.phaen.validation.SamplePlans;
import org.phaen.validation.Severity;

class EmenscrRulesTest {

    static final List<Rule> RULES = List.of(new ProjectHasCodeForEmenscr(), new ProjectHasAgencyForEmenscr(),
        new ProjectHasContactForEmenscr(), new ProjectHasPeriodForEmenscr(), new ProjectHasObjectivesForEmenscr(),
        new ProjectHasTargetGroupsForEmenscr(), new ProjectHasKpiForEmenscr(), new ProjectHasBudgetBySourceForEmenscr(),
        new ProjectHasActivitiesForEmenscr(), new ProjectAlignedToNationalStrategyForEmenscr(), new ProjectHasLocationForEmenscr());

    @Test
    void aBareProjectIsWarnedOncePerFieldEmenscrNeedsEachNamingTheField() {
        PlanModel model = F.createPlanModel();
        ActionPlan plan = actionPlan(model, "AP", "แผนปฏิบัติราชการ", 2562);
        Project project = project(plan, "P-01", "โครงการพัฒนาครู");
        List<org.phaen.validation.Finding> all = RULES.stream().flatMap(r -> RuleTester.run(r, model).stream()).toList();
        assertEquals(List.of("PH-EMN-002", "PH-EMN-003", "PH-EMN-004", "PH-EMN-005", "PH-EMN-006", "PH-EMN-007", "PH-EMN-008",
            "PH-EMN-009", "PH-EMN-010", "PH-EMN-011"), all.stream().map(f -> f.ruleId()).toList(), "it has a code");
        assertFinding(all.get(1), project, Severity.WARNING,
            "Project P-01 \"โครงการพัฒนาครู\" has no responsible person; eMENSCR needs the field \"responsible person\" (ผู้รับผิดชอบโครงการ).",
            "โครงการ P-01 \"โครงการพัฒนาครู\" ยังไม่ระบุผู้รับผิดชอบ ซึ่งระบบ eMENSCR ต้องใช้ในช่อง \"ผู้รับผิดชอบโครงการ\"");
        project.setCode(null);
        assertOnlyFinding(RuleTester.run(new ProjectHasCodeForEmenscr(), model), project, Severity.WARNING,
            "Project \"โครงการพัฒนาครู\" has no code; eMENSCR needs the field \"project code\" (รหัสโครงการ).",
            "โครงการ \"โครงการพัฒนาครู\" ยังไม่มีรหัส ซึ่งระบบ eMENSCR ต้องใช้ในช่อง \"รหัสโครงการ\"");
    }

    @Test
    void ofTheSampleProjectsOnlyFiveLackWhatEmenscrNeeds_theirResponsiblePerson() throws Exception {
        SamplePlans samples = SamplePlans.load();
        assertTrue(samples.all(Project.class).size() >= 14, "the samples were read");
        List<org.phaen.validation.Finding> findings = samples.findings(RULES);
        assertEquals(List.of("PH-EMN-003"), findings.stream().map(f -> f.ruleId()).distinct().toList(), findings.toString());
        assertEquals(List.of("PLK62-04", "PLK62-06", "PLK62-07", "PLK62-09", "PLK62-10"),
            findings.stream().map(f -> ((Project) f.element()).getCode()).toList());
    }
}
