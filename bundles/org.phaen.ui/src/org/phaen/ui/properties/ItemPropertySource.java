/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.properties;

import java.util.function.Predicate;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * An element's properties for the Properties view, from its EMF.Edit item property descriptors. Values are set
 * through the descriptors, which find the editor's editing domain and run a SetCommand: undoable like any edit.
 */
final class ItemPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource source;
    private final Predicate<Object> features;

    ItemPropertySource(Object object, IItemPropertySource source, Predicate<Object> features) {
        this.object = object;
        this.source = source;
        this.features = features;
    }

    @Override
    public Object getEditableValue() {
        return source.getEditableValue(object);
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        return source.getPropertyDescriptors(object).stream()
                .filter(d -> features.test(d.getFeature(object)))
                .map(d -> new ItemPropertyDescriptor(object, d))
                .toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        return Values.current(descriptor(id), object);
    }

    @Override
    public boolean isPropertySet(Object id) {
        return descriptor(id).isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        descriptor(id).resetPropertyValue(object);
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        descriptor(id).setPropertyValue(object, value);
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return source.getPropertyDescriptor(object, id);
    }
}
