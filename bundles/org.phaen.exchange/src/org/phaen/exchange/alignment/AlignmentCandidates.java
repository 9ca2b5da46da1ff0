/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.alignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanModel;
import org.phaen.model.trace.Traceability;

/**
 * The elements a sheet row may align to: every plan element of every plan loaded beside the plan, each under a
 * short key a planner can type. The key is the element's code; when two elements share a code it is prefixed with
 * the plan's code ({@code R17-SP/S1.2}); an element without a code is keyed by its name. Copies of one plan file
 * (same UUIDs) count once, and the copy the plan already links to is the one kept.
 */
public final class AlignmentCandidates {

    private final Map<String, PlanElement> byKey = new LinkedHashMap<>();
    private final Map<PlanElement, String> keys = new HashMap<>();

    public AlignmentCandidates(PlanModel plan) {
        List<PlanElement> elements = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Resource resource : linkedFirst(plan.eResource())) {
            for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext(); ) {
                if (it.next() instanceof PlanElement element
                        && Traceability.documentOf(element) != null
                        && seen.add(element.getUuid())) {
                    elements.add(element);
                }
            }
        }
        Map<String, Integer> codeCounts = new HashMap<>();
        elements.forEach(e -> codeCounts.merge(plainKey(e), 1, Integer::sum));
        for (PlanElement element : elements) {
            String key = plainKey(element);
            if (codeCounts.get(key) > 1 && !(element instanceof PlanDocument)) {
                key = plainKey(Traceability.documentOf(element)) + "/" + key;
            }
            if (byKey.containsKey(key)) {
                key = key + "~" + element.getUuid().substring(0, 8);
            }
            byKey.put(key, element);
            keys.put(element, key);
        }
    }

    /** The plan's own file, the files it links to, then every other file in its resource set. */
    private static Set<Resource> linkedFirst(Resource own) {
        Set<Resource> order = new LinkedHashSet<>();
        order.add(own);
        for (TreeIterator<EObject> it = own.getAllContents(); it.hasNext(); ) {
            for (EObject target : it.next().eCrossReferences()) {
                if (target.eResource() != null) {
                    order.add(target.eResource());
                }
            }
        }
        order.addAll(List.copyOf(own.getResourceSet().getResources()));
        order.removeIf(r -> r.getContents().isEmpty());
        return order;
    }

    /** Every candidate in model order. */
    public List<PlanElement> all() {
        return List.copyOf(byKey.values());
    }

    /** The key written for the element, or null when it is not a candidate. */
    public String keyOf(PlanElement element) {
        return keys.get(element);
    }

    /** The candidate typed in a sheet, or null; surrounding blanks are ignored. */
    public PlanElement find(String key) {
        return key == null ? null : byKey.get(key.strip());
    }

    private static String plainKey(PlanElement element) {
        String code = element.getCode();
        return code != null && !code.isBlank()
                ? code.strip()
                : String.valueOf(element.getName()).strip();
    }
}
