/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.eclipse.emf.ecore.EObject;
import org.phaen.documents.xlsx.CellProblem;
import org.phaen.documents.xlsx.CellReading;
import org.phaen.documents.xlsx.HeaderRows.Heading;
import org.phaen.documents.xlsx.TypedText;
import org.phaen.model.ActionPlan;
import org.phaen.model.Indicator;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanDocument;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Target;
import org.phaen.model.resource.Identifiers;
import org.phaen.model.trace.Traceability;

/**
 * An indicator's target for one fiscal year (B.E.): a number, or a text target. A year outside the period of the
 * indicator's plan is refused when the row gives it a new value.
 */
final class TargetColumn implements Column {

    private final int year;
    private final List<Heading> headings;

    TargetColumn(int year) {
        this.year = year;
        this.headings = List.of(new Heading(
                WorkbookWords.THAI.word("column.target") + " " + year,
                WorkbookWords.ENGLISH.word("column.target") + " " + year,
                12));
    }

    @Override
    public List<Heading> headings() {
        return headings;
    }

    @Override
    public void write(EObject element, Row row, int first, WorkbookOut out) {
        Target target = target((Indicator) element);
        if (target == null) {
            return;
        }
        Cell cell = out.cell(row, first);
        BigDecimal value = target.getValue();
        if (value != null && BigDecimal.valueOf(value.doubleValue()).compareTo(value) == 0) {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(out.styles.entryNumber);
        } else if (value != null) {
            cell.setCellValue(value.toPlainString());
        } else if (target.getText() != null) {
            cell.setCellValue(target.getText());
        }
    }

    @Override
    public Edit read(EObject element, Row row, int first, WorkbookIn in) throws CellProblem {
        Indicator indicator = (Indicator) element;
        var cell = row.getCell(first);
        BigDecimal number = null;
        String text = null;
        if (CellReading.type(cell) == CellType.NUMERIC) {
            number = CellReading.number(cell);
        } else {
            String typed = CellReading.text(cell).strip();
            number = typed.isEmpty() ? null : TypedText.number(typed);
            text = number == null && !typed.isEmpty() ? typed : null;
        }
        Target target = target(indicator);
        boolean same = target == null
                ? number == null && text == null
                : number != null
                        ? target.getValue() != null && target.getValue().compareTo(number) == 0
                        : text != null
                                ? target.getValue() == null && text.equals(target.getText())
                                : target.getValue() == null
                                        && (target.getText() == null
                                                || target.getText().isBlank());
        if (same) {
            return null;
        }
        if ((number != null || text != null) && !inPeriod(indicator)) {
            throw new CellProblem(
                    "the year " + year + " is outside the period of " + WorkbookIn.name(planOf(indicator)));
        }
        BigDecimal newValue = number;
        String newText = text;
        String what = WorkbookIn.name(indicator) + ": target " + year + " "
                + (target == null ? "(none)" : shown(target)) + " -> "
                + (newValue != null ? newValue.toPlainString() : newText != null ? "\"" + newText + "\"" : "(none)");
        return new Edit(what, () -> {
            if (newValue == null && newText == null) {
                indicator.getTargets().remove(target);
                return;
            }
            Target changed = target;
            if (changed == null) {
                changed = PhaenFactory.eINSTANCE.createTarget();
                changed.setUuid(Identifiers.newUuid());
                changed.setFiscalYear(year);
                indicator.getTargets().add(changed);
            }
            changed.setValue(newValue);
            changed.setText(newText);
        });
    }

    private Target target(Indicator indicator) {
        return indicator.getTargets().stream()
                .filter(t -> t.getFiscalYear() == year)
                .findFirst()
                .orElse(null);
    }

    private boolean inPeriod(Indicator indicator) {
        PlanDocument plan = planOf(indicator);
        if (plan instanceof StrategicPlan strategic && strategic.getStartYear() > 0 && strategic.getEndYear() > 0) {
            return year >= strategic.getStartYear() && year <= strategic.getEndYear();
        }
        if (plan instanceof ActionPlan action && action.getFiscalYear() > 0) {
            return year == action.getFiscalYear();
        }
        return true;
    }

    private static PlanDocument planOf(Indicator indicator) {
        return Traceability.documentOf(indicator);
    }

    private static String shown(Target target) {
        return target.getValue() != null ? target.getValue().toPlainString() : "\"" + target.getText() + "\"";
    }
}
