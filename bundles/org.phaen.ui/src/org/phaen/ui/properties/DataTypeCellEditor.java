/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.properties;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;
import org.phaen.ui.Messages;

/** Text in, a value of the attribute's data type out (BigDecimal, int, LocalDate...); text that does not convert is refused. */
final class DataTypeCellEditor extends TextCellEditor {

    private final EDataType type;

    DataTypeCellEditor(Composite parent, EDataType type) {
        super(parent);
        this.type = type;
        setValidator(value -> {
            try {
                Values.fromText(type, (String) value);
                return null;
            } catch (RuntimeException e) {
                return Messages.bind(Messages.Property_notAValue, value, type.getName());
            }
        });
    }

    @Override
    protected Object doGetValue() {
        return Values.fromText(type, (String) super.doGetValue());
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(Values.toText(type, value));
    }
}
