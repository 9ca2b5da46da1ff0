/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.phaen.model.PlanModel;

/**
 * Random edit scripts on a plan, seeded: attribute changes, additions, deletions, moves and link changes. Edits of
 * one script are independent: no element is edited twice, nothing is done inside what is deleted, nothing deleted
 * holds an edit or is linked to, so each edit is exactly one difference and any split of a script merges cleanly.
 * Each edit is applied to the working copy as it is made.
 */
final class EditScripts {

    private final PlanIndex plan;
    private final Random random;
    private final Set<String> touched = new HashSet<>(), holdsEdits = new HashSet<>(), deleted = new HashSet<>();
    private final List<EObject> elements;
    private int added;

    EditScripts(PlanModel plan, Random random) {
        this.plan = plan == null ? null : PlanIndex.of(plan);
        this.random = random;
        this.elements = plan == null ? List.of() : new ArrayList<>(this.plan.elements());
    }

    /** Makes and applies {@code count} edits to the plan given; returns them in order. */
    List<Edit> make(int count) {
        List<Edit> script = new ArrayList<>();
        for (int attempts = 0; script.size() < count && attempts < count * 200; attempts++) {
            Edit edit = switch (random.nextInt(5)) {
                case 0 -> change(pick());
                case 1 -> add(pick());
                case 2 -> delete(pick());
                case 3 -> move(pick());
                default -> link(pick());
            };
            if (edit != null) {
                PlanIndex current = PlanIndex.of(plan.root());
                edit.apply(current);
                script.add(edit);
            }
        }
        return script;
    }

    private EObject pick() {
        return free(elements.get(random.nextInt(elements.size())));
    }

    /** The element when no edit touched it yet (nor deleted it), else null. */
    EObject free(EObject element) {
        String uuid = PlanIndex.uuidOf(element);
        boolean free = element.eContainer() != null
                && !touched.contains(uuid)
                && !deleted.contains(uuid)
                && element.eResource() != null;
        return free ? element : null;
    }

    /** True when an edit was made inside the element (or on it). */
    boolean holdsEdits(EObject element) {
        return holdsEdits.contains(PlanIndex.uuidOf(element));
    }

    /** Keeps other edits off the element (for an edit made outside this class); false when it is taken. */
    boolean reserve(EObject element) {
        if (free(element) == null) {
            return false;
        }
        mark(null, element);
        return true;
    }

    /** An attribute change of the element, recorded nowhere (for the other side of a planted conflict). */
    Edit changeOf(EObject element) {
        return change(element);
    }

    /** The element moved to another place than {@code taken}, or null. */
    Edit moveElsewhere(EObject element, String taken) {
        EObject from = element.eContainer();
        Set<String> inside = subtree(element);
        List<EObject> places = elements.stream()
                .filter(c -> c.eClass() == from.eClass()
                        && !PlanIndex.uuidOf(c).equals(PlanIndex.uuidOf(from))
                        && c.eResource() != null
                        && !deleted.contains(PlanIndex.uuidOf(c))
                        && !PlanIndex.uuidOf(c).equals(taken)
                        && !inside.contains(PlanIndex.uuidOf(c)))
                .toList();
        if (places.isEmpty()) {
            return null;
        }
        EObject to = places.get(random.nextInt(places.size()));
        holdsEdits.addAll(ancestors(to));
        return new Edit.Move(PlanIndex.uuidOf(element), PlanIndex.uuidOf(to));
    }

    Edit change(EObject element) {
        if (element == null) {
            return null;
        }
        List<EAttribute> attributes = element.eClass().getEAllAttributes().stream()
                .filter(a -> !a.isMany()
                        && FeatureValues.compared(element.eClass()).contains(a)
                        && newValue(element, a) != null)
                .toList();
        if (attributes.isEmpty()) {
            return null;
        }
        EAttribute attribute = attributes.get(random.nextInt(attributes.size()));
        return mark(
                new Edit.SetValue(PlanIndex.uuidOf(element), attribute.getName(), newValue(element, attribute)),
                element);
    }

    private Object newValue(EObject element, EAttribute attribute) {
        Object old = element.eGet(attribute);
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (type == String.class) {
            return (old == null ? "" : old + " ") + "แก้ไข " + Integer.toString(random.nextInt(1000));
        }
        if (type == BigDecimal.class) {
            return (old == null ? BigDecimal.ZERO : (BigDecimal) old).add(BigDecimal.valueOf(1 + random.nextInt(500)));
        }
        if (type == int.class) {
            return (Integer) old + 1 + random.nextInt(3);
        }
        if (type == LocalDate.class && old != null) {
            return ((LocalDate) old).plusDays(1 + random.nextInt(30));
        }
        return null;
    }

