/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.properties;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * One property row: the descriptor's Thai/English name, category and description, its values labelled by the
 * item providers (dates as the form writes them), and a cell editor that fits the feature: a list of choices (enumerations, references), or
 * text converted by the attribute's data type (numbers, dates), refused with a message when it does not convert.
 */
public final class ItemPropertyDescriptor extends PropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor descriptor;

    public ItemPropertyDescriptor(Object object, IItemPropertyDescriptor descriptor) {
        super(descriptor.getId(object), descriptor.getDisplayName(object));
        this.object = object;
        this.descriptor = descriptor;
        setCategory(descriptor.getCategory(object));
        setDescription(descriptor.getDescription(object));
        IItemLabelProvider labels = descriptor.getLabelProvider(object);
        EAttribute attribute = descriptor.getFeature(object) instanceof EAttribute a ? a : null;
        setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object value) {
                // Dates as the form shows and the cell editor takes them (B.E. when the preference says so).
                return value instanceof LocalDate && attribute != null
                        ? Values.toText(attribute.getEAttributeType(), value)
                        : labels.getText(value);
            }
        });
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!descriptor.canSetProperty(object) || descriptor.isMany(object)) {
            return null;
        }
        Collection<?> choices = descriptor.getChoiceOfValues(object);
        if (choices != null) {
            return new ChoiceCellEditor(
                    parent,
                    List.copyOf(choices.stream()
                            .map(c -> c == null ? ChoiceCellEditor.NONE : c)
                            .toList()),
                    getLabelProvider());
        }
        if (descriptor.getFeature(object) instanceof EAttribute attribute) {
            return new DataTypeCellEditor(parent, attribute.getEAttributeType());
        }
        return null;
    }
}
