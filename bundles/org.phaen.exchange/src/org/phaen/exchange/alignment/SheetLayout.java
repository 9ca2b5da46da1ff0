/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.alignment;

/**
 * Where things are in an alignment sheet. The first sheet has one row per alignment of each element of the plan
 * (an element with none gets one row with the target left blank, to fill in); the second lists every element the
 * rows may align to. Two header rows, Thai then English; column A is the element's UUID, hidden, so rows can be
 * sorted and edited freely. A planner adds an alignment by copying a row and changing its target.
 */
final class SheetLayout {

    static final String ROWS_SHEET = AlignmentWords.text("sheet.rows");
    static final String TARGETS_SHEET = AlignmentWords.text("sheet.targets");
    static final int HEADER_ROWS = org.phaen.documents.xlsx.HeaderRows.COUNT;

    static final int UUID = 0;
    static final int PLAN = 1;
    static final int KIND = 2;
    static final int CODE = 3;
    static final int NAME = 4;
    static final int TARGET = 5;
    static final int TARGET_NAME = 6;
    static final int ALIGNMENT_KIND = 7;
    static final int RATIONALE = 8;

    static final String[] HEADERS_TH = AlignmentWords.text("headers.rows").split("\\|");
    static final String[] HEADERS_EN = {
        "UUID", "Plan", "Kind", "Code", "Name", "Aligned to (key)", "Aligned to (name)", "Alignment kind", "Rationale"
    };
    static final int[] WIDTHS = {10, 14, 18, 12, 60, 18, 60, 20, 50};

    static final String[] TARGET_HEADERS_TH =
            AlignmentWords.text("headers.targets").split("\\|");
    static final String[] TARGET_HEADERS_EN = {"Key", "Name", "Plan", "Kind"};
    static final int[] TARGET_WIDTHS = {18, 70, 40, 18};

    private SheetLayout() {}
}
