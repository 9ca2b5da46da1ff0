/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.phaen.model.Named;
import org.phaen.model.PlanModel;

/**
 * The short key a reference cell names an element by: its code, or its name when it has none; when two elements
 * share one, each gets the first eight characters of its UUID after a tilde ({@code ORG-1~2b06b299}). Every named
 * element of every plan file loaded is keyed, in file order, so the same files give the same keys on export and
 * import. Rows created in the workbook add their codes.
 */
final class ElementKeys {

    private final Map<String, Named> byKey = new LinkedHashMap<>();
    private final Map<Named, String> keys = new HashMap<>();

    /** The keys of every plan file loaded beside the plan (none when plan is null). */
    ElementKeys(PlanModel plan) {
        List<Named> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Resource> resources = plan == null
                ? List.of()
                : new ArrayList<>(plan.eResource().getResourceSet().getResources());
        for (Resource resource : resources) {
            for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext(); ) {
                if (it.next() instanceof Named named && named.getUuid() != null && seen.add(named.getUuid())) {
                    all.add(named);
                }
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        all.forEach(n -> counts.merge(plainKey(n), 1, Integer::sum));
        for (Named named : all) {
            String key = plainKey(named);
            if (counts.get(key) > 1 || key.isEmpty()) {
                key = key + "~"
                        + named.getUuid()
                                .substring(0, Math.min(8, named.getUuid().length()));
            }
            add(key, named);
        }
    }

    /** Keys a row typed into the workbook by its code; false when the code is already someone else's. */
    boolean addNew(Named created) {
        String key = plainKey(created);
        if (key.isEmpty() || byKey.containsKey(key)) {
            return false;
        }
        add(key, created);
        return true;
    }

    private void add(String key, Named named) {
        byKey.putIfAbsent(key, named);
        keys.put(named, key);
    }

    String keyOf(EObject element) {
        return keys.get(element);
    }

    Named find(String key) {
        return byKey.get(key.strip());
    }

    /** Every keyed element of one of the types (EClasses), in file order. */
    List<Named> ofTypes(List<?> types) {
        Map<EClass, Boolean> listed = new HashMap<>(); // asked once per class, not per element
        List<Named> found = new ArrayList<>();
        for (Named named : byKey.values()) {
            if (listed.computeIfAbsent(
                    named.eClass(), c -> types.stream().anyMatch(t -> ((EClass) t).isSuperTypeOf(c)))) {
                found.add(named);
            }
        }
        return found;
    }

    private static String plainKey(Named named) {
        String code = named.getCode();
        if (code != null && !code.isBlank()) {
            return code.strip();
        }
        return named.getName() == null ? "" : named.getName().strip();
    }
}
