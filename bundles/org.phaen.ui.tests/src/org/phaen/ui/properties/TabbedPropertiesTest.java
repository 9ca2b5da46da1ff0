/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.properties;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.ITabDescriptor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.Test;
import org.phaen.model.Indicator;
import org.phaen.model.PhaenPackage;
import org.phaen.model.StrategicPlan;
import org.phaen.model.calendar.ThaiDates;
import org.phaen.ui.editor.SampleEditorTest;
import org.phaen.ui.editor.TestWorkbench;
import org.phaen.ui.look.Screenshots;

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

    /**
     * At 1280 x 800 the plan's approval date reads as the form shows it (B.E., per the date preference) and is edited
     * in the same form; the columns take the view's width, the names as wide as the widest (up to two fifths), the
     * values the rest.
     */
    @Test
    void datesReadAsInTheFormAndTheColumnsFitTheView() throws Exception {
        openSample();
        Screenshots.resize(Screenshots.SIZES[1]);
        PropertySheet sheet = (PropertySheet) TestWorkbench.page().showView(IPageLayout.ID_PROP_SHEET);
        TestWorkbench.page().activate(editor);
        StrategicPlan plan =
                (StrategicPlan) editor.openPlan().model().getPlans().get(0);
        LocalDate approved = plan.getApprovedOn();
        editor.select(plan.getUuid());
        TestWorkbench.settle();
        TabbedPropertySheetPage page = (TabbedPropertySheetPage) sheet.getCurrentPage();
        String shown = Values.toText(PhaenPackage.Literals.PLAN_DOCUMENT__APPROVED_ON.getEAttributeType(), approved);
        assertEquals(ThaiDates.formatNumeric(approved), shown, "B.E. by default, as the form");
        List<String> values = rows(page);
        assertTrue(values.stream().anyMatch(row -> row.endsWith(" = " + shown)), shown + " in " + values);
        assertTrue(values.stream().noneMatch(row -> row.contains(approved.toString())), "no ISO date: " + values);

        PropertyTabSection section = (PropertyTabSection) page.getCurrentTab().getSections()[0];
        Tree tree = (Tree) section.table();
        IPropertySource source =
                new ItemPropertySourceProvider(editor.openPlan().adapterFactory()).getPropertySource(plan);
        IPropertyDescriptor date = Arrays.stream(source.getPropertyDescriptors())
                .filter(d -> String.valueOf(d.getId()).contains("approvedOn"))
                .findFirst()
                .orElseThrow();
        CellEditor cell = date.createPropertyEditor(tree);
        try {
            cell.setValue(approved);
            assertEquals(shown, ((Text) cell.getControl()).getText(), "edited as shown");
            ((Text) cell.getControl()).setText("1/10/2561");
            assertEquals(LocalDate.of(2018, 10, 1), cell.getValue(), "a B.E. date typed in");
        } finally {
            cell.dispose();
        }

        Screenshots.save("properties-plan");
        TreeColumn[] columns = tree.getColumns();
        int width = tree.getClientArea().width;
        assertTrue(width > 200, "the view has room: " + width);
        assertEquals(width, columns[0].getWidth() + columns[1].getWidth(), "the columns take the view's width");
        assertTrue(columns[1].getWidth() >= width / 2, "the values have most of it: " + columns[1].getWidth());
        // The names as wide as the widest needs, or two fifths of the view when it is narrower than that.
        GC gc = new GC(tree);
        int widest = 0;
        try {
            for (TreeItem item : shownItems(tree.getItems(), new ArrayList<>())) {
                widest = Math.max(widest, item.getBounds(0).x + gc.textExtent(item.getText(0)).x);
            }
        } finally {
            gc.dispose();
        }
        assertTrue(
                columns[0].getWidth() >= Math.min(widest, width * 2 / 5),
                "names " + columns[0].getWidth() + " for " + widest + " in " + width);
    }

    private static List<String> rows(TabbedPropertySheetPage page) {
        PropertyTabSection section = (PropertyTabSection) page.getCurrentTab().getSections()[0];
        List<String> rows = new ArrayList<>();
        for (TreeItem item : ((Tree) section.table()).getItems()) {
            collect(item, rows);
        }
        return rows;
    }

    private static List<TreeItem> shownItems(TreeItem[] items, List<TreeItem> shown) {
        for (TreeItem item : items) {
            shown.add(item);
            if (item.getExpanded()) {
                shownItems(item.getItems(), shown);
            }
        }
        return shown;
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
