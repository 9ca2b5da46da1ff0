/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.phaen.model.Identified;
import org.phaen.model.PlanModel;

/** Builds the merged plan from the decisions: new objects with the decided values, in the decided lists. */
final class MergedModel {

    private final Map<String, MergedElement> elements;
    private final Map<MergedElement, Map<EReference, List<String>>> orders;
    private final Map<String, EObject> built = new HashMap<>();

    MergedModel(Map<String, MergedElement> elements, Map<MergedElement, Map<EReference, List<String>>> orders) {
        this.elements = elements;
        this.orders = orders;
    }

    PlanModel build(String rootUuid) {
        for (MergedElement element : elements.values()) {
            if (element.exists) {
                EObject object = EcoreUtil.create(element.any().eClass());
                ((Identified) object).setUuid(element.uuid);
                built.put(element.uuid, object);
            }
        }
        for (MergedElement element : elements.values()) {
            if (element.exists) {
                EObject object = built.get(element.uuid);
                element.values.forEach((feature, value) -> set(object, feature, value));
                orders.getOrDefault(element, Map.of())
                        .forEach((containment, uuids) -> set(
                                object,
                                containment,
                                uuids.stream().map(built::get).toList()));
            }
        }
        return (PlanModel) built.get(rootUuid);
    }

    @SuppressWarnings("unchecked")
    private void set(EObject object, EStructuralFeature feature, Object value) {
        if (value == FeatureValues.UNSET) {
            return;
        }
        Object resolved =
                value instanceof List<?> list ? list.stream().map(this::target).toList() : target(value);
        if (feature.isMany()) {
            ((List<Object>) object.eGet(feature)).addAll((List<Object>) resolved);
        } else {
            object.eSet(feature, resolved instanceof List<?> list ? (list.isEmpty() ? null : list.get(0)) : resolved);
        }
    }

    /** A link's target in the merged plan, or the link into another file as it was; other values as they are. */
    private Object target(Object value) {
        if (value instanceof Link link) {
            EObject own = built.get(link.uuid());
            return own != null ? own : link.target();
        }
        return value;
    }
}
