/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.phaen.documents.xlsx.CellProblem;
import org.phaen.documents.xlsx.CellReading;
import org.phaen.documents.xlsx.DropDowns;
import org.phaen.documents.xlsx.HeaderRows;
import org.phaen.documents.xlsx.HeaderRows.Heading;
import org.phaen.model.Named;

/**
 * A reference by key ({@link ElementKeys}), with the names looked up beside it by formula (never read back). A single
 * reference is a drop-down of the keys of its kind; several are keys separated by commas, their names joined the same
 * way ({@link NamesFormula}). Reading reports every key of the cell that names nothing, or something of another kind.
 */
final class ReferenceColumn implements Column {

    private final EReference reference;
    private final List<Heading> headings;

    ReferenceColumn(EReference reference) {
        this.reference = reference;
        Heading keys = new Heading(
                WorkbookWords.THAI.feature(reference),
                WorkbookWords.ENGLISH.feature(reference),
                reference.isMany() ? 30 : 16);
        String names = reference.isMany() ? "column.namesOf" : "column.nameOf";
        this.headings = List.of(
                keys,
                new Heading(
                        keys.thai() + " " + WorkbookWords.THAI.word(names),
                        keys.english() + " ("
                                + WorkbookWords.ENGLISH.word(names).toLowerCase() + ")",
                        reference.isMany() ? 50 : 40));
    }

    EClass type() {
        return reference.getEReferenceType();
    }

    @Override
    public List<Heading> headings() {
        return headings;
    }

    @Override
    public void write(EObject element, Row row, int first, WorkbookOut out) {
        String keyCell = new CellReference(row.getRowNum(), first).formatAsString(false);
        String table = out.lists.get(List.of(type())).table();
        if (reference.isMany()) {
            List<String> keys = ((List<?>) element.eGet(reference))
                    .stream().map(o -> key((EObject) o, out)).toList();
            out.text(row, first, String.join(", ", keys));
            out.cell(row, first + 1).setCellFormula(NamesFormula.of(keyCell, table, keys.size()));
            return;
        }
        EObject target = (EObject) element.eGet(reference);
        out.text(row, first, target == null ? null : key(target, out));
        out.cell(row, first + 1).setCellFormula(WorkbookOut.lookup(keyCell, table));
    }

    private static String key(EObject target, WorkbookOut out) {
        String key = out.keys.keyOf(target);
        return key != null ? key : String.valueOf(((org.phaen.model.Identified) target).getUuid());
    }

    @Override
    public void choices(Sheet sheet, int first, int lastRow, WorkbookOut out) {
        if (!reference.isMany()) {
            DropDowns.fromRange(
                    sheet,
                    first,
                    HeaderRows.COUNT,
                    lastRow,
                    out.lists.get(List.of(type())).keys());
        }
    }

    @Override
    public Edit read(EObject element, Row row, int first, WorkbookIn in) throws CellProblem {
        List<EObject> wanted = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String key : CellReading.text(row.getCell(first)).split(reference.isMany() ? "," : "\n")) {
            if (!key.isBlank()) {
                try {
                    wanted.add(find(key.strip(), in));
                } catch (CellProblem e) {
                    unknown.add(e.getMessage());
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new CellProblem(unknown);
        }
        if (!reference.isMany() && wanted.size() > 1) {
            throw new CellProblem("one " + WorkbookWords.ENGLISH.kind(type()) + " only");
        }
        List<?> current = reference.isMany()
                ? (List<?>) element.eGet(reference)
                : element.eGet(reference) == null ? List.of() : List.of(element.eGet(reference));
        if (current.equals(wanted)) {
            return null;
        }
        String what = WorkbookIn.name(element) + ": " + reference.getName() + " " + names(current, in) + " -> "
                + names(wanted, in);
        return new Edit(
                what,
                () -> element.eSet(reference, reference.isMany() ? wanted : wanted.isEmpty() ? null : wanted.get(0)));
    }

    /** The element a key names, which must be of the column's kind. */
    EObject find(String key, WorkbookIn in) throws CellProblem {
        Named found = in.keys.find(key);
        if (found == null) {
            throw new CellProblem("no " + WorkbookWords.ENGLISH.kind(type()) + " has the code \"" + key
                    + "\" (choose one from the list)");
        }
        if (!type().isInstance(found)) {
            throw new CellProblem("\"" + key + "\" is a " + WorkbookWords.ENGLISH.kind(found.eClass()) + ", not a "
                    + WorkbookWords.ENGLISH.kind(type()));
        }
        return found;
    }

    private static String names(List<?> elements, WorkbookIn in) {
        return elements.isEmpty()
                ? "(none)"
                : String.join(
                        ", ",
                        elements.stream()
                                .map(e -> Objects.requireNonNullElse(in.keys.keyOf((EObject) e), "?"))
                                .toList());
    }
}
