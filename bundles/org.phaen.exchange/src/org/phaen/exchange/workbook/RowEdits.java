/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.phaen.documents.xlsx.CellProblem;
import org.phaen.documents.xlsx.CellReading;
import org.phaen.documents.xlsx.HeaderRows.Heading;
import org.phaen.model.Named;
import org.phaen.model.PlanModel;

/**
 * Turns the rows into edits: the parent a row names (moving or placing its element), each column's change, the
 * removals, and the checks across rows (a code used twice in a sheet). Problems are collected, never thrown.
 */
final class RowEdits {

    private final PlanModel plan;
    private final WorkbookIn in;
    private final List<String> problems;
    /** The English header of each sheet's parent column (the headings are worked out once, not per row). */
    private final Map<SheetKind, String> parentHeaders = new java.util.IdentityHashMap<>();

    RowEdits(PlanModel plan, WorkbookIn in, List<String> problems) {
        this.plan = plan;
        this.in = in;
        this.problems = problems;
    }

    WorkbookImport edits(List<SheetRow> rows) {
        List<Edit> placements = new ArrayList<>();
        List<Edit> changes = new ArrayList<>();
        List<SheetRow> deletions = new ArrayList<>();
        Map<String, String> codes = new HashMap<>();
        for (SheetRow row : rows) {
            if (marked(row)) {
                if (!row.isNew()) {
                    deletions.add(row);
                }
                continue;
            }
            Edit placement = parent(row);
            if (placement != null) {
                placements.add(placement);
            }
            int before = problems.size();
            for (Column column : row.kind().columns()) {
                Heading heading = column.headings().get(0);
                Integer index = row.column(heading.english());
                if (index == null) {
                    continue; // the column was removed: it asks nothing
                }
                try {
                    Edit edit = column.read(row.element(), row.row(), index, in);
                    if (edit != null) {
                        changes.add(edit);
                    }
                } catch (CellProblem e) {
                    for (String message : e.messages()) { // each unknown code of a cell on its own line
                        problems.add(row.where(index, heading.english()) + ": " + message);
                    }
                }
            }
            if (problems.size() == before) {
                duplicateCode(row, codes);
            }
        }
        List<Edit> removals = new Deletions(plan, problems).edits(deletions);
        if (!problems.isEmpty()) {
            return new WorkbookImport(List.of(), List.copyOf(problems), 0, 0);
        }
        List<Edit> all = new ArrayList<>(placements);
        all.addAll(changes);
        all.addAll(removals);
        return new WorkbookImport(
                all, List.of(), (int) rows.stream().filter(SheetRow::isNew).count(), removals.size());
    }

    private static boolean marked(SheetRow row) {
        Integer column = row.column(WorkbookWords.ENGLISH.word("column.delete"));
        try {
            return column != null
                    && !CellReading.text(row.row().getCell(column)).isBlank();
        } catch (CellProblem e) {
            return false; // a broken formula is no mark
        }
    }

    /** The edit placing a new element under its parent or moving an element to another; null when it stays. */
    @SuppressWarnings("unchecked")
    private Edit parent(SheetRow row) {
        SheetKind kind = row.kind();
        EObject element = row.element();
        if (!kind.contained()) {
            return !row.isNew()
                    ? null
                    : new Edit(
                            "new " + WorkbookIn.name(element),
                            () -> ((EList<EObject>) plan.eGet(kind.topLevel())).add(element));
        }
        String header = parentHeaders.computeIfAbsent(
                kind, k -> k.headings().get(SheetKind.PARENT).english());
        Integer column = row.column(header);
        if (column == null) {
            if (row.isNew()) {
                problems.add(row.where(null, null) + ": a new row needs the column \"" + header + "\"");
            }
            return null;
        }
        try {
            String key = CellReading.text(row.row().getCell(column)).strip();
            if (key.isEmpty()) {
                throw new CellProblem("say which "
                        + String.join(
                                " or ",
                                kind.parentKinds().stream()
                                        .map(WorkbookWords.ENGLISH::kind)
                                        .toList()) + " this row belongs to");
            }
            Named parent = in.keys.find(key);
            if (parent == null) {
                throw new CellProblem("no element has the code \"" + key + "\" (choose one from the list)");
            }
            EReference container = kind.containerIn(parent);
            if (container == null) {
                throw new CellProblem("\"" + key + "\" is a " + WorkbookWords.ENGLISH.kind(parent.eClass()) + "; a "
                        + WorkbookWords.ENGLISH.kind(kind.type()) + " belongs to a "
                        + String.join(
                                " or ",
                                kind.parentKinds().stream()
                                        .map(WorkbookWords.ENGLISH::kind)
                                        .toList()));
            }
            if (parent.eResource() != null && parent.eResource() != plan.eResource()) {
                throw new CellProblem(
                        "\"" + key + "\" belongs to another plan file; only this plan's elements can be changed");
            }
            if (!row.isNew() && element.eContainer() == parent && element.eContainmentFeature() == container) {
                return null;
            }
            String what =
                    (row.isNew() ? "new " : "move ") + WorkbookIn.name(element) + " under " + WorkbookIn.name(parent);
            return new Edit(what, () -> ((EList<EObject>) parent.eGet(container)).add(element));
        } catch (CellProblem e) {
            problems.add(row.where(column, header) + ": " + e.getMessage());
            return null;
        }
    }

    /** A code typed on two rows of one sheet, where one of them is new or has a new code. */
    private void duplicateCode(SheetRow row, Map<String, String> codes) {
        if (!(row.element() instanceof Named named)) {
            return;
        }
        Integer column = row.column(WorkbookWords.ENGLISH.feature(org.phaen.model.PhaenPackage.Literals.NAMED__CODE));
        String code;
        try {
            code = column == null
                    ? ""
                    : CellReading.text(row.row().getCell(column)).strip();
        } catch (CellProblem e) {
            return;
        }
        if (code.isEmpty()) {
            return;
        }
        String key = row.kind().id() + "\u0000" + code;
        String earlier = codes.putIfAbsent(
                key, row.where(null, null) + (row.isNew() || !code.equals(named.getCode()) ? "*" : ""));
        if (earlier != null && (earlier.endsWith("*") || row.isNew() || !code.equals(named.getCode()))) {
            problems.add(row.where(column, "Code") + ": the code " + code + " is also on " + earlier.replace("*", "")
                    + "; codes name elements and must differ");
        }
    }
}
