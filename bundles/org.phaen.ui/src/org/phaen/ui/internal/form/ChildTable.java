/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.internal.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.phaen.model.PhaenPackage;
import org.phaen.ui.Messages;
import org.phaen.ui.properties.ItemPropertyDescriptor;
import org.phaen.ui.properties.Values;

/**
 * A table of an element's children of one kind (an indicator's targets, a project's budget lines and activities, a
 * committee's members, an instrument's items): the children's code, name and main fields as columns, edited in
 * place, with Add and Remove. Every change is a command.
 */
final class ChildTable {

    private static final int MAX_COLUMNS = 6;

    private final EObject owner;
    private final EReference feature;
    private final EditingDomain domain;
    private final AdapterFactory adapterFactory;
    private final TableViewer viewer;
    private final FormEdits edits;

    ChildTable(
            FormToolkit toolkit,
            Composite parent,
            EObject owner,
            EReference feature,
            EditingDomain domain,
            AdapterFactory adapterFactory,
            FormEdits edits) {
        this.owner = owner;
        this.edits = edits;
        this.feature = feature;
        this.domain = domain;
        this.adapterFactory = adapterFactory;
        Composite box = toolkit.createComposite(parent);
        box.setLayout(new GridLayout(2, false));
        viewer = new TableViewer(box, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint =
                8 * viewer.getTable().getItemHeight() + viewer.getTable().getHeaderHeight();
        viewer.getTable().setLayoutData(tableData);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        EObject prototype = prototype();
        for (IItemPropertyDescriptor column : columns(prototype)) {
            addColumn(column.getId(prototype), column.getDisplayName(prototype));
        }
        Composite buttons = toolkit.createComposite(box);
        buttons.setLayout(new GridLayout(1, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        toolkit.createButton(buttons, Messages.Form_add, SWT.PUSH).addListener(SWT.Selection, e -> add());
        toolkit.createButton(buttons, Messages.Form_remove, SWT.PUSH).addListener(SWT.Selection, e -> remove());
        refresh();
    }

    private List<?> children() {
        return (List<?>) owner.eGet(feature);
    }

    /** A child to read the column titles from: the first one, or a new unattached one of the kind. */
    private EObject prototype() {
        return children().isEmpty()
                ? EcoreUtil.create(concreteType())
                : (EObject) children().get(0);
    }

    private EClass concreteType() {
        EClass type = feature.getEReferenceType();
        if (!type.isAbstract() && !type.isInterface()) {
            return type;
        }
        return PhaenPackage.eINSTANCE.getEClassifiers().stream()
                .filter(EClass.class::isInstance)
                .map(EClass.class::cast)
                .filter(c -> !c.isAbstract() && !c.isInterface() && type.isSuperTypeOf(c))
                .findFirst()
                .orElse(type);
    }

    /** Code and name first, then the other single values, without the uuid. */
    private List<IItemPropertyDescriptor> columns(EObject child) {
        IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(child, IItemPropertySource.class);
        List<IItemPropertyDescriptor> all =
                new ArrayList<>(source == null ? List.of() : source.getPropertyDescriptors(child));
        all.removeIf(d -> d.isMany(child) || "uuid".equals(d.getId(child)) || d.isMultiLine(child));
        all.sort(Comparator.comparingInt(d -> rank(String.valueOf(d.getId(child)))));
        return all.subList(0, Math.min(MAX_COLUMNS, all.size()));
    }

    private static int rank(String id) {
        return switch (id) {
            case "code" -> 0;
            case "name" -> 1;
            default -> 2;
        };
    }

    private IItemPropertyDescriptor descriptor(Object child, Object id) {
        IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(child, IItemPropertySource.class);
        return source == null ? null : source.getPropertyDescriptor(child, id);
    }

    private void addColumn(Object id, String title) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(Math.max(90, Math.min(260, title.length() * 12)));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object child) {
                IItemPropertyDescriptor d = descriptor(child, id);
                Object value = d == null ? null : Values.current(d, child);
                return value == null ? "" : d.getLabelProvider(child).getText(value);
            }
        });
        column.setEditingSupport(new EditingSupport(viewer) {
            private CellEditor editor;

            @Override
            protected CellEditor getCellEditor(Object child) {
                if (editor != null) {
                    editor.dispose();
                }
                IItemPropertyDescriptor d = descriptor(child, id);
                editor =
                        d == null ? null : new ItemPropertyDescriptor(child, d).createPropertyEditor(viewer.getTable());
                return editor;
            }

            @Override
            protected boolean canEdit(Object child) {
                IItemPropertyDescriptor d = descriptor(child, id);
                return d != null && d.canSetProperty(child);
            }

            @Override
            protected Object getValue(Object child) {
                return Values.current(descriptor(child, id), child);
            }

            @Override
            protected void setValue(Object child, Object value) {
                IItemPropertyDescriptor d = descriptor(child, id);
                if (!java.util.Objects.equals(value, Values.current(d, child))) {
                    edits.run(() -> d.setPropertyValue(child, value));
                }
            }
        });
    }

    void add() {
        EObject child = EcoreUtil.create(concreteType());
        edits.run(() -> domain.getCommandStack().execute(AddCommand.create(domain, owner, feature, child)));
        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(child), true);
    }

    private void remove() {
        List<?> selected = viewer.getStructuredSelection().toList();
        if (!selected.isEmpty()) {
            edits.run(() -> domain.getCommandStack().execute(DeleteCommand.create(domain, selected)));
        }
    }

    void refresh() {
        if (!viewer.getTable().isDisposed()) {
            viewer.setInput(children().toArray());
        }
    }

    EReference feature() {
        return feature;
    }

    TableViewer viewer() {
        return viewer;
    }
}
