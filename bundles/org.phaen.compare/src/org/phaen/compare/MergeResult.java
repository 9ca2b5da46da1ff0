/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare;

import java.util.List;
import org.phaen.model.PlanModel;

/**
 * What a three-way merge gives.
 *
 * @param merged the merged plan, or null when there were conflicts and no side was preferred
 * @param conflicts every conflict found, in the order of the elements
 * @param preferred the side chosen for every conflict, or null
 */
public record MergeResult(PlanModel merged, List<Conflict> conflicts, Side preferred) {

    public MergeResult {
        conflicts = List.copyOf(conflicts);
    }

    /** True when the merge gave a plan to write. */
    public boolean hasResult() {
        return merged != null;
    }
}
