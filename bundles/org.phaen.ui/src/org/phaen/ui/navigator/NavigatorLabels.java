/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.navigator;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.model.WorkbenchLabelProvider;
import org.phaen.ui.internal.edit.ItemLabelProvider;

/**
 * Files and folders as the workbench shows them, the Plans project with Phaen's own icon (the IDE's project icon is
 * registered only by the IDE's workbench advisor, not Phaen's); plan elements as their item providers label them.
 */
final class NavigatorLabels extends LabelProvider {

    /** The Plans project's icon (16 px; JFace takes plans@2x.png beside it on a high-density screen). */
    static final ImageDescriptor PROJECT_ICON = ResourceLocator.imageDescriptorFromBundle(
                    NavigatorLabels.class, "icons/plans.png")
            .orElseThrow();

    private final WorkbenchLabelProvider resources = new WorkbenchLabelProvider();
    private final ItemLabelProvider elements;
    private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());

    NavigatorLabels(AdapterFactory adapterFactory) {
        this.elements = new ItemLabelProvider(adapterFactory);
    }

    @Override
    public String getText(Object element) {
        return element instanceof IResource ? resources.getText(element) : elements.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof IProject) {
            return images.create(PROJECT_ICON);
        }
        return element instanceof IResource ? resources.getImage(element) : elements.getImage(element);
    }

    @Override
    public void dispose() {
        resources.dispose();
        elements.dispose();
        images.dispose();
        super.dispose();
    }
}
