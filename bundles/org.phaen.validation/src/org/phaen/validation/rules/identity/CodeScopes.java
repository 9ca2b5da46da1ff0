/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.phaen.model.Named;
import org.phaen.model.PhaenPackage;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanModel;
import org.phaen.model.trace.Traceability;
import org.phaen.validation.RuleContext;

/**
 * Where a code must be unique, and the elements using each code there. Inside a plan document the
 * whole document is one scope; elsewhere (the file's directories: organisations, people, funding
 * sources, committees, monitoring plans, and the list of plan documents itself) a code is unique among
 * the elements of one list, so a funding source may share the code of the organisation providing it.
 * Built once per run by one walk over each file.
 */
final class CodeScopes {

    /** A scope: a plan document (feature null), or one list of a container. */
    record Scope(EObject owner, EStructuralFeature feature) {

        boolean isDocument() {
            return feature == null;
        }
    }

    private final Map<Scope, Map<String, List<Named>>> index = new HashMap<>();
    private final Map<Named, List<Named>> duplicated = new IdentityHashMap<>();

    CodeScopes(RuleContext context) {
        for (Resource resource : context.resources()) {
            for (EObject root : resource.getContents()) {
                if (root instanceof PlanModel model) {
                    add(model);
                }
            }
        }
        for (Map<String, List<Named>> codes : index.values()) {
            for (List<Named> same : codes.values()) {
                if (same.size() > 1) {
                    same.forEach(n -> duplicated.put(n, same));
                }
            }
        }
    }

    private void add(PlanModel model) {
        for (EReference list : model.eClass().getEAllContainments()) {
            for (Object value : (List<?>) model.eGet(list)) { // every list of a plan file is a containment list
                EObject entry = (EObject) value;
                add(entry, codes(new Scope(model, list)));
                Map<String, List<Named>> document =
                        entry instanceof PlanDocument ? codes(new Scope(entry, null)) : null;
                for (TreeIterator<EObject> it = entry.eAllContents(); it.hasNext(); ) {
                    EObject next = it.next();
                    if (next instanceof Named) {
                        add(
                                next,
                                document != null
                                        ? document
                                        : codes(new Scope(next.eContainer(), next.eContainingFeature())));
                    }
                }
            }
        }
    }

    private Map<String, List<Named>> codes(Scope scope) {
        return index.computeIfAbsent(scope, k -> new HashMap<>());
    }

    private static void add(EObject element, Map<String, List<Named>> codes) {
        String code = element instanceof Named named ? codeOf(named) : null;
        if (code != null) {
            codes.computeIfAbsent(code, k -> new ArrayList<>(1)).add((Named) element);
        }
    }

    static String codeOf(Named element) {
        String code = element.getCode();
        return code == null || code.isBlank() ? null : code.strip();
    }

    static Scope scopeOf(Named element) {
        PlanDocument document = element instanceof PlanDocument ? null : Traceability.documentOf(element);
        if (document != null) {
            return new Scope(document, null);
        }
        return element.eContainer() == null ? null : new Scope(element.eContainer(), element.eContainingFeature());
    }

    /** The elements sharing the element's code in its scope, itself included; empty when the code is its own. */
    List<Named> sameCode(Named element) {
        return duplicated.getOrDefault(element, List.of());
    }

    /** The elements in the scope using the code, in model order. */
    List<Named> using(Scope scope, String code) {
        return index.getOrDefault(scope, Map.of()).getOrDefault(code, List.of());
    }

    /** True for changes after which the index must be built again. */
    static boolean changesCodes(Notification change) {
        return RuleContext.isStructural(change) || change.getFeature() == PhaenPackage.Literals.NAMED__CODE;
    }
}
