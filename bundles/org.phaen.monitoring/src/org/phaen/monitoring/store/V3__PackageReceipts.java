/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

/** Schema version 3: the packages received from provincial offices (see the SQL file). */
public class V3__PackageReceipts extends SqlMigration {

    public V3__PackageReceipts() {
        super("sql/V3__package_receipt.sql");
    }
}