    Edit add(EObject container) {
        if (container == null && random.nextBoolean()) {
            container = plan.root();
        }
        if (container == null || deleted.contains(PlanIndex.uuidOf(container))) {
            return null;
        }
        EObject parent = container;
        List<EReference> lists = FeatureValues.containments(parent.eClass()).stream()
                .filter(r -> r.isMany() && !r.getEReferenceType().isAbstract())
                .toList();
        if (lists.isEmpty()) {
            return null;
        }
        EReference list = lists.get(random.nextInt(lists.size()));
        String uuid = new UUID(random.nextLong(), random.nextLong()).toString();
        EClass type = list.getEReferenceType();
        Edit edit = new Edit.Add(uuid, PlanIndex.uuidOf(parent), list.getName(), type, "NEW-" + ++added);
        touched.add(uuid);
        holdsEdits.addAll(ancestors(parent));
        return edit;
    }

    Edit delete(EObject element) {
        if (element == null || holdsEdits.contains(PlanIndex.uuidOf(element))) {
            return null;
        }
        Set<String> subtree = subtree(element);
        if (subtree.stream().anyMatch(touched::contains) || linkedTo(subtree)) {
            return null;
        }
        deleted.addAll(subtree);
        return mark(new Edit.Delete(PlanIndex.uuidOf(element)), element);
    }

    Edit move(EObject element) {
        if (element == null || element.eContainer() == null) {
            return null;
        }
        EObject from = element.eContainer();
        Set<String> subtree = subtree(element);
        String fromUuid = PlanIndex.uuidOf(from);
        List<EObject> places = elements.stream()
                .filter(c -> c.eClass() == from.eClass()
                        && !PlanIndex.uuidOf(c).equals(fromUuid)
                        && c.eResource() != null
                        && !deleted.contains(PlanIndex.uuidOf(c))
                        && !subtree.contains(PlanIndex.uuidOf(c)))
                .toList();
        if (places.isEmpty() || !element.eContainmentFeature().isMany()) {
            return null;
        }
        EObject to = places.get(random.nextInt(places.size()));
        holdsEdits.addAll(ancestors(from));
        holdsEdits.addAll(ancestors(to));
        return mark(new Edit.Move(PlanIndex.uuidOf(element), PlanIndex.uuidOf(to)), element);
    }

    Edit link(EObject element) {
        if (element == null) {
            return null;
        }
        for (EStructuralFeature feature : FeatureValues.compared(element.eClass())) {
            if (feature instanceof EReference reference && random.nextInt(3) == 0) {
                List<EObject> candidates = elements.stream()
                        .filter(c -> reference.getEReferenceType().isInstance(c)
                                && c.eResource() != null
                                && !deleted.contains(PlanIndex.uuidOf(c))
                                && (reference.isMany()
                                        ? !((List<?>) element.eGet(reference, false)).contains(c)
                                        : element.eGet(reference, false) != c))
                        .toList();
                if (!candidates.isEmpty()) {
                    EObject target = candidates.get(random.nextInt(candidates.size()));
                    touched.add(PlanIndex.uuidOf(target)); // never deleted now
                    return mark(
                            new Edit.SetValue(PlanIndex.uuidOf(element), reference.getName(), new Link(target)),
                            element);
                }
            }
        }
        return null;
    }

    private Edit mark(Edit edit, EObject element) {
        touched.add(PlanIndex.uuidOf(element));
        holdsEdits.addAll(ancestors(element));
        return edit;
    }

    private static Set<String> ancestors(EObject element) {
        Set<String> uuids = new HashSet<>();
        for (EObject e = element; e != null; e = e.eContainer()) {
            uuids.add(PlanIndex.uuidOf(e));
        }
        return uuids;
    }

    private static Set<String> subtree(EObject element) {
        Set<String> uuids = new HashSet<>();
        uuids.add(PlanIndex.uuidOf(element));
        for (Iterator<EObject> all = element.eAllContents(); all.hasNext(); ) {
            uuids.add(PlanIndex.uuidOf(all.next()));
        }
        return uuids;
    }

    /** True when anything in the plan links to an element of the subtree. */
    private boolean linkedTo(Set<String> subtree) {
        for (EObject element : PlanIndex.of(plan.root()).elements()) {
            for (EStructuralFeature feature : FeatureValues.compared(element.eClass())) {
                if (feature instanceof EReference) {
                    Object value = FeatureValues.valueOf(element, feature);
                    List<?> links = value instanceof List<?> list ? list : List.of(value);
                    for (Object link : links) {
                        if (link instanceof Link l && subtree.contains(l.uuid())) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
