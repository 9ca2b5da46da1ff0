/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.phaen.model.PhaenPackage;

/**
 * The values compared, read without loading other files: an attribute's value (a list for a many-valued one), a
 * reference as {@link Link}s, {@link #UNSET} for a feature not set. Containments are not values: their elements are
 * matched by UUID on their own.
 */
final class FeatureValues {

    /** The value of a feature that is not set (distinct from null and from a default value that is set). */
    static final Object UNSET = new Object() {
        @Override
        public String toString() {
            return "(unset)";
        }
    };

    private static final Map<EClass, List<EStructuralFeature>> COMPARED = new ConcurrentHashMap<>();
    private static final Map<EClass, List<EReference>> CONTAINMENTS = new ConcurrentHashMap<>();

    private FeatureValues() {}

    /** The attributes and plain references of the class compared, in the metamodel's order; the uuid is the identity. */
    static List<EStructuralFeature> compared(EClass type) {
        return COMPARED.computeIfAbsent(
                type,
                t -> t.getEAllStructuralFeatures().stream()
                        .filter(f -> !f.isDerived() && !f.isTransient() && f.isChangeable())
                        .filter(f -> f instanceof EAttribute
                                || !((EReference) f).isContainment() && !((EReference) f).isContainer())
                        .filter(f -> f != PhaenPackage.Literals.IDENTIFIED__UUID)
                        .toList());
    }

    /** The containment references of the class, in the metamodel's order. */
    static List<EReference> containments(EClass type) {
        return CONTAINMENTS.computeIfAbsent(
                type,
                t -> t.getEAllContainments().stream()
                        .filter(r -> !r.isDerived() && !r.isTransient())
                        .toList());
    }

    static Object valueOf(EObject element, EStructuralFeature feature) {
        if (!element.eIsSet(feature)) {
            return UNSET;
        }
        Object value = element.eGet(feature, false);
        if (feature instanceof EAttribute) {
            return feature.isMany() ? List.copyOf((List<?>) value) : value;
        }
        if (feature.isMany()) {
            List<Link> links = new ArrayList<>();
            for (Object target : (List<?>) value) {
                links.add(new Link((EObject) target));
            }
            return links;
        }
        return new Link((EObject) value);
    }

    /**
     * True when the two elements have the same value of the feature, as {@link #valueOf} would compare them, without
     * building the values (most features of most elements are equal: this keeps large comparisons fast).
     */
    static boolean same(EObject a, EObject b, EStructuralFeature feature) {
        boolean set = a.eIsSet(feature);
        if (set != b.eIsSet(feature)) {
            return false;
        }
        if (!set) {
            return true;
        }
        Object first = a.eGet(feature, false), second = b.eGet(feature, false);
        if (feature instanceof EAttribute) {
            return Objects.equals(first, second);
        }
        if (!feature.isMany()) {
            return Objects.equals(PlanIndex.uuidOf((EObject) first), PlanIndex.uuidOf((EObject) second));
        }
        List<?> these = (List<?>) first, those = (List<?>) second;
        if (these.size() != those.size()) {
            return false;
        }
        for (int i = 0; i < these.size(); i++) {
            if (!Objects.equals(PlanIndex.uuidOf((EObject) these.get(i)), PlanIndex.uuidOf((EObject) those.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** True when the containment of the element holds nothing. */
    static boolean isEmpty(EObject element, EReference containment) {
        Object value = element.eGet(containment, false);
        return containment.isMany() ? ((List<?>) value).isEmpty() : value == null;
    }

    /** The UUIDs of the elements the containment holds, in order. */
    static List<String> childUuids(EObject element, EReference containment) {
        Object value = element.eGet(containment, false);
        if (!containment.isMany()) {
            return value == null ? List.of() : List.of(PlanIndex.uuidOf((EObject) value));
        }
        List<String> uuids = new ArrayList<>();
        for (Object child : (List<?>) value) {
            uuids.add(PlanIndex.uuidOf((EObject) child));
        }
        return uuids;
    }
}
