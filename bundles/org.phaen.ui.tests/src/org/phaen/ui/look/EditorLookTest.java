/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.Test;
import org.phaen.ui.editor.SampleEditorTest;
import org.phaen.ui.editor.TestWorkbench;

/**
 * The plan editor as it opens, at both screen sizes: the file's first plan selected and shown in the form, and the
 * tree/form split a share of the editor's width (it follows the window), with Properties and Problems beside it.
 */
class EditorLookTest extends SampleEditorTest {

    @Test
    void aPlanOpensOnItsFirstPlanAndTheSplitFollowsTheWindow() throws Exception {
        openSample();
        Object firstPlan = editor.openPlan().model().getPlans().get(0);
        assertSame(firstPlan, editor.selection().getFirstElement(), "the first plan is selected on opening");
        assertSame(firstPlan, editor.details().shown(), "and shown in the form");
        TestWorkbench.page().showView(IPageLayout.ID_PROP_SHEET);
        TestWorkbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        TestWorkbench.page().activate(editor);
        double[] shares = new double[Screenshots.SIZES.length];
        for (int i = 0; i < shares.length; i++) {
            Rectangle size = Screenshots.SIZES[i];
            Screenshots.resize(size);
            Control tree = editor.viewer().getControl().getParent(); // the tree's holder, a child of the sash
            SashForm sash = (SashForm) tree.getParent();
            shares[i] = (double) tree.getSize().x / sash.getSize().x;
            assertTrue(Screenshots.save("editor-th") > 50, "a drawn window at " + size);
        }
        assertEquals(shares[0], shares[1], 0.03, "the tree keeps its share of the editor at both sizes");
        assertTrue(shares[0] > 0.35 && shares[0] < 0.6, "the tree takes about half of the editor: " + shares[0]);
    }
}
