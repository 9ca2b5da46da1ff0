/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.phaen.documents.xlsx.CellProblem;
import org.phaen.documents.xlsx.CellReading;
import org.phaen.documents.xlsx.DropDowns;
import org.phaen.documents.xlsx.HeaderRows;
import org.phaen.documents.xlsx.HeaderRows.Heading;
import org.phaen.documents.xlsx.TypedText;
import org.phaen.model.PhaenPackage;
import org.phaen.model.query.Sdgs;

/**
 * One attribute in one column: text (several values one a line), an exact number, a whole number, a date shown in
 * B.E., or an enumeration's Thai label from a drop-down. Blank means unset. Text is compared without surrounding
 * blanks and numbers by value (38.5 is 38.50), so a row nobody edited asks for nothing.
 */
final class AttributeColumn implements Column {

    private final EAttribute attribute;
    private final List<Heading> headings;

    AttributeColumn(EAttribute attribute, int width) {
        this.attribute = attribute;
        this.headings = List.of(
                new Heading(WorkbookWords.THAI.feature(attribute), WorkbookWords.ENGLISH.feature(attribute), width));
    }

    EClassifier type() {
        return attribute.getEAttributeType();
    }

    @Override
    public List<Heading> headings() {
        return headings;
    }

    @Override
    public void write(EObject element, Row row, int first, WorkbookOut out) {
        Cell cell = out.cell(row, first);
        Object value = element.eIsSet(attribute) ? element.eGet(attribute) : null;
        if (value instanceof List<?> lines && wholeNumbers()) {
            if (!lines.isEmpty()) {
                cell.setCellValue(
                        String.join(", ", lines.stream().map(String::valueOf).toList()));
            }
        } else if (value instanceof List<?> lines) {
            if (!lines.isEmpty()) {
                cell.setCellValue(
                        String.join("\n", lines.stream().map(String::valueOf).toList()));
                cell.setCellStyle(out.styles.wrapped);
            }
        } else if (value instanceof BigDecimal number
                && BigDecimal.valueOf(number.doubleValue()).compareTo(number) == 0) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(out.styles.entryNumber);
        } else if (value instanceof Integer number) {
            cell.setCellValue(number);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(out.styles.entryDate);
        } else if (value instanceof Enumerator literal) {
            cell.setCellValue(WorkbookWords.THAI.literal(literal, (EEnum) attribute.getEAttributeType()));
        } else if (value != null) {
            cell.setCellValue(value.toString()); // text, or a number a double cannot carry exactly
        }
    }

    @Override
    public void choices(Sheet sheet, int first, int lastRow, WorkbookOut out) {
        if (attribute.getEAttributeType() instanceof EEnum type) {
            DropDowns.fromRange(
                    sheet, first, HeaderRows.COUNT, lastRow, out.lists.get(type).keys());
        }
    }

    @Override
    public Edit read(EObject element, Row row, int first, WorkbookIn in) throws CellProblem {
        Object wanted = value(row.getCell(first));
        Object current = element.eIsSet(attribute) ? element.eGet(attribute) : null;
        if (same(current, wanted)) {
            return null;
        }
        if (wanted == null && attribute.isRequired()) {
            throw new CellProblem(WorkbookWords.ENGLISH.feature(attribute) + " is required");
        }
        String what =
                WorkbookIn.name(element) + ": " + attribute.getName() + " " + shown(current) + " -> " + shown(wanted);
        return new Edit(what, () -> {
            if (wanted == null) {
                element.eUnset(attribute);
            } else {
                element.eSet(attribute, wanted);
            }
        });
    }

    private Object value(Cell cell) throws CellProblem {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (attribute.isMany() && wholeNumbers()) {
            List<Integer> numbers = numbers(CellReading.text(cell));
            if (attribute == PhaenPackage.Literals.PROJECT__SDG_GOALS && numbers != null) {
                sdgs(numbers);
            }
            return numbers;
        }
        if (attribute.isMany()) {
            List<String> lines = new ArrayList<>();
            for (String line : CellReading.text(cell).split("\\R")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
            return lines.isEmpty() ? null : lines;
        }
        if (attribute.getEAttributeType() instanceof EEnum type2) {
            return literal(CellReading.text(cell).strip(), type2);
        }
        if (type == BigDecimal.class) {
            return CellReading.number(cell);
        }
        if (type == int.class || type == Integer.class) {
            return CellReading.integer(cell);
        }
        if (type == LocalDate.class) {
            return CellReading.date(cell);
        }
        String text = CellReading.text(cell).strip();
        return text.isEmpty() ? null : text;
    }

    /** Whether the attribute holds whole numbers (the SDGs a project serves). */
    private boolean wholeNumbers() {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        return type == int.class || type == Integer.class;
    }

    /** Whole numbers separated by commas or line breaks, Thai digits too ("4, 10", "๔,๑๐"); null when none. */
    private static List<Integer> numbers(String text) throws CellProblem {
        List<Integer> numbers = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            BigDecimal number = TypedText.number(part);
            if (number == null || number.stripTrailingZeros().scale() > 0) {
                throw new CellProblem(
                        "\"" + part + "\" is not a whole number; type whole numbers separated by commas (4, 10)");
            }
            numbers.add(number.intValueExact());
        }
        return numbers.isEmpty() ? null : numbers;
    }

    /** Every number of the cell that is no SDG, each its own problem. */
    private static void sdgs(List<Integer> numbers) throws CellProblem {
        List<String> unknown = numbers.stream()
                .filter(n -> !Sdgs.isGoal(n))
                .map(n -> "there is no SDG " + n + ": the Sustainable Development Goals are numbered " + Sdgs.FIRST
                        + " to " + Sdgs.LAST)
                .toList();
        if (!unknown.isEmpty()) {
            throw new CellProblem(unknown);
        }
    }

    private static Enumerator literal(String text, EEnum type) throws CellProblem {
        if (text.isEmpty()) {
            return null;
        }
        for (var literal : type.getELiterals()) {
            Enumerator value = (Enumerator) literal.getInstance();
            if (text.equals(WorkbookWords.THAI.literal(value, type))
                    || text.equalsIgnoreCase(value.getLiteral())
                    || text.equalsIgnoreCase(WorkbookWords.ENGLISH.literal(value, type))) {
                return value;
            }
        }
        throw new CellProblem("\"" + text + "\" is not one of the values of " + WorkbookWords.ENGLISH.kind(type)
                + "; choose one from the list");
    }

    static boolean same(Object current, Object wanted) {
        if (current instanceof String text && (wanted == null || wanted instanceof String)) {
            return text.strip().equals(wanted == null ? "" : wanted);
        }
        if (current instanceof List<?> list && list.isEmpty()) {
            return wanted == null;
        }
        if (current instanceof List<?> list && wanted instanceof List<?> lines) {
            return list.stream()
                    .map(o -> String.valueOf(o).strip())
                    .toList()
                    .equals(lines.stream().map(String::valueOf).toList());
        }
        if (current instanceof BigDecimal a && wanted instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(current, wanted);
    }

    private static String shown(Object value) {
        if (value == null) {
            return "(blank)";
        }
        return value instanceof BigDecimal number ? number.toPlainString() : "\"" + value + "\"";
    }
}
