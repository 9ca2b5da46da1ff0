/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.Test;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.sample.SyntheticPlanGenerator;

/**
 * A plan too large to show expanded opens with its first plans expanded within the row budget and the rest collapsed
 * (until asked for); a small one opens expanded to the third level as before. Neither tree keeps the selection the
 * expansion used.
 */
class LargePlanTreeTest extends SampleEditorTest {

    @Test
    void aLargePlanOpensWithItsFirstPlansExpandedWithinTheBudget() throws Exception {
        // 12 provinces of 100 projects: 26 plans, 1,200 projects and the provinces' issues on the third level.
        Path file = dir.resolve("national.phaen");
        PlanFiles.saveAs(new SyntheticPlanGenerator().generate(12, 100), PlanFiles.newResourceSet(), file);
        editor = TestWorkbench.openDrawn(file);
        PlanModel model = editor.openPlan().model();
        TestWorkbench.page().showView(IPageLayout.ID_OUTLINE);
        TestWorkbench.page().activate(editor);
        TestWorkbench.settle();

        Tree tree = editor.viewer().getTree();
        TreeItem root = tree.getItem(0);
        assertTrue(root.getExpanded(), "the plan file's model is open");
        List<TreeItem> plans = Stream.of(root.getItems())
                .filter(item -> model.getPlans().contains(item.getData()))
                .toList();
        assertEquals(26, plans.size());
        assertTrue(plans.get(0).getExpanded(), "the first plan is open");
        assertFalse(plans.get(plans.size() - 1).getExpanded(), "the last plans wait until asked for");
        int shown = shownRows(tree.getItems());
        assertTrue(shown <= TreeExpansion.ROWS, shown + " rows shown");
        assertTrue(shown > TreeExpansion.ROWS / 2, shown + " rows shown: the budget is used");
        assertEquals(List.of(model.getPlans().get(0)), editor.selection().toList(), "the editor shows its first plan");

        Object last = plans.get(plans.size() - 1).getData();
        editor.viewer().expandToLevel(last, 1);
        ITreeContentProvider content = (ITreeContentProvider) editor.viewer().getContentProvider();
        assertEquals(
                content.getChildren(last).length, plans.get(plans.size() - 1).getItemCount(), "opened on demand");

        PlanOutline outline = (PlanOutline) editor.getAdapter(IContentOutlinePage.class);
        Tree outlineTree = outline.viewer().getTree();
        assertTrue(outlineTree.getItem(0).getExpanded(), "the outline's first plan is open");
        assertTrue(shownRows(outlineTree.getItems()) <= TreeExpansion.ROWS);
        assertEquals(0, outlineTree.getSelectionCount(), "the outline selects nothing on its own");
    }

    @Test
    void aSmallPlanOpensExpandedToTheThirdLevel() throws Exception {
        openSample();
        TreeItem root = editor.viewer().getTree().getItem(0);
        assertTrue(root.getExpanded());
        for (TreeItem plan : root.getItems()) {
            assertTrue(plan.getItemCount() == 0 || plan.getExpanded(), plan.getText() + " is open");
        }
    }

    /** The rows a user can scroll to: the items, and the children of the expanded ones. */
    private static int shownRows(TreeItem[] items) {
        int rows = items.length;
        for (TreeItem item : items) {
            if (item.getExpanded()) {
                rows += shownRows(item.getItems());
            }
        }
        return rows;
    }
}
