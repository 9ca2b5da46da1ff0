/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.editor;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;
import org.phaen.model.Named;
import org.phaen.model.PhaenPackage;

/** Renaming in the tree (F2): the new name goes in through a SetCommand, so it can be undone. */
final class NameEditing extends EditingSupport {

    private final EditingDomain domain;
    private final CellEditor editor;

    NameEditing(ColumnViewer viewer, Composite tree, EditingDomain domain) {
        super(viewer);
        this.domain = domain;
        this.editor = new TextCellEditor(tree);
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
        return editor;
    }

    @Override
    protected boolean canEdit(Object element) {
        return element instanceof Named;
    }

    @Override
    protected Object getValue(Object element) {
        String name = ((Named) element).getName();
        return name == null ? "" : name;
    }

    @Override
    protected void setValue(Object element, Object value) {
        rename(domain, (Named) element, ((String) value).strip());
    }

    /** The one way the editor renames: also used by tests and by the Rename command. */
    static void rename(EditingDomain domain, Named element, String name) {
        if (!name.isEmpty() && !name.equals(element.getName())) {
            domain.getCommandStack()
                    .execute(SetCommand.create(domain, element, PhaenPackage.Literals.NAMED__NAME, name));
        }
    }
}
