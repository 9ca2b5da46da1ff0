/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.navigator;

import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.model.WorkbenchLabelProvider;
import org.phaen.ui.internal.edit.ItemLabelProvider;

/** Files and folders as the workbench shows them; plan elements as their item providers label them (Thai names). */
final class NavigatorLabels extends LabelProvider {

    private final WorkbenchLabelProvider resources = new WorkbenchLabelProvider();
    private final ItemLabelProvider elements;

    NavigatorLabels(AdapterFactory adapterFactory) {
        this.elements = new ItemLabelProvider(adapterFactory);
    }

    @Override
    public String getText(Object element) {
        return element instanceof IResource ? resources.getText(element) : elements.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        return element instanceof IResource ? resources.getImage(element) : elements.getImage(element);
    }

    @Override
    public void dispose() {
        resources.dispose();
        elements.dispose();
        super.dispose();
    }
}
