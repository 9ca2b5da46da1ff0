/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.phaen.documents.xlsx.HeaderRows.Heading;

/**
 * One sheet of the plan workbook: the kind of element it lists, where such elements live (the containments a row's
 * parent may hold it by, or the plan model itself), and its columns after the fixed ones: A the UUID (hidden),
 * B the delete mark, then for a contained kind the parent's key and name.
 */
record SheetKind(String id, EClass type, List<EReference> containers, EReference topLevel, List<Column> columns) {

    static final int UUID = 0;
    static final int DELETE = 1;
    static final int PARENT = 2;

    String thai() {
        return WorkbookWords.THAI.word("sheet." + id);
    }

    boolean contained() {
        return topLevel == null;
    }

    /** The first column after the fixed ones. */
    int firstColumn() {
        return contained() ? PARENT + 2 : PARENT;
    }

    /** Whether the element is listed on this sheet. */
    boolean lists(EObject element) {
        if (element.eClass() != type) {
            return false;
        }
        EReference held = element.eContainmentFeature();
        return contained() ? containers.contains(held) : held == topLevel;
    }

    /** The containment of the parent that may hold an element of this kind, or null when the parent is of the wrong kind. */
    EReference containerIn(EObject parent) {
        return containers.stream()
                .filter(r -> r.getEContainingClass().isInstance(parent))
                .findFirst()
                .orElse(null);
    }

    /** The kinds a parent may be: the list of its drop-down. */
    List<EClass> parentKinds() {
        return containers.stream()
                .map(EReference::getEContainingClass)
                .distinct()
                .toList();
    }

    List<Heading> headings() {
        List<Heading> headings = new ArrayList<>();
        headings.add(heading("column.uuid", 10));
        headings.add(heading("column.delete", 8));
        if (contained()) {
            String kinds = String.join(
                    "/", parentKinds().stream().map(WorkbookWords.THAI::kind).toList());
            String kindsEn = String.join(
                    "/", parentKinds().stream().map(WorkbookWords.ENGLISH::kind).toList());
            headings.add(new Heading(
                    kinds + " " + WorkbookWords.THAI.word("column.parent"),
                    kindsEn + " " + WorkbookWords.ENGLISH.word("column.parent"),
                    16));
            headings.add(new Heading(
                    kinds + " " + WorkbookWords.THAI.word("column.parentName"),
                    kindsEn + " ("
                            + WorkbookWords.ENGLISH.word("column.parentName").toLowerCase() + ")",
                    40));
        }
        columns.forEach(c -> headings.addAll(c.headings()));
        return headings;
    }

    private static Heading heading(String key, int width) {
        return new Heading(WorkbookWords.THAI.word(key), WorkbookWords.ENGLISH.word(key), width);
    }
}
