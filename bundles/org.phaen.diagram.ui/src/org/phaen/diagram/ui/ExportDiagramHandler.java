/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.phaen.diagram.description.Descriptions;
import org.phaen.diagram.description.DiagramDescription;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.layout.ElkLayout;
import org.phaen.diagram.notation.NotationFile;
import org.phaen.diagram.server.model.ShownDiagram;
import org.phaen.diagram.svg.PrintedDiagram.Paper;

/**
 * Plan > Export Diagram Image: the active diagram as shown (badges, folded issues, pins kept), its visible area or the whole, on
 * an A4 or A3 landscape sheet legible at print size (DiagramExport: PDF, SVG and 300 dpi PNG; tiles when the whole
 * does not fit one sheet legibly).
 */
public final class ExportDiagramHandler extends AbstractHandler {

    /** The command (plugin.xml) this handler runs for: Plan > Export Diagram Image. */
    public static final String COMMAND_ID = "org.phaen.diagram.ui.export";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        if (!(HandlerUtil.getActiveEditor(event) instanceof DiagramEditor editor)) {
            MessageDialog.openInformation(shell, Messages.Diagram_export, Messages.Diagram_exportOpenFirst);
            return null;
        }
        ExportChoices choices = new ExportChoices(shell);
        if (choices.open() != Window.OK) {
            return null;
        }
        double[] visible = choices.wholeDiagram() || editor.view() == null
                ? null
                : editor.view().visibleArea();
        DiagramEditorInput input = (DiagramEditorInput) editor.getEditorInput();
        Path out = chooseFile(shell, input, visible == null, choices.paper());
        if (out == null) {
            return null;
        }
        try {
            DiagramExport.Result[] result = new DiagramExport.Result[1];
            BusyIndicator.showWhile(
                    shell.getDisplay(), () -> result[0] = export(editor, visible, choices.paper(), out));
            MessageDialog.openInformation(
                    shell,
                    Messages.Diagram_export,
                    Messages.bind(
                            Messages.Export_written,
                            result[0].pages(),
                            result[0].files().stream()
                                    .map(f -> f.getFileName().toString())
                                    .collect(Collectors.joining(", "))));
        } catch (IllegalStateException e) {
            MessageDialog.openError(
                    shell, Messages.Diagram_export, Messages.bind(Messages.Diagram_exportFailed, e.getMessage()));
        }
        return null;
    }

    /** Writes the export of the editor's diagram; {@code visible} is the area shown, or null for the whole. */
    public static DiagramExport.Result export(DiagramEditor editor, double[] visible, Paper paper, Path out) {
        DiagramEditorInput input = (DiagramEditorInput) editor.getEditorInput();
        try {
            // Built and laid out as the editor's page shows it (its badges, its folded issues, the shape it asked
            // for), so the visible area is the same part of the same drawing.
            DiagramView view = editor.view();
            double ratio = view == null || view.aspectRatio() <= 0 ? ElkLayout.ASPECT_RATIO : view.aspectRatio();
            DiagramDescription description = Descriptions.load(input.diagramType());
            DiagramGraph graph = ShownDiagram.layOut(
                    ShownDiagram.build(editor.planSession(), description),
                    view == null ? Set.of() : view.folded(),
                    ratio,
                    NotationFile.load(input.planFile()).pins(input.diagramType()));
            String caption = description.name() + " · " + input.planFile().getFileName();
            return DiagramExport.write(graph, visible, paper, out, caption);
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static Path chooseFile(Shell shell, DiagramEditorInput input, boolean whole, Paper paper) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.pdf"});
        dialog.setFilterPath(input.planFile().getParent().toString());
        dialog.setFileName(
                input.planFile().getFileName().toString().replaceFirst("\\.phaen$", "") + "-" + input.diagramType()
                        + (whole ? "" : "-view") + "-" + (paper == Paper.A3_LANDSCAPE ? "a3" : "a4") + ".pdf");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        return chosen == null
                ? null
                : Path.of(chosen.toLowerCase(Locale.ROOT).endsWith(".pdf") ? chosen : chosen + ".pdf");
    }
}
