/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import org.eclipse.emf.ecore.EObject;
import org.phaen.model.Identified;
import org.phaen.model.Named;

/** Short human descriptions of elements for messages: kind, code and Thai name. */
public final class Labels {

    private Labels() {}

    /** E.g. {@code Project P-01} and the name in quotes; falls back to the uuid when there is no name. */
    public static String describe(EObject object) {
        StringBuilder text = new StringBuilder(object.eClass().getName());
        if (object instanceof Named named) {
            if (named.getCode() != null) {
                text.append(' ').append(named.getCode());
            }
            if (named.getName() != null) {
                return text.append(" \"").append(named.getName()).append('"').toString();
            }
        }
        if (object instanceof Identified identified && identified.getUuid() != null) {
            text.append(' ').append(identified.getUuid());
        }
        return text.toString();
    }
}
