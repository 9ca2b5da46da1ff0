/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import org.eclipse.emf.ecore.EObject;

/**
 * A link from an element to one in another plan file that could not be followed.
 *
 * @param source the element holding the link
 * @param feature the name of the link, e.g. {@code target} of an alignment
 * @param target the URI the link names ({@code region17-2562.phaen#uuid}), relative to the source's file when it is a file
 * @param reason why it could not be followed, in plain words
 */
public record UnresolvedLink(EObject source, String feature, String target, String reason) {

    /** One line for a log or the console: element, link, target and reason. */
    @Override
    public String toString() {
        return Labels.describe(source) + " ." + feature + " -> " + target + ": " + reason;
    }
}
