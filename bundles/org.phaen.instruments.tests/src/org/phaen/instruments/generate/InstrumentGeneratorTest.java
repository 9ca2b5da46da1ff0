/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.generate;

import static org.junit.jupiter.api.Assertions.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phaen.model.ActionPlan;
import org.phaen.model.Activity;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentItem;
import org.phaen.model.InstrumentKind;
import org.phaen.model.ItemKind;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.resource.PlanFiles;
import org.phaen.testing.SamplePlans;

/** Generating instruments from the sample Phitsanulok action plan, and regenerating after edits. */
class InstrumentGeneratorTest {

    private MonitoringPlan monitoring;
    private ActionPlan actionPlan;
    private final InstrumentGenerator generator = new InstrumentGenerator();

    @BeforeEach
    void loadSample() throws Exception {
        ResourceSet set = PlanFiles.newResourceSet();
        PlanModel provincial = SamplePlans.province(set);
        monitoring = provincial.getMonitoringPlans().get(0);
        monitoring.getInstruments().clear(); // the sample ships the instruments these tests generate afresh
        actionPlan = (ActionPlan) provincial.getPlans().stream()
                .filter(ActionPlan.class::isInstance)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void everyKindIsGeneratedFromThePlan() {
        GenerationResult result =
                generator.generate(monitoring, InstrumentScope.actionPlan(actionPlan), InstrumentGenerator.kinds());
        assertEquals(6, result.instruments().size());
        assertEquals(6, result.created());
        EvaluationInstrument progress = of(result, InstrumentKind.PROGRESS_REPORT);
        int activities = actionPlan.getProjects().stream()
                .mapToInt(p -> p.getActivities().size())
                .sum();
        assertEquals(activities, count(progress, ItemKind.YES_NO));
        Project first = actionPlan.getProjects().get(0);
        assertTrue(progress.getItems().stream()
                .anyMatch(i -> i.getIndicator() == first.getIndicators().get(0)));
        assertEquals(1, progress.getVersion());
        assertEquals(2562, progress.getFiscalYear());
        assertTrue(progress.getCode().startsWith("PRG-2562-"), progress.getCode());
        EvaluationInstrument survey = of(result, InstrumentKind.SATISFACTION_SURVEY);
        assertEquals(5, survey.getRatingScales().get(0).getLevels().size());
        assertEquals(
                "มากที่สุด", survey.getRatingScales().get(0).getLevels().get(0).getLabel());
        assertTrue(count(survey, ItemKind.RATING) >= actionPlan.getProjects().size());
        assertTrue(monitoring.getInstruments().containsAll(result.instruments()));
        assertTrue(progress.getItems().stream().allMatch(i -> i.getUuid() != null && i.getGeneratorKey() != null));
        assertTrue(
                progress.getItems().stream()
                        .anyMatch(i -> i.getHint() != null
                                && i.getHint().matches("งบประมาณที่ได้รับ \\d{1,3}(,\\d{3})*\\.\\d{2} บาท")),
                "allocated amounts in baht with thousands separators");
    }

    @Test
    void regeneratingAnUnchangedPlanChangesNothing() {
        generator.generate(monitoring, InstrumentScope.actionPlan(actionPlan), InstrumentGenerator.kinds());
        GenerationResult again =
                generator.generate(monitoring, InstrumentScope.actionPlan(actionPlan), InstrumentGenerator.kinds());
        assertEquals(0, again.created());
        assertEquals(0, again.changed());
        assertEquals(6, again.unchanged());
        assertEquals(6, monitoring.getInstruments().size());
        assertTrue(again.instruments().stream().allMatch(i -> i.getVersion() == 1));
    }

    @Test
    void regeneratingKeepsThePlannersEditsAndFollowsThePlan() {
        Set<InstrumentKind> progressOnly = EnumSet.of(InstrumentKind.PROGRESS_REPORT);
        InstrumentScope scope = InstrumentScope.actionPlan(actionPlan);
        EvaluationInstrument progress = generator
                .generate(monitoring, scope, progressOnly)
                .instruments()
                .get(0);
        Project project = actionPlan.getProjects().get(0);
        Activity renamed = project.getActivities().get(0);
        Activity removed = project.getActivities().get(1);
        InstrumentItem edited = itemAbout(progress, project.getActivities().get(2));
        edited.setName("ข้อความที่ผู้วางแผนแก้ไขเอง");
        edited.setUserEdited(true);
        InstrumentItem manual = PhaenFactory.eINSTANCE.createInstrumentItem();
        manual.setName("คำถามที่ผู้วางแผนเพิ่มเอง");
        progress.getItems().add(manual);

        renamed.setName("กิจกรรมที่เปลี่ยนชื่อแล้ว");
        project.getActivities().remove(removed);
        GenerationResult result = generator.generate(monitoring, scope, progressOnly);

        assertEquals(1, result.changed());
        assertSame(progress, result.instruments().get(0));
        assertEquals(2, progress.getVersion());
        assertEquals("ข้อความที่ผู้วางแผนแก้ไขเอง", edited.getName());
        assertTrue(progress.getItems().contains(manual));
        assertTrue(itemAbout(progress, renamed).getName().contains("กิจกรรมที่เปลี่ยนชื่อแล้ว"));
        assertNull(itemAbout(progress, removed));
    }

    @Test
    void missingDataStillGivesTheInstrumentWithWarnings() {
        Project bare = PhaenFactory.eINSTANCE.createProject();
        bare.setCode("P-BARE");
        bare.setName("โครงการที่ยังไม่มีรายละเอียด");
        actionPlan.getProjects().add(bare);
        GenerationResult result =
                generator.generate(monitoring, InstrumentScope.project(bare), InstrumentGenerator.kinds());
        assertEquals(6, result.instruments().size());
        List<String> warnings = result.warnings();
        assertTrue(warnings.contains("project P-BARE has no activities"), warnings.toString());
        assertTrue(warnings.contains("project P-BARE has no objectives or outputs to ask about"), warnings.toString());
        assertTrue(
                warnings.contains(
                        "project P-BARE implements no strategy, so it has no strategic issue to report under"),
                warnings.toString());
    }

    private static EvaluationInstrument of(GenerationResult result, InstrumentKind kind) {
        return result.instruments().stream()
                .filter(i -> i.getKind() == kind)
                .findFirst()
                .orElseThrow();
    }

    private static long count(EvaluationInstrument instrument, ItemKind kind) {
        return instrument.getItems().stream()
                .filter(i -> i.getItemKind() == kind)
                .count();
    }

    private static InstrumentItem itemAbout(EvaluationInstrument instrument, Activity activity) {
        return instrument.getItems().stream()
                .filter(i -> i.getSubject() == activity)
                .findFirst()
                .orElse(null);
    }
}
