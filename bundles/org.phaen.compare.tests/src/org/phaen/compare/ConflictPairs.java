/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.phaen.model.PlanModel;

/**
 * Overlapping edits planted in a plan: for each conflict kind, an edit for my side and one for theirs that conflict,
 * on elements no other edit touches. Finds its elements in the base; the edits apply to copies.
 */
final class ConflictPairs {

    /** A planted conflict: its kind, the element it must be reported on, and the two sides' edits. */
    record Pair(Conflict.Kind kind, String uuid, Edit mine, Edit theirs) {}

    private final EditScripts scripts;
    private final PlanIndex base;
    private final Random random;

    ConflictPairs(PlanModel base, EditScripts scripts, Random random) {
        this.base = PlanIndex.of(base);
        this.scripts = scripts;
        this.random = random;
    }

    /** One pair of the kind, or null when the plan offers no free element for it this time. */
    Pair plant(Conflict.Kind kind) {
        EObject element = base.elements().stream()
                .skip(random.nextInt(base.size()))
                .findFirst()
                .orElseThrow();
        return switch (kind) {
            case FEATURE -> {
                Edit mine = scripts.change(scripts.free(element));
                yield mine instanceof Edit.SetValue set && set.value() instanceof String text
                        ? new Pair(
                                kind,
                                set.uuid(),
                                set,
                                new Edit.SetValue(set.uuid(), set.feature(), text + " (อีกฝ่าย)"))
                        : null;
            }
            case DELETE_CHANGE -> {
                EObject free = scripts.free(element);
                Edit theirs = free == null ? null : new EditScripts(null, random).changeOf(free);
                Edit mine = theirs == null ? null : scripts.delete(free);
                yield mine == null ? null : new Pair(kind, mine.uuid(), mine, theirs);
            }
            case MOVE_MOVE -> {
                Edit mine = scripts.move(scripts.free(element));
                Edit theirs = mine == null ? null : scripts.moveElsewhere(element, ((Edit.Move) mine).container());
                yield theirs == null ? null : new Pair(kind, mine.uuid(), mine, theirs);
            }
            case REFERENCE_TO_DELETED -> referenceToDeleted(scripts.free(element));
            case ORDER_ORDER -> {
                EObject free = scripts.free(element);
                EReference list = free == null
                        ? null
                        : FeatureValues.containments(free.eClass()).stream()
                                .filter(r -> r.isMany() && ((List<?>) free.eGet(r)).size() >= 3)
                                .findFirst()
                                .orElse(null);
                yield list == null || scripts.holdsEdits(free) || !scripts.reserve(free)
                        ? null
                        : new Pair(
                                kind,
                                PlanIndex.uuidOf(free),
                                new Edit.Reverse(PlanIndex.uuidOf(free), list.getName()),
                                new Edit.Rotate(PlanIndex.uuidOf(free), list.getName()));
            }
        };
    }

    /** Theirs links the element to a target nothing links to; mine deletes that target. */
    private Pair referenceToDeleted(EObject element) {
        if (element == null) {
            return null;
        }
        for (EStructuralFeature feature : FeatureValues.compared(element.eClass())) {
            if (feature instanceof EReference reference && !reference.isMany()) {
                List<EObject> targets = new ArrayList<>(base.elements().stream()
                        .filter(t ->
                                reference.getEReferenceType().isInstance(t) && t != element && t.eContainer() != null)
                        .toList());
                java.util.Collections.shuffle(targets, random);
                for (EObject target : targets) {
                    Edit mine = scripts.delete(scripts.free(target));
                    if (mine != null) {
                        scripts.reserve(element);
                        return new Pair(
                                Conflict.Kind.REFERENCE_TO_DELETED,
                                PlanIndex.uuidOf(element),
                                mine,
                                new Edit.SetValue(PlanIndex.uuidOf(element), reference.getName(), new Link(target)));
                    }
                }
            }
        }
        return null;
    }
}
