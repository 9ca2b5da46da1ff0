/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

/** Schema version 2: the measurement key ordered the way files arrive (see the SQL file for why). */
public class V2__MeasurementKeyInArrivalOrder extends SqlMigration {

    public V2__MeasurementKeyInArrivalOrder() {
        super("sql/V2__measurement_key_in_arrival_order.sql");
    }
}
