/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.internal.form;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.phaen.model.provider.PhaenEditPlugin;
import org.phaen.ui.Messages;
import org.phaen.ui.editor.OpenPlan;
import org.phaen.ui.internal.edit.ItemLabelProvider;

/**
 * The form beside the plan tree: the selected element's fields, then a table for each list of things it holds
 * (an indicator's targets, a project's budget lines and activities, a committee's members...). One form for
 * every kind, laid out from the metamodel and its Thai/English item-provider texts.
 */
public final class DetailsPane {

    private final OpenPlan plan;
    private final FormToolkit toolkit;
    private final ScrolledForm form;
    private final ItemLabelProvider labels;
    private final List<FieldRow> fields = new ArrayList<>();
    private final List<ChildTable> tables = new ArrayList<>();
    private final FormEdits edits;
    private EObject shown;

    public DetailsPane(Composite parent, OpenPlan plan) {
        this.plan = plan;
        this.toolkit = new FormToolkit(parent.getDisplay());
        this.form = toolkit.createScrolledForm(parent);
        this.labels = new ItemLabelProvider(plan.adapterFactory());
        this.edits = new FormEdits(plan.domain().getCommandStack());
        form.getBody().setLayout(new GridLayout(1, false));
    }

    public void show(Object selected) {
        EObject element = selected instanceof EObject e ? e : null;
        if (element == shown) {
            return;
        }
        shown = element;
        fields.clear();
        tables.clear();
        for (Control old : form.getBody().getChildren()) {
            old.dispose();
        }
        form.setText(element == null ? "" : labels.getText(element));
        form.setImage(element == null ? null : labels.getImage(element));
        if (element != null) {
            fieldsOf(element);
            element.eClass().getEAllContainments().stream()
                    .filter(EReference::isMany)
                    .forEach(r -> tableOf(element, r));
        }
        // Until the editor is first laid out the form has no size, and its first resize lays it out (the scrolled form
        // reflows on resize): reflowing here too measured the whole form twice while a plan opened.
        if (form.getSize().x > 0) {
            form.reflow(true);
        }
    }

    private void fieldsOf(EObject element) {
        IItemPropertySource source =
                (IItemPropertySource) plan.adapterFactory().adapt(element, IItemPropertySource.class);
        if (source == null) {
            return;
        }
        Composite grid = section(Messages.Form_details, true);
        grid.setLayout(new GridLayout(2, false));
        for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(element)) {
            if (!"uuid".equals(descriptor.getId(element))) {
                fields.add(new FieldRow(toolkit, grid, element, descriptor, edits));
            }
        }
    }

    private void tableOf(EObject element, EReference feature) {
        Composite body = section(featureName(feature) + " (" + ((List<?>) element.eGet(feature)).size() + ")", true);
        body.setLayout(new GridLayout(1, false));
        tables.add(new ChildTable(toolkit, body, element, feature, plan.domain(), plan.adapterFactory(), edits));
    }

    /** The feature's name from the item providers' texts: Thai with -nl th. */
    private static String featureName(EReference feature) {
        String key = "_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature";
        try {
            return PhaenEditPlugin.INSTANCE.getString(key);
        } catch (java.util.MissingResourceException e) {
            return feature.getName();
        }
    }

    private Composite section(String title, boolean expanded) {
        Section section = toolkit.createSection(
                form.getBody(),
                ExpandableComposite.TITLE_BAR
                        | ExpandableComposite.TWISTIE
                        | (expanded ? ExpandableComposite.EXPANDED : 0));
        section.setText(title);
        section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        section.addExpansionListener(new org.eclipse.ui.forms.events.ExpansionAdapter() {
            @Override
            public void expansionStateChanged(org.eclipse.ui.forms.events.ExpansionEvent e) {
                form.reflow(true);
            }
        });
        Composite client = toolkit.createComposite(section);
        section.setClient(client);
        return client;
    }

    /** After any change: fields show the model again, tables list the children again; a removed element leaves the form. */
    public void refresh() {
        if (form.isDisposed()) {
            return;
        }
        if (shown != null && shown.eResource() == null) {
            show(null);
            return;
        }
        fields.forEach(FieldRow::update);
        tables.forEach(ChildTable::refresh);
    }

    /** Whether this command (or its undo or redo) came from the form. */
    public boolean ran(org.eclipse.emf.common.command.Command command) {
        return edits.ran(command);
    }

    List<FieldRow> fields() {
        return fields;
    }

    List<ChildTable> tables() {
        return tables;
    }

    /** The element the form shows, or null. */
    public EObject shown() {
        return shown;
    }

    public Control control() {
        return form;
    }

    public void dispose() {
        labels.dispose();
        toolkit.dispose();
    }
}
