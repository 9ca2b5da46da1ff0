/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.phaen.book.BookFiles;
import org.phaen.book.BookFormat;
import org.phaen.book.BookKind;
import org.phaen.book.BookOptions;
import org.phaen.book.PlanBooks;
import org.phaen.documents.flow.FlowDocument;
import org.phaen.model.PlanDocument;
import org.phaen.ui.Messages;
import org.phaen.ui.editor.OpenPlan;

/**
 * Plan > Generate Plan Book as a background job the user can cancel (Progress view or the job's dialog): the book of
 * the open plan's strategic plan or fiscal year's action plan, as {@code phaen book} writes it, in each format asked
 * for, into a folder; progress per step, cancelled between files (a file is never left half written).
 */
public final class BookGeneration extends Job {

    /** What the dialog asked for; {@code fiscalYear} only for the action plan, {@code template} may be null. */
    public record Request(
            BookKind kind,
            Integer fiscalYear,
            Set<BookFormat> formats,
            Path template,
            boolean publicCopy,
            Path folder) {}

    private static final String PLUGIN = "org.phaen.ui";

    private final OpenPlan plan;
    private final Request request;
    private final List<Path> written = new CopyOnWriteArrayList<>();

    public BookGeneration(OpenPlan plan, Request request) {
        super(Messages.Book_title);
        this.plan = plan;
        this.request = request;
        setUser(true);
    }

    /** The files written so far. */
    public List<Path> written() {
        return List.copyOf(written);
    }

    public Request request() {
        return request;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(
                monitor, Messages.Book_writing, 1 + request.formats().size());
        BookOptions options = new BookOptions(request.kind(), request.fiscalYear(), false, true, request.publicCopy());
        PlanDocument chosen = PlanBooks.choose(plan.model().getPlans(), options).orElse(null);
        if (chosen == null) {
            return new Status(IStatus.WARNING, PLUGIN, Messages.Book_noPlan);
        }
        try {
            progress.subTask(Messages.bind(Messages.Book_building, chosen.getCode()));
            FlowDocument book = PlanBooks.of(chosen, options, LocalDate.now());
            progress.worked(1);
            Files.createDirectories(request.folder());
            BookFiles files = new BookFiles(book);
            for (BookFormat format : BookFiles.inWritingOrder(request.formats())) {
                if (progress.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                progress.subTask(format.extension().toUpperCase(java.util.Locale.ROOT));
                written.add(files.write(format, request.template(), request.folder(), chosen.getCode()));
                progress.worked(1);
            }
            return Status.OK_STATUS;
        } catch (IOException | RuntimeException e) {
            return new Status(IStatus.ERROR, PLUGIN, Messages.bind(Messages.Book_failed, e.getMessage()), e);
        }
    }
}
