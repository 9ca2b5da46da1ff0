/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import java.util.Collection;
import java.util.Set;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.ECrossReferenceAdapter;

/**
 * What one change can affect: the changed element and its containers (rules about totals and
 * members check containers), the elements it referred to before and after (a budget line's
 * funding source), the elements that refer to it (projects implementing an edited strategy), new
 * elements with everything inside them, and whatever the rules themselves name.
 */
final class AffectedElements {

    private AffectedElements() {}

    static void collect(
            Notification change,
            ECrossReferenceAdapter inverse,
            PlanValidator validator,
            RuleContext context,
            Set<EObject> into) {
        if (!(change.getNotifier() instanceof EObject changed)) {
            return; // a file was added or removed: its own contents arrive as containment changes
        }
        for (EObject e = changed; e != null; e = e.eContainer()) {
            into.add(e);
        }
        EStructuralFeature feature = change.getFeature() instanceof EStructuralFeature f ? f : null;
        if (feature instanceof EReference reference) {
            addValue(change.getOldValue(), reference.isContainment(), into);
            addValue(change.getNewValue(), reference.isContainment(), into);
        }
        for (var setting : inverse.getInverseReferences(changed, false)) {
            into.add(setting.getEObject());
        }
        for (Rule rule : validator.rules()) {
            into.addAll(rule.alsoAffectedBy(change, context));
        }
    }

    private static void addValue(Object value, boolean containment, Set<EObject> into) {
        if (value instanceof Collection<?> many) {
            many.forEach(v -> addValue(v, containment, into));
        } else if (value instanceof EObject object) {
            into.add(object);
            if (containment) {
                for (TreeIterator<EObject> it = object.eAllContents(); it.hasNext(); ) {
                    into.add(it.next());
                }
            }
        }
    }
}
