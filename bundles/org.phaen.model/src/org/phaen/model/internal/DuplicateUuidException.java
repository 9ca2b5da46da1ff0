/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.phaen.model.resource.Labels;

/** Two elements of one plan file carry the same UUID; the message names both, described after the load. */
public final class DuplicateUuidException extends XMIException {

    private static final long serialVersionUID = 1L;

    private final String uuid;
    private final transient EObject first;
    private final transient EObject second;

    DuplicateUuidException(String uuid, EObject first, EObject second, String location, int line, int column) {
        super("duplicate uuid " + uuid, location, line, column);
        this.uuid = uuid;
        this.first = first;
        this.second = second;
    }

    /** Both elements by kind, code and name; meant to be called after the load, when their names are known. */
    @Override
    public String getMessage() {
        return "uuid " + uuid + " is used twice: by " + Labels.describe(first) + " and by " + Labels.describe(second)
                + " (line " + getLine() + "); every element needs a UUID of its own";
    }
}
