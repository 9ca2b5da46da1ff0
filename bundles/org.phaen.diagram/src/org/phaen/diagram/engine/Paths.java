/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Evaluates the reference paths of descriptions ({@code plans[StrategicPlan].strategicIssues}, {@code alignments.target}):
 * each step follows a feature of the objects reached so far (objects without that feature are skipped, so one path
 * serves mixed lists), optionally keeping only instances of the named EClass. Unresolvable cross-file proxies drop out.
 */
final class Paths {

    private record Step(String feature, String type) {}

    private static final Map<String, List<Step>> PARSED = new ConcurrentHashMap<>();

    private Paths() {}

    /** The distinct objects the path reaches from the given ones, in model order. */
    static List<EObject> follow(String path, Collection<? extends EObject> from) {
        Collection<EObject> current = new ArrayList<>(from);
        for (Step step : PARSED.computeIfAbsent(path, Paths::parse)) {
            Set<EObject> next = new LinkedHashSet<>();
            for (EObject object : current) {
                EStructuralFeature feature = object.eClass().getEStructuralFeature(step.feature());
                if (feature != null) {
                    collect(object.eGet(feature), step.type(), next);
                }
            }
            current = next;
        }
        return List.copyOf(current);
    }

    /** True when the object is an instance of the EClass named (its own class or a supertype). */
    static boolean isA(EObject object, String className) {
        EClass eClass = object.eClass();
        if (eClass.getName().equals(className)) {
            return true;
        }
        for (EClass superType : eClass.getEAllSuperTypes()) {
            if (superType.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Object value, String type, Set<EObject> into) {
        if (value instanceof Collection<?> many) {
            for (Object v : many) {
                collect(v, type, into);
            }
        } else if (value instanceof EObject object && !object.eIsProxy() && (type == null || isA(object, type))) {
            into.add(object);
        }
    }

    private static List<Step> parse(String path) {
        List<Step> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int open = part.indexOf('[');
            if (open < 0) {
                steps.add(new Step(part.trim(), null));
            } else if (part.endsWith("]")) {
                steps.add(new Step(
                        part.substring(0, open).trim(),
                        part.substring(open + 1, part.length() - 1).trim()));
            } else {
                throw new IllegalArgumentException("bad path step '" + part + "' in " + path);
            }
        }
        return steps;
    }
}
