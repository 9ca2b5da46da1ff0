/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.ui;

import java.net.URI;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;

/**
 * The diagram editor on a machine without WebKitGTK, where SWT has no Browser: a message saying so, and the diagram
 * opened in the user's web browser instead (the diagram server serves the same page there, token and all). Edits
 * made there are still the plan editor's commands; only the selection does not follow between the two.
 */
final class SystemBrowserDiagram {

    /** Set in the UI tests: they check the page and its address without starting a browser on the test machine. */
    static final String NO_LAUNCH = "phaen.diagram.noLaunch";
    /** Set to use the system browser although SWT has one (the UI tests, on a machine with WebKitGTK). */
    static final String ALWAYS = "phaen.diagram.systemBrowser";

    private final Label message;
    private final Link link;
    /** The address as text to copy, for a machine where no browser can be started from here. */
    private final Text address;

    private URI page;

    SystemBrowserDiagram(Composite parent, String reason) {
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(1, false));
        message = new Label(box, SWT.WRAP);
        message.setText(Messages.bind(Messages.Diagram_noBrowser, reason));
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        link = new Link(box, SWT.NONE);
        link.setText(Messages.Diagram_starting);
        link.addListener(SWT.Selection, event -> open());
        link.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        address = new Text(box, SWT.READ_ONLY | SWT.SINGLE);
        address.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    /** Shows the page in the system browser, and offers to show it again. */
    void show(URI diagramPage) {
        page = diagramPage;
        address.setText(page.toString());
        showLink(Messages.Diagram_openInBrowser);
        open();
    }

    void failed(String why) {
        showLink(Messages.bind(Messages.Diagram_failed, why));
    }

    /** A new text needs a new layout: the link keeps the size of its first, shorter text otherwise (it was cut). */
    private void showLink(String text) {
        link.setText(text);
        link.requestLayout();
    }

    /** Whether the link shows all of its text (a UI test checks it). */
    boolean linkFullyShown() {
        return link.getSize().x >= link.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
    }

    URI page() {
        return page;
    }

    private void open() {
        if (page != null && !Boolean.getBoolean(NO_LAUNCH) && !Program.launch(page.toString())) {
            showLink(Messages.Diagram_noSystemBrowser);
        }
    }

    Composite control() {
        return message.getParent();
    }
}
