/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.phaen.model.Identified;
import org.phaen.model.PlanModel;

/** Every element of one plan file by its UUID, in document order: what comparing and merging match on. */
public final class PlanIndex {

    private final PlanModel root;
    private final Map<String, EObject> byUuid;

    private PlanIndex(PlanModel root, Map<String, EObject> byUuid) {
        this.root = root;
        this.byUuid = byUuid;
    }

    /** Indexes the plan and everything it contains. */
    public static PlanIndex of(PlanModel root) {
        Map<String, EObject> byUuid = new LinkedHashMap<>();
        byUuid.put(uuidOf(root), root);
        for (Iterator<EObject> all = root.eAllContents(); all.hasNext(); ) {
            EObject element = all.next();
            byUuid.put(uuidOf(element), element);
        }
        return new PlanIndex(root, byUuid);
    }

    public PlanModel root() {
        return root;
    }

    /** The element with this UUID, or null. */
    public EObject get(String uuid) {
        return byUuid.get(uuid);
    }

    public boolean contains(String uuid) {
        return byUuid.containsKey(uuid);
    }

    /** All elements, the plan model first, then in document order. */
    public Collection<EObject> elements() {
        return byUuid.values();
    }

    public int size() {
        return byUuid.size();
    }

    /**
     * The identity of an element: its {@code uuid}; for a link into another file not loaded yet, the UUID its
     * address ends in (plan files address elements by UUID), so nothing is loaded to compare links.
     */
    public static String uuidOf(EObject element) {
        if (element.eIsProxy()) {
            return ((InternalEObject) element).eProxyURI().fragment();
        }
        return element instanceof Identified identified ? identified.getUuid() : null;
    }

    /** The UUID of the element's container, or null for the plan model. */
    public static String containerUuid(EObject element) {
        EObject container = element.eContainer();
        return container == null ? null : uuidOf(container);
    }
}
