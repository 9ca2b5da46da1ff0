/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare.edit;

import org.phaen.compare.PlanComparison;
import org.phaen.compare.PlanIndex;

/** Which version of a comparison a change is copied from: the old version (left) into the new one (right), or back. */
public enum CopyDirection {
    OLD_TO_NEW,
    NEW_TO_OLD;

    PlanIndex source(PlanComparison comparison) {
        return this == OLD_TO_NEW ? comparison.before() : comparison.after();
    }

    PlanIndex destination(PlanComparison comparison) {
        return this == OLD_TO_NEW ? comparison.after() : comparison.before();
    }
}
