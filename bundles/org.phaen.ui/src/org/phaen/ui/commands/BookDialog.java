/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.phaen.book.BookFormat;
import org.phaen.book.BookKind;
import org.phaen.ui.Messages;

/**
 * Plan > Generate Plan Book: which book (strategic plan, or a fiscal year's action plan), the formats, an office
 * template, the public copy and the folder; Generate stays off until the answers make a book.
 */
public final class BookDialog extends TitleAreaDialog {

    private final int defaultYear;
    private final Path defaultFolder;
    Button strategic, actionPlan, publicCopy;
    Text year, template, folder;
    final Button[] formats = new Button[BookFormat.values().length];
    private BookGeneration.Request request;

    public BookDialog(Shell parent, int defaultYear, Path defaultFolder) {
        super(parent);
        this.defaultYear = defaultYear;
        this.defaultFolder = defaultFolder;
    }

    /** The answers, once Generate was pressed. */
    public BookGeneration.Request request() {
        return request;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        getShell().setText(Messages.Book_title);
        setTitle(Messages.Book_title);
        setMessage(Messages.Book_message);
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(form);
        label(form, Messages.Book_kind);
        Composite kinds = row(form, 2);
        strategic = radio(kinds, Messages.Book_strategic, true);
        actionPlan = radio(kinds, Messages.Book_actionPlan, false);
        label(form, Messages.Book_fiscalYear);
        year = text(form, Integer.toString(defaultYear), 2);
        label(form, Messages.Book_formats);
        Composite boxes = row(form, BookFormat.values().length);
        for (BookFormat format : BookFormat.values()) {
            formats[format.ordinal()] = check(boxes, format.extension().toUpperCase(java.util.Locale.ROOT));
            formats[format.ordinal()].setSelection(format != BookFormat.HTML);
        }
        label(form, Messages.Book_template);
        template = text(form, "", 1);
        browse(
                form,
                () -> {
                    FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
                    dialog.setFilterExtensions(new String[] {"*.docx"});
                    return dialog.open();
                },
                template);
        new Label(form, SWT.NONE);
        publicCopy = check(row(form, 1), Messages.Book_public);
        label(form, Messages.Book_folder);
        folder = text(form, defaultFolder.toString(), 1);
        browse(form, () -> new DirectoryDialog(getShell()).open(), folder);
        strategic.addListener(SWT.Selection, e -> check());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Book_generate, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        check();
    }

    Button generate() {
        return getButton(IDialogConstants.OK_ID);
    }

    /** Enables Generate when the answers make a book, else says what is missing. */
    void check() {
        year.setEnabled(actionPlan.getSelection());
        String problem = null;
        if (actionPlan.getSelection() && !year.getText().strip().matches("25\\d\\d|26\\d\\d")) {
            problem = Messages.Generate_badYear;
        } else if (chosenFormats().isEmpty()) {
            problem = Messages.Book_noFormat;
        } else if (!template.getText().isBlank()
                && !Files.isRegularFile(Path.of(template.getText().strip()))) {
            problem = Messages.Book_noTemplate;
        } else if (folder.getText().isBlank()) {
            problem = Messages.Book_noFolder;
        }
        setErrorMessage(problem);
        Button ok = generate();
        if (ok != null) {
            ok.setEnabled(problem == null);
        }
    }

    @Override
    protected void okPressed() {
        boolean action = actionPlan.getSelection();
        request = new BookGeneration.Request(
                action ? BookKind.ACTION_PLAN : BookKind.STRATEGIC,
                action ? Integer.valueOf(year.getText().strip()) : null,
                chosenFormats(),
                template.getText().isBlank() ? null : Path.of(template.getText().strip()),
                publicCopy.getSelection(),
                Path.of(folder.getText().strip()));
        super.okPressed();
    }

    private Set<BookFormat> chosenFormats() {
        Set<BookFormat> chosen = EnumSet.noneOf(BookFormat.class);
        for (BookFormat format : BookFormat.values()) {
            if (formats[format.ordinal()].getSelection()) {
                chosen.add(format);
            }
        }
        return chosen;
    }

    private static void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
    }

    private static Composite row(Composite parent, int columns) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(columns).equalWidth(false).applyTo(row);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(row);
        return row;
    }

    private Button radio(Composite parent, String text, boolean selected) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(text);
        button.setSelection(selected);
        return button;
    }

    private Button check(Composite parent, String text) {
        Button button = new Button(parent, SWT.CHECK);
        button.setText(text);
        button.addListener(SWT.Selection, e -> check());
        return button;
    }

    private Text text(Composite parent, String value, int span) {
        Text text = new Text(parent, SWT.BORDER);
        text.setText(value);
        GridDataFactory.fillDefaults()
                .grab(true, false)
                .span(span, 1)
                .hint(360, SWT.DEFAULT)
                .applyTo(text);
        text.addListener(SWT.Modify, e -> check());
        return text;
    }

    private void browse(Composite parent, java.util.function.Supplier<String> ask, Text into) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(Messages.Book_browse);
        button.addListener(SWT.Selection, e -> {
            String chosen = ask.get();
            if (chosen != null) {
                into.setText(chosen);
            }
        });
    }
}
