/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import java.util.List;
import org.phaen.model.PlanModel;

/**
 * A loaded plan and the links from it to other plan files that could not be followed.
 *
 * @param plan the plan loaded
 * @param unresolvedLinks the links that lead nowhere, in document order; empty when every link resolved
 */
public record LoadReport(PlanModel plan, List<UnresolvedLink> unresolvedLinks) {

    /** True when every link to another file resolved. */
    public boolean complete() {
        return unresolvedLinks.isEmpty();
    }
}
