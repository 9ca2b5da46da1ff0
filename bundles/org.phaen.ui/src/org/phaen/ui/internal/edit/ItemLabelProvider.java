/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.internal.edit;

import java.net.URL;
import java.util.List;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Image;
import org.phaen.model.provider.ItemLabels;

/** Labels and icons from EMF.Edit item providers: the Thai (or English, with -nl en) text, enumeration values included, and the element kind's icon. */
public final class ItemLabelProvider extends ColumnLabelProvider {

    private final AdapterFactory adapterFactory;
    private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());

    public ItemLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        return ItemLabels.text(adapterFactory, element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = provider(element);
        URL url = provider == null ? null : url(provider.getImage(element));
        return url == null ? null : images.create(ImageDescriptor.createFromURL(url));
    }

    /** Item providers answer a URL, or a ComposedImage whose first layer is the element's own icon. */
    private static URL url(Object image) {
        if (image instanceof URL url) {
            return url;
        }
        if (image instanceof ComposedImage composed) {
            List<Object> layers = composed.getImages();
            return layers.isEmpty() ? null : url(layers.get(0));
        }
        return null;
    }

    private IItemLabelProvider provider(Object element) {
        return (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
