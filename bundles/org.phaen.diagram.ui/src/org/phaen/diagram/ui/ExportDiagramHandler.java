package org.phaen.diagram.ui;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.notation.NotationFile;
import org.phaen.diagram.svg.DiagramFiles;

/** Plan > Export Diagram Image: the active diagram, laid out as shown (pins kept), as SVG or PNG. */
public final class ExportDiagramHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        if (!(HandlerUtil.getActiveEditor(event) instanceof DiagramEditor editor)) {
            MessageDialog.openInformation(shell, Messages.Diagram_export, Messages.Diagram_exportOpenFirst);
            return null;
        }
        DiagramEditorInput input = (DiagramEditorInput) editor.getEditorInput();
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.png", "*.svg" });
        dialog.setFilterPath(input.planFile().getParent().toString());
        dialog.setFileName(input.planFile().getFileName().toString().replaceFirst("\\.phaen$", "") + "-" + input.diagramType() + ".png");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        Path out = Path.of(chosen);
        try {
            BusyIndicator.showWhile(shell.getDisplay(), () -> {
                try {
                    DiagramGraph graph = DiagramFiles.laidOut(input.diagramType(), editor.getEditingDomain().getResourceSet(),
                        NotationFile.load(input.planFile()).pins(input.diagramType()));
                    DiagramFiles.write(graph, out);
                } catch (Exception e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
        } catch (IllegalStateException e) {
            MessageDialog.openError(shell, Messages.Diagram_export, Messages.bind(Messages.Diagram_exportFailed, e.getMessage()));
        }
        return null;
    }
}
