/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.phaen.model.PlanModel;

/**
 * Merges two versions of a plan that both started from a common one, element by element matched by UUID. What one
 * side changed (an attribute, a link, where an element lives, an element added or deleted) is taken; what both
 * changed alike is taken once; what they changed incompatibly is a {@link Conflict}. Without a preferred side a
 * merge with conflicts gives no plan; with one, each conflict goes that side's way and stays listed.
 */
public final class ThreeWayMerge {

    private final Map<String, MergedElement> elements = new LinkedHashMap<>();
    private final List<Conflict> conflicts = new ArrayList<>();
    private final Set<List<Object>> conflictKeys = new HashSet<>();
    private final Side preferred;
    private final String rootUuid;

    private ThreeWayMerge(PlanIndex base, PlanIndex mine, PlanIndex theirs, Side preferred) {
        this.preferred = preferred;
        this.rootUuid = PlanIndex.uuidOf(base.root());
        if (!rootUuid.equals(PlanIndex.uuidOf(mine.root())) || !rootUuid.equals(PlanIndex.uuidOf(theirs.root()))) {
            throw new IllegalArgumentException(
                    "the three files are not versions of one plan (their plan UUIDs differ)");
        }
        for (PlanIndex version : List.of(mine, theirs, base)) {
            for (EObject element : version.elements()) {
                String uuid = PlanIndex.uuidOf(element);
                elements.computeIfAbsent(uuid, u -> new MergedElement(u, base.get(u), mine.get(u), theirs.get(u)));
            }
        }
    }

    /**
     * Merges the three versions; none of them is changed.
     *
     * @param preferred the side every conflict goes to, or null to give no plan when there are conflicts
     * @throws IllegalArgumentException when the files are not versions of one plan
     */
    public static MergeResult merge(PlanModel base, PlanModel mine, PlanModel theirs, Side preferred) {
        return new ThreeWayMerge(PlanIndex.of(base), PlanIndex.of(mine), PlanIndex.of(theirs), preferred).run();
    }

    private MergeResult run() {
        List<MergedElement> keptAgainstDeletion = new ArrayList<>();
        for (MergedElement element : elements.values()) {
            Side deleter = element.deletedOn();
            element.exists = element.mine != null || element.theirs != null;
            if (deleter != null) {
                element.exists = element.changedOn(deleter.other())
                        && conflict(Conflict.Kind.DELETE_CHANGE, element, null, null, deleter) == deleter.other();
                if (element.exists) {
                    keptAgainstDeletion.add(element);
                }
            }
        }
        keptAgainstDeletion.forEach(element -> keep(element, element.deletedOn().other()));
        elements.values().stream().filter(e -> e.exists).forEach(this::decide);
        while (repairContainers() | repairLinks()) {
            // each repair may bring back an element whose container or links need repair in turn
        }
        Map<MergedElement, Map<EReference, List<String>>> orders = new ListsInMerge(elements, this).orders();
        if (!conflicts.isEmpty() && preferred == null) {
            return new MergeResult(null, conflicts, null);
        }
        return new MergeResult(new MergedModel(elements, orders).build(rootUuid), conflicts, preferred);
    }

    /** Records a conflict (once) and answers the side it goes to: the preferred one, or mine to go on looking. */
    Side conflict(
            Conflict.Kind kind,
            MergedElement element,
            EStructuralFeature feature,
            MergedElement other,
            Side deletedBy) {
        if (conflictKeys.add(List.of(kind, element.uuid, Objects.toString(feature), other == null ? "" : other.uuid))) {
            conflicts.add(new Conflict(
                    kind,
                    element.uuid,
                    element.base,
                    element.mine,
                    element.theirs,
                    feature,
                    other == null ? null : other.any(),
                    deletedBy));
        }
        return preferred == null ? Side.MINE : preferred;
    }

    /** Keeps the element and what it contains on the side, where the other side deleted them. */
    private void keep(MergedElement element, Side side) {
        element.exists = true;
        element.decided = false;
        decide(element);
        for (EObject child : element.in(side).eContents()) {
            MergedElement state = elements.get(PlanIndex.uuidOf(child));
            if (!state.exists) {
                keep(state, side);
            }
        }
    }

