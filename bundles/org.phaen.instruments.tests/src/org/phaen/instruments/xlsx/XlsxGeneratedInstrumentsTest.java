/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.xlsx;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.phaen.instruments.generate.InstrumentGenerator;
import org.phaen.instruments.generate.InstrumentScope;
import org.phaen.model.ActionPlan;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentItem;
import org.phaen.model.InstrumentKind;
import org.phaen.model.ItemKind;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import org.phaen.testing.SamplePlans;

/** Workbooks for every instrument the generator builds from the sample Phitsanulok plan, read back with POI. */
class XlsxGeneratedInstrumentsTest {

    static List<EvaluationInstrument> generated() throws Exception {
        ResourceSet set = PlanFiles.newResourceSet();
        PlanModel provincial = SamplePlans.province(set);
        MonitoringPlan monitoring = provincial.getMonitoringPlans().get(0);
        ActionPlan actionPlan = (ActionPlan) provincial.getPlans().stream()
                .filter(ActionPlan.class::isInstance)
                .findFirst()
                .orElseThrow();
        return new InstrumentGenerator()
                .generate(monitoring, InstrumentScope.actionPlan(actionPlan), InstrumentGenerator.kinds())
                .instruments();
    }

    @Test
    void everyAnswerableItemIsAColumnKeyedByUuid() throws Exception {
        List<EvaluationInstrument> instruments = generated();
        assertEquals(6, instruments.size());
        boolean sawKpi = false;
        for (EvaluationInstrument instrument : instruments) {
            try (XSSFWorkbook workbook = XlsxRendererTest.read(instrument, false)) {
                XSSFSheet sheet = workbook.getSheet(EntrySheet.NAME);
                XSSFRow ids = sheet.getRow(EntrySheet.ID_ROW);
                List<String> uuids = new ArrayList<>();
                for (int c = 1; c < ids.getLastCellNum(); c++) {
                    uuids.add(ids.getCell(c).getStringCellValue());
                }
                List<InstrumentItem> answerable = instrument.getItems().stream()
                        .filter(i -> !i.isSetItemKind() || i.getItemKind() != ItemKind.NOTE)
                        .toList();
                assertEquals(answerable.stream().map(InstrumentItem::getUuid).toList(), uuids, instrument.getCode());
                assertEquals(instrument.getUuid(), ids.getCell(0).getStringCellValue());
                for (DataValidation v : sheet.getDataValidations()) {
                    if (v.getValidationConstraint().getValidationType() == ValidationType.LIST) {
                        assertNotNull(
                                workbook.getName(v.getValidationConstraint().getFormula1()), instrument.getCode());
                    }
                }
                if (instrument.getKind() == InstrumentKind.KPI_COLLECTION) {
                    sawKpi = true;
                    // Agency and period lead the row, both picked from lists: one row per agency × period.
                    assertEquals(
                            "หน่วยงานที่รายงาน",
                            sheet.getRow(EntrySheet.TH_ROW).getCell(1).getStringCellValue());
                    assertEquals(
                            "รอบการรายงาน",
                            sheet.getRow(EntrySheet.TH_ROW).getCell(2).getStringCellValue());
                    long lists = sheet.getDataValidations().stream()
                            .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() <= 2
                                    && v.getValidationConstraint().getValidationType() == ValidationType.LIST)
                            .count();
                    assertEquals(2, lists);
                }
            }
        }
        assertTrue(sawKpi);
    }
}
