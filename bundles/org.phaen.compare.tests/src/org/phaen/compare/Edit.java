/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare;

import java.util.List;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.phaen.model.Identified;
import org.phaen.model.Named;

/**
 * One edit of a plan, by UUIDs so that the same edit applies to any copy: what the property tests make at random
 * and then expect the comparison and the merge to find.
 */
sealed interface Edit {

    /** The element the edit is about (the new one for an addition). */
    String uuid();

    /** The difference the comparison must list for the edit: its kind and, for a change, the feature. */
    Difference.Kind kind();

    default String feature() {
        return null;
    }

    void apply(PlanIndex plan);

    record SetValue(String uuid, String feature, Object value) implements Edit {
        public Difference.Kind kind() {
            return Difference.Kind.CHANGED;
        }

        public void apply(PlanIndex plan) {
            EObject element = plan.get(uuid);
            EStructuralFeature f = element.eClass().getEStructuralFeature(feature);
            Object resolved = value instanceof Link link ? target(plan, link.uuid()) : value;
            if (f.isMany()) {
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) element.eGet(f);
                list.add(resolved);
            } else {
                element.eSet(f, resolved);
            }
        }
    }

    record Add(String uuid, String container, String containment, EClass type, String code) implements Edit {
        public Difference.Kind kind() {
            return Difference.Kind.ADDED;
        }

        public void apply(PlanIndex plan) {
            EObject element = EcoreUtil.create(type);
            ((Identified) element).setUuid(uuid);
            if (element instanceof Named named) {
                named.setCode(code);
                named.setName("รายการใหม่ " + code);
            }
            EObject parent = plan.get(container);
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) parent.eGet(parent.eClass().getEStructuralFeature(containment));
            list.add(element);
        }
    }

    record Delete(String uuid) implements Edit {
        public Difference.Kind kind() {
            return Difference.Kind.REMOVED;
        }

        public void apply(PlanIndex plan) {
            EcoreUtil.remove(plan.get(uuid));
        }
    }

    record Move(String uuid, String container) implements Edit {
        public Difference.Kind kind() {
            return Difference.Kind.MOVED;
        }

        public void apply(PlanIndex plan) {
            EObject element = plan.get(uuid);
            EReference containment = element.eContainmentFeature();
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) plan.get(container).eGet(containment);
            list.add(element);
        }
    }

    /** Reverses the order of one list of the element. */
    record Reverse(String uuid, String containment) implements Edit {
        public Difference.Kind kind() {
            return Difference.Kind.REORDERED;
        }

        public String feature() {
            return containment;
        }

        public void apply(PlanIndex plan) {
            EObject element = plan.get(uuid);
            @SuppressWarnings("unchecked")
            org.eclipse.emf.common.util.EList<Object> list = (org.eclipse.emf.common.util.EList<Object>)
                    element.eGet(element.eClass().getEStructuralFeature(containment));
            org.eclipse.emf.common.util.ECollections.reverse(list);
        }
    }

    /** Moves the first element of one list of the element to its end. */
    record Rotate(String uuid, String containment) implements Edit {
        public Difference.Kind kind() {
            return Difference.Kind.REORDERED;
        }

        public String feature() {
            return containment;
        }

        public void apply(PlanIndex plan) {
            EObject element = plan.get(uuid);
            @SuppressWarnings("unchecked")
            org.eclipse.emf.common.util.EList<Object> list = (org.eclipse.emf.common.util.EList<Object>)
                    element.eGet(element.eClass().getEStructuralFeature(containment));
            list.move(list.size() - 1, 0);
        }
    }

    private static EObject target(PlanIndex plan, String uuid) {
        return plan.get(uuid);
    }
}
