/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

/** Schema version 1: the tables for all kinds of monitoring rows and the import ledger. */
public class V1__Monitoring extends SqlMigration {

    public V1__Monitoring() {
        super("sql/V1__monitoring.sql");
    }
}
