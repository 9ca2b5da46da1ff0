/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments;

import java.util.EnumSet;
import org.phaen.instruments.generate.InstrumentGenerator;
import org.phaen.instruments.generate.InstrumentScope;
import org.phaen.model.ActionPlan;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.Indicator;
import org.phaen.model.InstrumentItem;
import org.phaen.model.InstrumentKind;
import org.phaen.model.ItemKind;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.RatingScale;
import org.phaen.model.ScaleLevel;
import org.phaen.model.sample.SyntheticPlanGenerator;

/** Instruments built in code for renderer tests: every item kind, Thai with tone marks, a 5-point scale. */
public final class TestInstruments {

    private static final PhaenFactory F = PhaenFactory.eINSTANCE;

    private TestInstruments() {}

    /** A satisfaction survey with a rating scale, and items of every kind. */
    public static EvaluationInstrument everyItemKind() {
        EvaluationInstrument instrument = F.createEvaluationInstrument();
        instrument.setUuid("0d6c3d52-7f0e-4d4b-9a57-2b9f1b0c0001");
        instrument.setCode("SAT-2562-PLK62-01");
        instrument.setName("แบบสอบถามความพึงพอใจ โครงการส่งเสริมการอ่านออกเขียนได้ ปีงบประมาณ พ.ศ. 2562");
        instrument.setNameEn("Satisfaction survey, reading and writing project, FY 2562");
        instrument.setKind(InstrumentKind.SATISFACTION_SURVEY);
        instrument.setVersion(3);
        instrument.setFiscalYear(2562);
        RatingScale scale = fivePointScale();
        instrument.getRatingScales().add(scale);
        Indicator indicator = F.createIndicator();
        indicator.setUuid("0d6c3d52-7f0e-4d4b-9a57-2b9f1b0c00ff");
        indicator.setCode("KPI-1");
        indicator.setName("ร้อยละของนักเรียนที่อ่านออกเขียนได้");
        String[][] items = {
            {"NOTE", "ส่วนที่ 1 ข้อมูลทั่วไป", "Part 1 General information"},
            {"SELECT_ONE", "ท่านเป็นผู้ใด", "Who are you"},
            {"RATING", "ผู้ใหญ่บ้านและชุมชนมีส่วนร่วมในกิจกรรม", "The village head and community took part"},
            {"RATING", "กิจกรรมช่วยให้นักเรียนอ่านออกเขียนได้ดีขึ้น", "The activities helped pupils read and write"},
            {"NUMBER", "จำนวนนักเรียนที่เข้าร่วม (คน)", "Pupils taking part (persons)"},
            {"DECIMAL", "ร้อยละของนักเรียนที่อ่านออกเขียนได้", "Percentage of pupils who read and write"},
            {"YES_NO", "ได้รับเอกสารประกอบกิจกรรมครบถ้วนหรือไม่", "Did you receive all the materials"},
            {"DATE", "วันที่ตอบแบบสอบถาม", "Date of answering"},
            {"TEXT", "ข้อเสนอแนะเพิ่มเติม", "Further suggestions"},
            {"SELECT_MULTIPLE", "ช่องทางที่ท่านได้รับข่าวสาร", "Channels through which you heard"},
        };
        for (int i = 0; i < items.length; i++) {
            InstrumentItem item = F.createInstrumentItem();
            item.setUuid(String.format("0d6c3d52-7f0e-4d4b-9a57-2b9f1b0c1%03d", i));
            item.setCode("Q" + (i + 1));
            item.setItemKind(ItemKind.valueOf(items[i][0]));
            item.setName(items[i][1]);
            item.setNameEn(items[i][2]);
            item.setSection(i == 0 ? "ส่วนที่ 1" : "ส่วนที่ 2");
            item.setRequired(i == 2 || i == 3);
            item.setGeneratorKey("test:" + i);
            if (item.getItemKind() == ItemKind.RATING
                    || item.getItemKind() == ItemKind.SELECT_ONE
                    || item.getItemKind() == ItemKind.SELECT_MULTIPLE) {
                item.setScale(scale);
            }
            if (item.getItemKind() == ItemKind.DECIMAL) {
                item.setIndicator(indicator);
                item.setHint("ค่าเป้าหมาย ร้อยละ 85");
            }
            instrument.getItems().add(item);
        }
        return instrument;
    }

    /** The usual Thai 5-point satisfaction scale (มากที่สุด .. น้อยที่สุด). */
    public static RatingScale fivePointScale() {
        RatingScale scale = F.createRatingScale();
        scale.setUuid("0d6c3d52-7f0e-4d4b-9a57-2b9f1b0c0100");
        scale.setCode("SAT5");
        scale.setName("ระดับความพึงพอใจ 5 ระดับ");
        scale.setNameEn("5-point satisfaction");
        String[][] levels = {
            {"5", "มากที่สุด", "Very satisfied"},
            {"4", "มาก", "Satisfied"},
            {"3", "ปานกลาง", "Neutral"},
            {"2", "น้อย", "Dissatisfied"},
            {"1", "น้อยที่สุด", "Very dissatisfied"}
        };
        for (String[] l : levels) {
            ScaleLevel level = F.createScaleLevel();
            level.setUuid("0d6c3d52-7f0e-4d4b-9a57-2b9f1b0c020" + l[0]);
            level.setValue(Integer.parseInt(l[0]));
            level.setLabel(l[1]);
            level.setLabelEn(l[2]);
            scale.getLevels().add(level);
        }
        return scale;
    }

    /** The form {@code phaen bench instruments} writes: one project's progress report in a synthetic plan. */
    public static EvaluationInstrument benchForm() {
        PlanModel model = new SyntheticPlanGenerator().generate(1, 1);
        MonitoringPlan monitoring = PhaenFactory.eINSTANCE.createMonitoringPlan();
        monitoring.setFiscalYear(SyntheticPlanGenerator.FISCAL_YEAR);
        model.getMonitoringPlans().add(monitoring);
        Project project = model.getPlans().stream()
                .filter(ActionPlan.class::isInstance)
                .flatMap(p -> ((ActionPlan) p).getProjects().stream())
                .findFirst()
                .orElseThrow();
        return new InstrumentGenerator()
                .generate(monitoring, InstrumentScope.project(project), EnumSet.of(InstrumentKind.PROGRESS_REPORT))
                .instruments()
                .get(0);
    }
}
