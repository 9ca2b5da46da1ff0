/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.alignment;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.validation.FindingAssertions.*;
import static org.phaen.validation.Fixtures.*;
import static org.phaen.validation.rules.alignment.AlignmentFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.Alignment;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.Severity;

class CrossFileReferencesResolveTest {

    private final CrossFileReferencesResolve rule = new CrossFileReferencesResolve();

    @Test
    void referencesAcrossFilesThatResolvePass() {
        Cascade plans = new Cascade();
        plans.project.getMeasuredBy().add(F.createIndicator());
        plans.provincialGoal.getIndicators().add(plans.project.getMeasuredBy().get(0));
        assertEquals(List.of(), plans.run(rule));
    }

    @Test
    void anAlignmentToAnElementMissingFromItsFileIsAnError() {
        Cascade plans = new Cascade();
        plans.provincialStrategy
                .getAlignments()
                .get(0)
                .setTarget(proxy(F.createStrategy(), "memory:/plan-0.phaen#deleted-strategy"));
        assertOnlyFinding(
                plans.run(rule),
                plans.provincialStrategy,
                Severity.ERROR,
                "Strategy P-S1 \"ส่งเสริมการอ่าน\": its alignment refers to memory:/plan-0.phaen#deleted-strategy, which cannot be found:"
                        + " the file has no such element (deleted, or the file was replaced).",
                "กลยุทธ์ P-S1 \"ส่งเสริมการอ่าน\": การเชื่อมโยงความสอดคล้อง อ้างถึง memory:/plan-0.phaen#deleted-strategy ซึ่งหาไม่พบ"
                        + " เนื่องจากในแฟ้มไม่มีองค์ประกอบนี้ (ถูกลบ หรือแฟ้มถูกแทนที่)");
    }

    @Test
    void aStrategyOrIndicatorInAMissingFileIsAnError() {
        Cascade plans = new Cascade();
        plans.project.getImplementsStrategies().add(proxy(F.createStrategy(), "memory:/gone.phaen#s1"));
        plans.project.getMeasuredBy().add(proxy(F.createIndicator(), "memory:/gone.phaen#k1"));
        List<Finding> findings = plans.run(rule);
        assertEquals(2, findings.size());
        assertFinding(
                findings.get(0),
                plans.project,
                Severity.ERROR,
                "Project PJ-1 \"โครงการรักการอ่าน\": its implemented strategy refers to memory:/gone.phaen#s1, which cannot be found:"
                        + " the file cannot be loaded (missing, moved or unreadable).",
                "โครงการ PJ-1 \"โครงการรักการอ่าน\": กลยุทธ์ที่ดำเนินการ อ้างถึง memory:/gone.phaen#s1 ซึ่งหาไม่พบ"
                        + " เนื่องจากเปิดแฟ้มไม่ได้ (ไม่มีแฟ้ม แฟ้มถูกย้าย หรืออ่านไม่ได้)");
        assertEquals(
                "Project PJ-1 \"โครงการรักการอ่าน\": its indicator (measured by) refers to memory:/gone.phaen#k1, which cannot be found:"
                        + " the file cannot be loaded (missing, moved or unreadable).",
                findings.get(1).message(Language.EN));
    }

    @Test
    void anAlignmentWithoutTargetIsAnError() {
        Cascade plans = new Cascade();
        Alignment empty = F.createAlignment();
        plans.regionalIssue.getAlignments().add(empty);
        assertOnlyFinding(
                plans.run(rule),
                plans.regionalIssue,
                Severity.ERROR,
                "Strategic issue R-1 \"คุณภาพการศึกษา\" has an alignment that points to nothing.",
                "ประเด็นยุทธศาสตร์ R-1 \"คุณภาพการศึกษา\" มีการเชื่อมโยงความสอดคล้องที่ไม่ได้ระบุองค์ประกอบปลายทาง");
    }
}
