/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.phaen.model.Identified;
import org.phaen.model.provider.ItemLabels;
import org.phaen.model.resource.Identifiers;

/**
 * Find an element of the diagram by code or name (Ctrl+F, or the toolbar): the list narrows as the user types;
 * Enter or a double-click reveals the first or the chosen element, selected and centred at 100 %.
 */
public final class FindElementDialog extends Dialog {

    private record Entry(String uuid, String label) {}

    private final List<Entry> entries = new ArrayList<>();
    private final List<Entry> shown = new ArrayList<>();
    private Text query;
    private org.eclipse.swt.widgets.List list;
    private String chosen;

    public FindElementDialog(Shell parent, Iterable<String> uuids, ResourceSet plans, AdapterFactory labels) {
        super(parent);
        for (String uuid : uuids) {
            EObject element = Identifiers.find(plans, uuid);
            if (element instanceof Identified) {
                // Item labels name the kind and the name; the code is what planners type most.
                Object code = element.eClass().getEStructuralFeature("code") == null
                        ? null
                        : element.eGet(element.eClass().getEStructuralFeature("code"));
                String label = ItemLabels.text(labels, element);
                entries.add(new Entry(uuid, code == null ? label : code + "  " + label));
            }
        }
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Find_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        query = new Text(area, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH);
        query.setMessage(Messages.Find_prompt);
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(query);
        list = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(560, 320).applyTo(list);
        query.addModifyListener(e -> filter(query.getText()));
        list.addListener(SWT.DefaultSelection, e -> okPressed());
        filter("");
        return area;
    }

    /** Entries whose label (kind, code and name) holds every word typed, in any case. */
    void filter(String typed) {
        String[] words = typed.toLowerCase(Locale.ROOT).strip().split("\\s+");
        shown.clear();
        list.removeAll();
        for (Entry entry : entries) {
            String label = entry.label().toLowerCase(Locale.ROOT);
            boolean matches = true;
            for (String word : words) {
                matches &= label.contains(word);
            }
            if (matches) {
                shown.add(entry);
                list.add(entry.label());
            }
        }
        if (!shown.isEmpty()) {
            list.select(0);
        }
    }

    @Override
    protected void okPressed() {
        int index = list.getSelectionIndex();
        chosen = index >= 0 && index < shown.size() ? shown.get(index).uuid() : null;
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Find_show, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** The chosen element's UUID after OK, else null. */
    public String chosen() {
        return chosen;
    }

    /** For tests: types into the box as a user would, and returns the labels listed. */
    public List<String> type(String text) {
        query.setText(text);
        return List.of(list.getItems());
    }
}
