/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare.edit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.phaen.compare.PlanIndex;

/** A link's target as the destination version has it: the element with the same UUID when the link is into the source's own file. */
final class Counterparts {

    private final PlanIndex destination;
    private final Resource sourceFile;

    Counterparts(PlanIndex source, PlanIndex destination) {
        this.destination = destination;
        this.sourceFile = source.root().eResource();
    }

    /** The destination's element for a link target of the source, the target itself when it lives in another file, or null when the destination lacks it. */
    EObject of(EObject target) {
        return isInSourceFile(target) ? destination.get(PlanIndex.uuidOf(target)) : target;
    }

    private boolean isInSourceFile(EObject target) {
        if (target.eIsProxy()) { // a link not followed yet: "#uuid" of its own file, or another file's
            return sourceFile != null
                    && sourceFile
                            .getURI()
                            .equals(((InternalEObject) target).eProxyURI().trimFragment());
        }
        return target.eResource() == sourceFile;
    }
}
