/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.Committee;
import org.phaen.model.CoreValue;
import org.phaen.model.ModelTable;
import org.phaen.model.NarrativeSection;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanModel;
import org.phaen.model.PlanRevision;
import org.phaen.model.PlanStatus;
import org.phaen.model.SectionKind;
import org.phaen.model.StrategicPlan;
import org.phaen.model.SwotItem;
import org.phaen.model.SwotKind;
import org.phaen.model.TextBlock;
import org.phaen.model.TextBlockKind;
import org.phaen.testing.TestPlans;

/** The plan book's text, SWOT, core values, approval and revisions (model 1.1) survive a save and load. */
class PlanBookContentTest {

    private static final PhaenFactory F = PhaenFactory.eINSTANCE;

    @TempDir
    Path dir;

    @Test
    void narrativeSwotValuesApprovalAndRevisionsSurviveSaveAndLoad() throws Exception {
        Path file = dir.resolve("book.phaen");
        ResourceSet set = PlanFiles.newResourceSet();
        PlanModel model = TestPlans.regional(set, file);
        StrategicPlan plan = (StrategicPlan) model.getPlans().get(0);
        Committee committee = F.createCommittee();
        committee.setName("คณะกรรมการบริหารแผน");
        model.getCommittees().add(committee);

        plan.setApprovalStatus(PlanStatus.REVISED);
        plan.setApprovedBy(committee);
        plan.setApprovalReference("มติที่ประชุม ครั้งที่ 3/2561");
        plan.setApprovedOn(LocalDate.of(2018, 9, 14));
        PlanRevision revision = F.createPlanRevision();
        revision.setDate(LocalDate.of(2019, 3, 1));
        revision.setDescription("ปรับค่าเป้าหมายตัวชี้วัดปี 2563");
        revision.setApprovedBy(committee);
        revision.setReference("มติที่ประชุม ครั้งที่ 1/2562");
        plan.getRevisions().add(revision);

        NarrativeSection part4 = F.createNarrativeSection();
        part4.setKind(SectionKind.IMPLEMENTATION);
        part4.setHeading("แนวทางการขับเคลื่อน");
        part4.getBlocks().add(block(TextBlockKind.PARAGRAPH, "สำนักงานขับเคลื่อนแผนผ่านกลไกคณะกรรมการ"));
        part4.getBlocks().add(block(TextBlockKind.NUMBERED_LIST, null, "สื่อสารแผน", "จัดทำแผนปฏิบัติราชการ"));
        part4.getTablesAfter().addAll(List.of(ModelTable.DRIVE_ACTIVITIES, ModelTable.COMMITTEES));
        plan.getNarrative().add(part4);

        SwotItem strength = F.createSwotItem();
        strength.setKind(SwotKind.STRENGTH);
        strength.setStatement("บุคลากรมีความรู้ความสามารถ");
        strength.setEvidence("ร้อยละ 85 ของบุคลากรผ่านการอบรม");
        plan.getSwotItems().add(strength);
        CoreValue value = F.createCoreValue();
        value.setCode("S");
        value.setName("Service Mind");
        plan.getCoreValues().add(value);

        PlanFiles.save(model);
        String saved = Files.readString(file);
        assertTrue(saved.contains("approvalStatus=\"REVISED\""), saved);

        PlanModel reloaded = PlanFiles.load(PlanFiles.newResourceSet(), file);
        assertTrue(EcoreUtil.equals(model, reloaded), "the reloaded plan equals the saved one");
        StrategicPlan again = (StrategicPlan) reloaded.getPlans().get(0);
        assertSame(
                reloaded.getCommittees().get(0), again.getApprovedBy(), "the approving body is the model's committee");
        assertSame(reloaded.getCommittees().get(0), again.getRevisions().get(0).getApprovedBy());
        assertEquals(
                List.of("สื่อสารแผน", "จัดทำแผนปฏิบัติราชการ"),
                again.getNarrative().get(0).getBlocks().get(1).getItems());
        assertEquals(
                List.of(ModelTable.DRIVE_ACTIVITIES, ModelTable.COMMITTEES),
                again.getNarrative().get(0).getTablesAfter());
    }

    @Test
    void aModel10FileLoadsWithoutBookTextAndIsSavedAs11() throws Exception {
        Path file = dir.resolve("old.phaen");
        Files.writeString(file, """
            <?xml version="1.0" encoding="UTF-8"?>
            <phaen:PlanModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:phaen="http://www.phaen.org/model/1.0" uuid="m1" modelVersion="1.0">
              <plans xsi:type="phaen:StrategicPlan" uuid="sp1" name="แผนเดิม" approvedOn="2018-09-14" documentReference="คำสั่งที่ 1/2561" startYear="2561" endYear="2565"/>
            </phaen:PlanModel>
            """);
        PlanModel model = PlanFiles.load(PlanFiles.newResourceSet(), file);
        StrategicPlan plan = (StrategicPlan) model.getPlans().get(0);
        assertEquals(LocalDate.of(2018, 9, 14), plan.getApprovedOn());
        assertFalse(plan.isSetApprovalStatus(), "1.0 never said the status: unset, not DRAFT");
        assertEquals(List.of(), plan.getNarrative());
        assertEquals(List.of(), plan.getSwotItems());
        PlanFiles.save(model);
        assertTrue(Files.readString(file).contains("http://www.phaen.org/model/1.1"));
    }

    private static TextBlock block(TextBlockKind kind, String text, String... items) {
        TextBlock block = F.createTextBlock();
        block.setKind(kind);
        block.setText(text);
        block.getItems().addAll(List.of(items));
        return block;
    }
}
