/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPart2;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.Test;
import org.phaen.ui.editor.SampleEditorTest;
import org.phaen.ui.editor.TestWorkbench;
import org.phaen.ui.properties.PropertyTabSection;

/**
 * Under -nl th the platform's views speak Thai through Phaen's language fragments (org.phaen.nl.th.*): the
 * Properties table's headers, the Problems, Properties and Outline views' names, and the common actions.
 */
class PlatformThaiTest extends SampleEditorTest {

    @Test
    void propertiesProblemsOutlineAndCommonActionsAreInThai() throws Exception {
        openSample();
        PropertySheet sheet = (PropertySheet) TestWorkbench.page().showView(IPageLayout.ID_PROP_SHEET);
        IWorkbenchPart2 problems = (IWorkbenchPart2) TestWorkbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        IWorkbenchPart2 outline = (IWorkbenchPart2) TestWorkbench.page().showView(IPageLayout.ID_OUTLINE);
        TestWorkbench.page().activate(editor);
        TestWorkbench.settle();
        TabbedPropertySheetPage page = (TabbedPropertySheetPage) sheet.getCurrentPage();
        Tree table = (Tree) ((PropertyTabSection) page.getCurrentTab().getSections()[0]).table();
        List<String> headers =
                Arrays.stream(table.getColumns()).map(TreeColumn::getText).toList();
        assertEquals(List.of("คุณสมบัติ", "ค่า"), headers);
        assertEquals("คุณสมบัติ", sheet.getPartName());
        assertEquals("ปัญหา", problems.getPartName()); // its title adds the counts
        Tree markers = widestTree(problems.getSite().getShell()); // the Problems view's table has the most columns
        List<String> columns =
                Arrays.stream(markers.getColumns()).map(TreeColumn::getText).toList();
        assertEquals(List.of("คำอธิบาย", "แฟ้ม", "ที่อยู่", "ตำแหน่ง", "ชนิด"), columns);
        assertEquals("เค้าโครง", outline.getPartName());
        String save = ActionFactory.SAVE
                .create(editor.getEditorSite().getWorkbenchWindow())
                .getText();
        assertTrue(save.startsWith("บันทึก"), "the Save action: " + save);
    }

    private static Tree widestTree(Composite parent) {
        Tree widest = null;
        for (Control child : parent.getChildren()) {
            Tree candidate = child instanceof Tree tree
                    ? tree
                    : child instanceof Composite composite ? widestTree(composite) : null;
            if (candidate != null && (widest == null || candidate.getColumnCount() > widest.getColumnCount())) {
                widest = candidate;
            }
        }
        return widest;
    }
}
