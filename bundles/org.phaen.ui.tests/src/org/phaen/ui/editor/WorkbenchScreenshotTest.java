/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.PhaenPackage;

/**
 * The workbench with the sample plan open, in Thai, saved as a picture for people to look at
 * (target/screenshots/workbench-th.png); the test checks only that a real window was drawn.
 */
class WorkbenchScreenshotTest {

    @TempDir
    Path dir;

    @Test
    void theSamplePlanOpenInThai() throws Exception {
        PlanEditor editor = TestWorkbench.openSample(dir);
        try {
            TestWorkbench.page().showView(IPageLayout.ID_PROP_SHEET);
            TestWorkbench.page().activate(editor);
            // An indicator: the form beside the tree shows its fields and its targets table.
            Object indicator = EcoreUtil.getObjectsByType(allContents(editor), PhaenPackage.Literals.INDICATOR)
                    .iterator()
                    .next();
            editor.viewer().setSelection(new StructuredSelection(indicator), true);
            Shell shell = TestWorkbench.page().getWorkbenchWindow().getShell();
            shell.setSize(1400, 880);
            TestWorkbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
            TestWorkbench.page().activate(editor);
            for (int i = 0; i < 30; i++) { // the Problems view refreshes from a background job
                TestWorkbench.settle();
                Thread.sleep(100);
            }
            Path file = Path.of(System.getProperty("phaen.screenshots", "target/screenshots"), "workbench-th.png");
            Files.createDirectories(file.getParent());
            ImageData picture = capture(shell);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {picture};
            loader.save(file.toString(), SWT.IMAGE_PNG);
            assertTrue(colours(picture) > 50, "a drawn window has many colours, a blank one a few");
        } finally {
            TestWorkbench.page().closeEditor(editor, false);
            TestWorkbench.unlinkFrom(dir);
        }
    }

    private static java.util.List<Object> allContents(PlanEditor editor) {
        java.util.List<Object> all = new java.util.ArrayList<>();
        editor.openPlan().model().eAllContents().forEachRemaining(all::add);
        return all;
    }

    private static ImageData capture(Shell shell) {
        Rectangle bounds = shell.getBounds();
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static int colours(ImageData data) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < data.height; y += 4) {
            for (int x = 0; x < data.width; x += 4) {
                seen.add(data.getPixel(x, y));
            }
        }
        return seen.size();
    }
}
