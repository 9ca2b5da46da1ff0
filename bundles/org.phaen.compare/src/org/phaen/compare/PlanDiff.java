/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.phaen.model.PlanModel;

/**
 * Compares two versions of a plan element by element, matched by UUID: what was added and removed (the outermost
 * element only; what it contains comes with it), moved to another container, changed attribute by attribute, and
 * reordered within a list. Names, codes and positions play no part in matching.
 */
public final class PlanDiff {

    private PlanDiff() {}

    public static PlanComparison compare(PlanModel oldPlan, PlanModel newPlan) {
        return compare(PlanIndex.of(oldPlan), PlanIndex.of(newPlan));
    }

    public static PlanComparison compare(PlanIndex before, PlanIndex after) {
        List<Difference> differences = new ArrayList<>();
        for (EObject element : after.elements()) {
            String uuid = PlanIndex.uuidOf(element);
            EObject old = before.get(uuid);
            if (old == null || old.eClass() != element.eClass()) {
                if (isOutermost(element, before, after)) {
                    differences.add(new Difference.Added(element));
                }
            } else {
                compareElement(old, element, before, after, differences);
            }
        }
        for (EObject old : before.elements()) {
            EObject now = after.get(PlanIndex.uuidOf(old));
            if ((now == null || now.eClass() != old.eClass()) && isOutermost(old, after, before)) {
                differences.add(new Difference.Removed(old));
            }
        }
        return new PlanComparison(before, after, differences);
    }

    /** True when the element's container is in the other version too (so the element is not just part of a bigger addition). */
    private static boolean isOutermost(EObject element, PlanIndex other, PlanIndex own) {
        EObject container = element.eContainer();
        if (container == null) {
            return true;
        }
        EObject counterpart = other.get(PlanIndex.uuidOf(container));
        return counterpart != null && counterpart.eClass() == container.eClass();
    }

    private static void compareElement(
            EObject old, EObject now, PlanIndex before, PlanIndex after, List<Difference> out) {
        if (!sameLocation(old, now)) {
            out.add(new Difference.Moved(old, now));
        }
        for (EStructuralFeature feature : FeatureValues.compared(now.eClass())) {
            if (!FeatureValues.same(old, now, feature)) {
                out.add(new Difference.Changed(
                        old, now, feature, FeatureValues.valueOf(old, feature), FeatureValues.valueOf(now, feature)));
            }
        }
        for (EReference containment : FeatureValues.containments(now.eClass())) {
            if (!containment.isMany()
                    || !containment.isOrdered()
                    || FeatureValues.isEmpty(old, containment) && FeatureValues.isEmpty(now, containment)) {
                continue;
            }
            List<String> oldOrder = stayed(FeatureValues.childUuids(old, containment), after, old, containment);
            List<String> newOrder = stayed(FeatureValues.childUuids(now, containment), before, now, containment);
            if (!oldOrder.equals(newOrder)) {
                out.add(new Difference.Reordered(old, now, containment, oldOrder, newOrder));
            }
        }
    }

    /** Of the children, those that are in the same list in the other version. */
    private static List<String> stayed(
            List<String> children, PlanIndex other, EObject container, EReference containment) {
        String containerUuid = PlanIndex.uuidOf(container);
        List<String> kept = new ArrayList<>(children.size());
        for (String child : children) {
            EObject counterpart = other.get(child);
            if (counterpart != null
                    && counterpart.eContainmentFeature() == containment
                    && containerUuid.equals(PlanIndex.containerUuid(counterpart))) {
                kept.add(child);
            }
        }
        return kept;
    }

    static boolean sameLocation(EObject old, EObject now) {
        return old.eContainmentFeature() == now.eContainmentFeature()
                && Objects.equals(PlanIndex.containerUuid(old), PlanIndex.containerUuid(now));
    }
}
