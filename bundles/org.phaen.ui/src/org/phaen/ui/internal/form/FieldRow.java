/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.internal.form;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.phaen.ui.Messages;
import org.phaen.ui.properties.Values;

/**
 * One labelled field of an element's form, for one item property descriptor: a drop-down for choices (enumerations,
 * references), a check box for yes/no, a text checked against the attribute's type; read-only for lists. Edits go
 * through the descriptor, which runs a command on the editor's stack.
 */
final class FieldRow {

    private final Object object;
    private final IItemPropertyDescriptor descriptor;
    private final IItemLabelProvider labels;
    private final List<Object> choices = new ArrayList<>();
    private final Control control;
    private final FormEdits edits;
    private boolean choicesLoaded;

    FieldRow(FormToolkit toolkit, Composite grid, Object object, IItemPropertyDescriptor descriptor, FormEdits edits) {
        this.object = object;
        this.edits = edits;
        this.descriptor = descriptor;
        this.labels = descriptor.getLabelProvider(object);
        toolkit.createLabel(grid, descriptor.getDisplayName(object)).setToolTipText(descriptor.getDescription(object));
        boolean settable = descriptor.canSetProperty(object) && !descriptor.isMany(object);
        // A reference's choices are every object of its type in the plan (10,000 to walk in a national plan): looked up
        // when the field is first used, not for every form shown. An attribute's (enumeration literals) are cheap.
        boolean reference = descriptor.getFeature(object) instanceof EReference;
        Collection<?> options = settable && !reference ? descriptor.getChoiceOfValues(object) : null;
        if (settable && (reference || options != null)) {
            Combo combo = new Combo(grid, SWT.READ_ONLY | SWT.DROP_DOWN);
            if (options != null) {
                fillChoices(combo, options);
            }
            // Before the list can drop down: the pointer coming over it, or the keyboard's focus.
            for (int event : new int[] {SWT.MouseEnter, SWT.FocusIn, SWT.MouseDown}) {
                combo.addListener(event, e -> loadChoices(combo));
            }
            combo.addListener(SWT.Selection, e -> {
                loadChoices(combo);
                set(choices.get(combo.getSelectionIndex()));
            });
            control = combo;
        } else if (type() != null && type().getInstanceClass() == boolean.class) {
            Button check = toolkit.createButton(grid, "", SWT.CHECK);
            check.addListener(SWT.Selection, e -> set(check.getSelection()));
            control = check;
        } else {
            boolean long_ = descriptor.isMultiLine(object);
            Text text = toolkit.createText(
                    grid, "", SWT.BORDER | (long_ ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
            text.setEditable(descriptor.canSetProperty(object) && !descriptor.isMany(object) && type() != null);
            text.addListener(SWT.FocusOut, e -> commit(text));
            text.addListener(SWT.DefaultSelection, e -> commit(text));
            control = text;
        }
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        if (control instanceof Text t && (t.getStyle() & SWT.MULTI) != 0) {
            data.heightHint = 3 * t.getLineHeight();
        }
        control.setLayoutData(data);
        control.setData("phaen.property", descriptor.getId(object));
        update();
    }

    private void loadChoices(Combo combo) {
        if (!choicesLoaded) {
            fillChoices(combo, descriptor.getChoiceOfValues(object));
            combo.select(choices.indexOf(Values.current(descriptor, object)));
        }
    }

    private void fillChoices(Combo combo, Collection<?> options) {
        choicesLoaded = true;
        choices.clear();
        if (options != null) {
            choices.addAll(options);
        }
        combo.setItems(
                choices.stream().map(c -> c == null ? "" : labels.getText(c)).toArray(String[]::new));
    }

    private EDataType type() {
        return descriptor.getFeature(object) instanceof EAttribute a ? a.getEAttributeType() : null;
    }

    private void commit(Text text) {
        if (!text.getEditable()) {
            return;
        }
        try {
            Object value = Values.fromText(type(), text.getText());
            text.setToolTipText(null);
            text.setForeground(null);
            set(value);
        } catch (IllegalArgumentException e) {
            text.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_RED));
            text.setToolTipText(Messages.bind(Messages.Property_notAValue, text.getText(), type().getName()));
        }
    }

    private void set(Object value) {
        if (!Objects.equals(value, Values.current(descriptor, object))) {
            edits.run(() -> descriptor.setPropertyValue(object, value));
        }
    }

    /** Shows the model's value again (after any edit, undo or redo), except in the field being typed into. */
    void update() {
        if (control.isDisposed() || control.isFocusControl() && control instanceof Text) {
            return;
        }
        Object value = Values.current(descriptor, object);
        switch (control) {
            case Combo combo when choicesLoaded -> combo.select(choices.indexOf(value));
            case Combo combo -> {
                // Until the choices are looked up, the current value is the only item.
                choices.clear();
                choices.add(value);
                combo.setItems(value == null ? "" : labels.getText(value));
                combo.select(0);
            }
            case Button check -> check.setSelection(Boolean.TRUE.equals(value));
            case Text text ->
                text.setText(descriptor.isMany(object) || type() == null ? list(value) : Values.toText(type(), value));
            default -> {}
        }
    }

    private String list(Object value) {
        if (value instanceof Collection<?> many) {
            return String.join(", ", many.stream().map(labels::getText).toList());
        }
        return value == null ? "" : labels.getText(value);
    }

    Control control() {
        return control;
    }
}
