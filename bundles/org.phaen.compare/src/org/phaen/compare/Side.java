/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare;

/** The two edited versions of a three-way merge. */
public enum Side {
    MINE,
    THEIRS;

    public Side other() {
        return this == MINE ? THEIRS : MINE;
    }
}
