/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.engine;

import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.phaen.model.Identified;

/** Ids and label text of elements for diagrams. */
final class Labels {

    private Labels() {}

    /** The element's uuid, or its URI fragment when it has none. */
    static String id(EObject element) {
        if (element instanceof Identified identified && identified.getUuid() != null) {
            return identified.getUuid();
        }
        return EcoreUtil.getURI(element).fragment();
    }

    /** The values of the features that are set, joined by a space (e.g. code and name); the class name if none is. */
    static String text(EObject element, List<String> features) {
        StringBuilder text = new StringBuilder();
        for (String name : features) {
            EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
            Object value = feature == null ? null : element.eGet(feature);
            if (value != null && !value.toString().isBlank()) {
                text.append(text.isEmpty() ? "" : " ").append(value.toString().strip());
            }
        }
        return text.isEmpty() ? element.eClass().getName() : text.toString();
    }
}
