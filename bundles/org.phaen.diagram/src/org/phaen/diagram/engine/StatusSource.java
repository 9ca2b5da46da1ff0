/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.engine;

/**
 * The latest status of elements (indicators) as a monitoring store knows it: {@code ON_TRACK}, {@code AT_RISK},
 * {@code OFF_TRACK}, or null when there is no data. The diagram bundle does not depend on the store; an adapter does.
 */
@FunctionalInterface
public interface StatusSource {

    String NO_DATA = "NO_DATA";

    /** No store connected: every badge shows {@value #NO_DATA}. */
    StatusSource NONE = uuid -> null;

    String statusOf(String elementUuid);
}
