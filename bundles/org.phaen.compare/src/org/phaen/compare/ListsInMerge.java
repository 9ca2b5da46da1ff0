/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/** The order of every containment list of a merge; both sides reordering one list differently is a conflict. */
final class ListsInMerge {

    private final Map<String, MergedElement> elements;
    private final ThreeWayMerge merge;

    ListsInMerge(Map<String, MergedElement> elements, ThreeWayMerge merge) {
        this.elements = elements;
        this.merge = merge;
    }

    /** For each container, the UUIDs of its elements in each of its containment lists, in merged order. */
    Map<MergedElement, Map<EReference, List<String>>> orders() {
        Map<MergedElement, Map<EReference, Set<String>>> members = new LinkedHashMap<>();
        for (MergedElement element : elements.values()) {
            if (element.exists && element.containerUuid != null) {
                members.computeIfAbsent(elements.get(element.containerUuid), c -> new LinkedHashMap<>())
                        .computeIfAbsent(element.containment, r -> new LinkedHashSet<>())
                        .add(element.uuid);
            }
        }
        Map<MergedElement, Map<EReference, List<String>>> orders = new HashMap<>();
        members.forEach((container, lists) ->
                lists.forEach((containment, uuids) -> orders.computeIfAbsent(container, c -> new LinkedHashMap<>())
                        .put(containment, order(container, containment, uuids))));
        return orders;
    }

    private List<String> order(MergedElement container, EReference containment, Set<String> uuids) {
        List<String> base = children(container.base, containment);
        List<String> mine = children(container.mine, containment), theirs = children(container.theirs, containment);
        Side frame = Side.MINE;
        if (ListOrder.conflicting(base, mine, theirs)) {
            frame = merge.conflict(Conflict.Kind.ORDER_ORDER, container, containment, null, null);
        } else if (ListOrder.reordered(base, theirs, mine) && !ListOrder.reordered(base, mine, theirs)) {
            frame = Side.THEIRS;
        }
        return frame == Side.MINE
                ? ListOrder.merge(uuids, mine, theirs, base)
                : ListOrder.merge(uuids, theirs, mine, base);
    }

    private static List<String> children(EObject version, EReference containment) {
        return version == null ? List.of() : FeatureValues.childUuids(version, containment);
    }
}
