package org.phaen.model.internal;

import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcoreFactory;

/**
 * EMF's name-to-feature cache ({@code XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP}), shared by every load so
 * that names are looked up once per JVM. EMF stores null for a name the model does not know (a typo such as
 * {@code nmae=}); a concurrent map cannot hold null, so an unknown name is stored as a sentinel and read back as
 * null, and EMF goes on to report the unknown name with its line.
 */
public final class FeatureNameCache extends ConcurrentHashMap<Object, EStructuralFeature> {

    private static final long serialVersionUID = 1L;
    private static final EStructuralFeature UNKNOWN = EcoreFactory.eINSTANCE.createEAttribute();

    @Override
    public EStructuralFeature get(Object key) {
        EStructuralFeature feature = super.get(key);
        return feature == UNKNOWN ? null : feature;
    }

    @Override
    public EStructuralFeature put(Object key, EStructuralFeature feature) {
        return super.put(key, feature == null ? UNKNOWN : feature);
    }
}
