/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.privacy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.phaen.model.PhaenPackage;

/** The attributes of an element that hold text a person typed: every string attribute except the UUID. */
public final class TextFields {

    private TextFields() {}

    /** Asked for every element of every text scan: worked out once a class. */
    private static final Map<EClass, List<EAttribute>> BY_CLASS = new ConcurrentHashMap<>();

    public static List<EAttribute> of(EClass type) {
        return BY_CLASS.computeIfAbsent(type, TextFields::find);
    }

    private static List<EAttribute> find(EClass type) {
        return type.getEAllAttributes().stream()
                .filter(a -> a.getEAttributeType() == EcorePackage.Literals.ESTRING
                        && a != PhaenPackage.Literals.IDENTIFIED__UUID
                        && !a.isDerived()
                        && a.isChangeable())
                .toList();
    }

    /** The values of one such attribute of {@code object} (none when unset). */
    @SuppressWarnings("unchecked")
    public static List<String> values(EObject object, EAttribute attribute) {
        if (!object.eIsSet(attribute)) {
            return List.of();
        }
        Object value = object.eGet(attribute);
        return attribute.isMany() ? List.copyOf((List<String>) value) : List.of((String) value);
    }
}
