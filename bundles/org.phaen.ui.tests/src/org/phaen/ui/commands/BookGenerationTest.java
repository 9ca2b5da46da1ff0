/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.phaen.book.BookFormat;
import org.phaen.book.BookKind;
import org.phaen.ui.Messages;
import org.phaen.ui.editor.SampleEditorTest;
import org.phaen.ui.editor.TestWorkbench;
import org.phaen.ui.look.Screenshots;

/**
 * Plan > Generate Plan Book on the sample plans: the dialog (in Thai) keeps Generate off until its answers make a
 * book and hands them over; the job writes the provincial action plan's book as DOCX and PDF into the folder, and a
 * cancelled job stops before writing a file. The dialog's screenshot: target/screenshots/book-dialog-th-*.png.
 */
class BookGenerationTest extends SampleEditorTest {

    @Test
    void theDialogAsksWhichBookAndWhereAndRefusesWhatMakesNone() throws Exception {
        openSample();
        BookDialog dialog = new BookDialog(Screenshots.window(), 2562, dir.resolve("book"));
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            TestWorkbench.settle();
            assertEquals(Messages.Book_title, dialog.getShell().getText());
            assertTrue(dialog.generate().isEnabled(), "the defaults make a strategic book");
            assertFalse(dialog.year.isEnabled(), "no fiscal year for the strategic plan");
            dialog.folder.setText("");
            assertFalse(dialog.generate().isEnabled(), "no folder");
            dialog.folder.setText(dir.resolve("book").toString());
            dialog.strategic.setSelection(false);
            dialog.actionPlan.setSelection(true);
            dialog.year.setText("62");
            assertFalse(dialog.generate().isEnabled(), "62 is no B.E. year");
            dialog.year.setText("2562");
            dialog.publicCopy.setSelection(true);
            dialog.template.setText(dir.resolve("missing.docx").toString());
            assertFalse(dialog.generate().isEnabled(), "a template that is not there");
            dialog.template.setText("");
            assertTrue(dialog.generate().isEnabled());
            TestWorkbench.settle();
            assertTrue(Screenshots.save(dialog.getShell(), "book-dialog-th") > 20, "the dialog is drawn");
            dialog.okPressed();
        } finally {
            dialog.close();
        }
        BookGeneration.Request request = dialog.request();
        assertNotNull(request);
        assertEquals(BookKind.ACTION_PLAN, request.kind());
        assertEquals(2562, request.fiscalYear());
        assertEquals(EnumSet.of(BookFormat.DOCX, BookFormat.PDF), request.formats());
        assertTrue(request.publicCopy());
        assertEquals(dir.resolve("book"), request.folder());
    }

    @Test
    void theJobWritesTheBookInEachFormatAndStopsWhenCancelled() throws Exception {
        openSample();
        Path folder = dir.resolve("book");
        BookGeneration job = new BookGeneration(
                editor.openPlan(),
                new BookGeneration.Request(
                        BookKind.ACTION_PLAN, 2562, EnumSet.of(BookFormat.DOCX, BookFormat.PDF), null, true, folder));
        job.schedule();
        job.join();
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        List<String> names =
                job.written().stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("PLK-AP2562.pdf", "PLK-AP2562.docx"), names, "the PDF first: the DOCX takes its layout");
        for (Path file : job.written()) {
            assertTrue(Files.size(file) > 10_000, file + " written");
        }

        Path other = dir.resolve("cancelled");
        BookGeneration cancelled = new BookGeneration(
                editor.openPlan(),
                new BookGeneration.Request(
                        BookKind.ACTION_PLAN, 2562, EnumSet.of(BookFormat.DOCX), null, false, other));
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        assertEquals(IStatus.CANCEL, cancelled.run(monitor).getSeverity());
        assertEquals(List.of(), cancelled.written());
    }
}
