/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.properties;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.phaen.ui.internal.edit.ItemLabelProvider;

/** The tabbed Properties view's title: the selected element's icon and label, as the tree shows them. */
public final class PropertyTitle extends LabelProvider {

    private final ComposedAdapterFactory factory =
            new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    private final ItemLabelProvider labels;

    public PropertyTitle() {
        factory.addAdapterFactory(new org.phaen.model.provider.PhaenItemProviderAdapterFactory());
        labels = new ItemLabelProvider(factory);
    }

    @Override
    public String getText(Object element) {
        Object first = element instanceof IStructuredSelection s ? s.getFirstElement() : element;
        return first == null ? "" : labels.getText(first);
    }

    @Override
    public Image getImage(Object element) {
        Object first = element instanceof IStructuredSelection s ? s.getFirstElement() : element;
        return first == null ? null : labels.getImage(first);
    }

    @Override
    public void dispose() {
        labels.dispose();
        factory.dispose();
        super.dispose();
    }
}
