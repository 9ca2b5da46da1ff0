/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.properties;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.ITabDescriptor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.Test;
import org.phaen.model.Indicator;
import org.phaen.ui.editor.SampleEditorTest;
import org.phaen.ui.editor.TestWorkbench;

/** The Properties view of the plan editor is tabbed: the element's values on one tab, its links on the other. */
class TabbedPropertiesTest extends SampleEditorTest {

    @Test
    void anIndicatorShowsItsValuesAndItsLinksOnTwoTabs() throws Exception {
        openSample();
        PropertySheet sheet = (PropertySheet) TestWorkbench.page().showView(IPageLayout.ID_PROP_SHEET);
        TestWorkbench.page().activate(editor);
        Indicator indicator = first(editor.openPlan().model().eAllContents());
        editor.select(indicator.getUuid());
        TestWorkbench.settle();
        TabbedPropertySheetPage page = (TabbedPropertySheetPage) sheet.getCurrentPage();
        List<String> tabs = Arrays.stream(page.getActiveTabs())
                .map(ITabDescriptor::getLabel)
                .toList();
        assertEquals(List.of("ข้อมูล", "การเชื่อมโยง"), tabs);
        assertTrue(
                page.getTitleText(editor.selection()).contains(indicator.getName()),
                page.getTitleText(editor.selection()));

        List<String> values = rows(page);
        assertTrue(
                values.stream().anyMatch(row -> row.contains(indicator.getCode())), "the code is a value: " + values);
        page.setSelectedTab("org.phaen.ui.tab.links");
        TestWorkbench.settle();
        List<String> links = rows(page);
        assertFalse(links.isEmpty());
        assertTrue(links.stream().noneMatch(row -> row.contains(indicator.getCode())), "links only: " + links);
    }

    private static List<String> rows(TabbedPropertySheetPage page) {
        PropertyTabSection section = (PropertyTabSection) page.getCurrentTab().getSections()[0];
        List<String> rows = new ArrayList<>();
        for (TreeItem item : ((Tree) section.table()).getItems()) {
            collect(item, rows);
        }
        return rows;
    }

    private static void collect(TreeItem item, List<String> rows) {
        rows.add(item.getText(0) + " = " + item.getText(1));
        for (TreeItem child : item.getItems()) {
            collect(child, rows);
        }
    }

    private static Indicator first(java.util.Iterator<org.eclipse.emf.ecore.EObject> it) {
        while (it.hasNext()) {
            if (it.next() instanceof Indicator indicator
                    && indicator.getCode() != null
                    && indicator.getResponsible() != null) {
                return indicator;
            }
        }
        throw new AssertionError("the sample has indicators with a responsible agency");
    }
}
