/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.properties;

import java.util.List;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** A drop-down of the descriptor's choices (enumeration literals, elements a reference may point to), shown by their labels. */
final class ChoiceCellEditor extends ComboBoxCellEditor {

    /** Stands for "no value" among the choices (a reference may be unset). */
    static final Object NONE = new Object();

    private final List<Object> choices;

    ChoiceCellEditor(Composite parent, List<Object> choices, ILabelProvider labels) {
        super(
                parent,
                choices.stream().map(c -> c == NONE ? "" : labels.getText(c)).toArray(String[]::new),
                SWT.READ_ONLY);
        this.choices = choices;
    }

    @Override
    protected Object doGetValue() {
        int index = (Integer) super.doGetValue();
        Object choice = index < 0 || index >= choices.size() ? null : choices.get(index);
        return choice == NONE ? null : choice;
    }

    @Override
    protected void doSetValue(Object value) {
        int index = choices.indexOf(value == null ? NONE : value);
        super.doSetValue(Math.max(index, 0));
    }
}
