/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.internal;

import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * EMF's name-to-feature cache ({@code XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP}), shared by every load so
 * that names are looked up once per JVM. For a name the model does not know (a typo such as {@code nmae=}) EMF
 * stores null, which a concurrent map cannot hold. Such names are simply not cached: EMF reads any null from the
 * cache as "not cached yet", so a stored marker would save nothing, and leaving them out means hostile files full
 * of invented names cannot grow this JVM-wide map. EMF then reports the unknown name with its line.
 */
public final class FeatureNameCache extends ConcurrentHashMap<Object, EStructuralFeature> {

    private static final long serialVersionUID = 1L;

    @Override
    public EStructuralFeature put(Object key, EStructuralFeature feature) {
        return feature == null ? null : super.put(key, feature);
    }
}