    private void decide(MergedElement element) {
        if (element.decided) {
            return;
        }
        element.decided = true;
        EObject base = element.base, mine = element.mine, theirs = element.theirs;
        if (mine == null || theirs == null) {
            element.placeAs(mine != null ? mine : theirs);
            FeatureValues.compared(element.any().eClass())
                    .forEach(f -> element.values.put(f, FeatureValues.valueOf(mine != null ? mine : theirs, f)));
            return;
        }
        boolean movedMine = base == null || !PlanDiff.sameLocation(base, mine);
        boolean movedTheirs = base == null || !PlanDiff.sameLocation(base, theirs);
        if (movedMine && movedTheirs && !PlanDiff.sameLocation(mine, theirs)) {
            element.placeAs(element.in(conflict(Conflict.Kind.MOVE_MOVE, element, null, null, null)));
        } else {
            element.placeAs(movedMine ? mine : movedTheirs ? theirs : base);
        }
        for (EStructuralFeature feature : FeatureValues.compared(element.any().eClass())) {
            Object ofMine = FeatureValues.valueOf(mine, feature), ofTheirs = FeatureValues.valueOf(theirs, feature);
            Object ofBase = base == null ? null : FeatureValues.valueOf(base, feature);
            Object value = ofMine;
            if (!ofMine.equals(ofTheirs)) {
                boolean changedMine = !ofMine.equals(ofBase), changedTheirs = !ofTheirs.equals(ofBase);
                value = changedMine && changedTheirs
                        ? (conflict(Conflict.Kind.FEATURE, element, feature, null, null) == Side.MINE
                                ? ofMine
                                : ofTheirs)
                        : changedMine ? ofMine : ofTheirs;
            }
            element.values.put(feature, value);
        }
    }

    /** An element one side put into a container the other deleted: the container comes back, or the element goes. */
    private boolean repairContainers() {
        boolean changed = false;
        for (MergedElement element : elements.values()) {
            MergedElement container =
                    element.exists && element.containerUuid != null ? elements.get(element.containerUuid) : null;
            if (container == null || container.exists) {
                continue;
            }
            Side placer = container.mine != null ? Side.MINE : Side.THEIRS;
            if (conflict(Conflict.Kind.DELETE_CHANGE, element, null, container, placer.other()) == placer) {
                keep(container, placer);
            } else {
                drop(element);
            }
            changed = true;
        }
        return changed;
    }

    private void drop(MergedElement element) {
        element.exists = false;
        for (EObject version : new EObject[] {element.mine, element.theirs}) {
            if (version != null) {
                for (Iterator<EObject> inside = version.eAllContents(); inside.hasNext(); ) {
                    elements.get(PlanIndex.uuidOf(inside.next())).exists = false;
                }
            }
        }
    }

    /** A link one side set to an element the other deleted: the element comes back, or the link goes. */
    private boolean repairLinks() {
        boolean changed = false;
        for (MergedElement element : elements.values()) {
            if (!element.exists) {
                continue;
            }
            for (Map.Entry<EStructuralFeature, Object> entry : element.values.entrySet()) {
                if (!(entry.getKey() instanceof EReference)) {
                    continue;
                }
                for (Link link : links(entry.getValue())) {
                    MergedElement target = elements.get(link.uuid());
                    Side deleter = target == null || target.exists ? null : target.deletedOn();
                    if (deleter == null) {
                        continue;
                    }
                    if (conflict(Conflict.Kind.REFERENCE_TO_DELETED, element, entry.getKey(), target, deleter)
                            == deleter.other()) {
                        keep(target, deleter.other());
                    } else {
                        entry.setValue(without(entry.getValue(), link, element.in(deleter), entry.getKey()));
                    }
                    changed = true;
                }
            }
        }
        return changed;
    }

    private static List<Link> links(Object value) {
        if (value instanceof Link link) {
            return List.of(link);
        }
        return value instanceof List<?> list
                ? list.stream()
                        .filter(Link.class::isInstance)
                        .map(Link.class::cast)
                        .toList()
                : List.of();
    }

    /** The value without the link: a list loses it; a single link becomes the deleting side's value (unset if it has no such element). */
    private static Object without(Object value, Link link, EObject onDeletingSide, EStructuralFeature feature) {
        if (value instanceof List<?> list) {
            return list.stream().filter(v -> !v.equals(link)).toList();
        }
        return onDeletingSide == null ? FeatureValues.UNSET : FeatureValues.valueOf(onDeletingSide, feature);
    }
}
