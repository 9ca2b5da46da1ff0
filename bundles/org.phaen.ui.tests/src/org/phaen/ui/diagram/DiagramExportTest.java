/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaen.ui.diagram.Pages.waitFor;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;
import org.phaen.diagram.engine.NodeSizer;
import org.phaen.diagram.svg.PrintedDiagram;
import org.phaen.diagram.svg.PrintedDiagram.Paper;
import org.phaen.diagram.ui.DiagramEditor;
import org.phaen.diagram.ui.DiagramExport;
import org.phaen.diagram.ui.ExportDiagramHandler;
import org.phaen.diagram.ui.OpenDiagramHandler;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.ui.editor.SampleEditorTest;
import org.phaen.ui.editor.TestWorkbench;
import org.phaen.ui.look.Screenshots;

/**
 * Plan > Export Diagram Image from the open strategy map: the visible area on A4 and the whole map on A3, each a
 * PDF of landscape sheets with searchable Thai labels and, per sheet, an SVG and a 300 dpi PNG of the sheet's size,
 * labels at 8 pt or more; the Plan menu's item names each kind of file written. The PNGs stay in target/exports/ to
 * look at.
 */
class DiagramExportTest extends SampleEditorTest {

    @Test
    void theVisibleAreaOnA4AndTheWholeMapOnA3() throws Exception {
        openSample();
        StrategicPlan plan =
                (StrategicPlan) editor.openPlan().model().getPlans().get(0);
        StrategicIssue issue = plan.getStrategicIssues().get(0);
        Screenshots.resize(Screenshots.SIZES[0]);
        DiagramEditor diagram = OpenDiagramHandler.open(TestWorkbench.page(), editor, "strategy-map");
        try {
            waitFor(diagram::isDrawn, 60_000, "the diagram page reports ready");
            waitFor(() -> diagram.view().visibleArea() != null, 10_000, "the view reports its area");
            Path out = Files.createDirectories(Path.of("target", "exports"));

            double[] visible = diagram.view().visibleArea();
            DiagramExport.Result view =
                    ExportDiagramHandler.export(diagram, visible, Paper.A4_LANDSCAPE, out.resolve("view-a4.pdf"));
            check(view, Paper.A4_LANDSCAPE, PDRectangle.A4, issue.getCode());
            assertTrue(view.pages() <= 4, "the visible area takes a few sheets at most: " + view.pages());

            DiagramExport.Result whole =
                    ExportDiagramHandler.export(diagram, null, Paper.A3_LANDSCAPE, out.resolve("whole-a3.pdf"));
            check(whole, Paper.A3_LANDSCAPE, PDRectangle.A3, issue.getCode());
            assertTrue(whole.pages() >= view.pages(), "the whole map is at least as many sheets as a part of it");

            // The Plan menu's item names every kind of file the export writes.
            String item = menuItemText(ExportDiagramHandler.COMMAND_ID);
            for (Path file : whole.files()) {
                String kind =
                        file.getFileName().toString().replaceFirst(".*\\.", "").toUpperCase(Locale.ROOT);
                assertTrue(item.contains(kind), item + " names " + kind);
            }
        } finally {
            TestWorkbench.page().closeEditor(diagram, false);
        }
    }

    /** The text of the window's menu item for this command: the one that begins with the command's name. */
    private static String menuItemText(String commandId) throws Exception {
        String name = PlatformUI.getWorkbench()
                .getService(ICommandService.class)
                .getCommand(commandId)
                .getName();
        for (MenuItem top : Screenshots.window().getMenuBar().getItems()) {
            Menu menu = top.getMenu();
            if (menu == null) {
                continue;
            }
            menu.notifyListeners(SWT.Show, null); // each menu fills itself as it opens
            try {
                for (MenuItem item : menu.getItems()) {
                    if (item.getText().replace("&", "").startsWith(name)) {
                        return item.getText();
                    }
                }
            } finally {
                menu.notifyListeners(SWT.Hide, null);
            }
        }
        throw new AssertionError("no menu item for " + name);
    }

    private static void check(DiagramExport.Result result, Paper paper, PDRectangle sheet, String code)
            throws Exception {
        assertTrue(
                result.scale() * NodeSizer.BADGE_FONT >= PrintedDiagram.MIN_LABEL_PT - 1e-6,
                "labels legible: scale " + result.scale());
        Path pdf = result.files().get(0);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(result.pages(), doc.getNumberOfPages());
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(sheet.getHeight(), box.getWidth(), 0.5, "landscape: the sheet's long side across");
            assertEquals(sheet.getWidth(), box.getHeight(), 0.5);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(code), "the labels are searchable text: " + code);
        }
        List<Path> pngs = result.files().stream()
                .filter(f -> f.toString().endsWith(".png"))
                .toList();
        assertEquals(result.pages(), pngs.size());
        assertEquals(
                result.pages(),
                result.files().stream()
                        .filter(f -> f.toString().endsWith(".svg"))
                        .count());
        BufferedImage image = ImageIO.read(pngs.get(0).toFile());
        assertTrue(
                image.getWidth() <= Math.ceil(paper.printableWidth() * 300 / 72) + 1 && image.getWidth() > 1000,
                "300 dpi: " + image.getWidth());
    }
}
