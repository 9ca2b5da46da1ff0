/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.properties;

import java.util.function.Predicate;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/** Supplies the Properties view with a property source for anything the item providers know. */
public final class ItemPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactory adapterFactory;
    private final Predicate<Object> features;

    public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
        this(adapterFactory, feature -> true);
    }

    /** Only the properties whose feature passes the test (a tab of the tabbed Properties view). */
    public ItemPropertySourceProvider(AdapterFactory adapterFactory, Predicate<Object> features) {
        this.adapterFactory = adapterFactory;
        this.features = features;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        Object source = adapterFactory.adapt(object, IItemPropertySource.class);
        return source instanceof IItemPropertySource s ? new ItemPropertySource(object, s, features) : null;
    }
}
