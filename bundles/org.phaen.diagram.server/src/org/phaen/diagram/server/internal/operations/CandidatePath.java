/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.internal.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * A mapping's candidates path ({@code plans[StrategicPlan].strategicIssues.goals}) read backwards, to find where a
 * new element of the mapping goes: the owner and containment feature of its last step.
 */
record CandidatePath(List<Step> steps) {

    record Step(String feature, String typeFilter) {}

    /** Where a new element goes: into {@code feature} of {@code owner}. */
    record Place(EObject owner, EReference feature) {}

    static CandidatePath of(String path) {
        List<Step> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            steps.add(
                    bracket < 0
                            ? new Step(part, null)
                            : new Step(part.substring(0, bracket), part.substring(bracket + 1, part.length() - 1)));
        }
        return new CandidatePath(steps);
    }

    /**
     * The element dropped on holds the last step's feature: the new element goes there. Otherwise the path is
     * walked from the root, taking the first element at each step.
     */
    Optional<Place> placeFor(EClass type, EObject droppedOn, EObject root) {
        Step last = steps.get(steps.size() - 1);
        Optional<Place> onTarget = place(droppedOn, last, type);
        if (onTarget.isPresent()) {
            return onTarget;
        }
        EObject owner = root;
        for (Step step : steps.subList(0, steps.size() - 1)) {
            owner = first(owner, step);
            if (owner == null) {
                return Optional.empty();
            }
        }
        return place(owner, last, type);
    }

    private static Optional<Place> place(EObject owner, Step step, EClass type) {
        if (owner == null
                || !(owner.eClass().getEStructuralFeature(step.feature()) instanceof EReference feature)
                || !feature.isContainment()
                || !feature.isMany()
                || !feature.getEReferenceType().isSuperTypeOf(type)) {
            return Optional.empty();
        }
        return Optional.of(new Place(owner, feature));
    }

    private static EObject first(EObject owner, Step step) {
        if (!(owner.eClass().getEStructuralFeature(step.feature()) instanceof EReference feature)) {
            return null;
        }
        Object value = owner.eGet(feature);
        List<?> values = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
        return values.stream()
                .filter(EObject.class::isInstance)
                .map(EObject.class::cast)
                .filter(o -> step.typeFilter() == null
                        || o.eClass().getName().equals(step.typeFilter())
                        || o.eClass().getEAllSuperTypes().stream()
                                .anyMatch(s -> s.getName().equals(step.typeFilter())))
                .findFirst()
                .orElse(null);
    }
}
