/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.data;

import java.time.Instant;

/**
 * A package a provincial office sent to the region: who sent it, for which fiscal year and period, when it was made,
 * and the hash that names its content.
 *
 * @param sha256 hex SHA-256 of the package's manifest (which holds the hash of every entry)
 * @param office the sending office's uuid
 * @param officeCode its code, for messages
 * @param period the reporting period's code, or {@code year} for the whole fiscal year
 * @param created when the office made the package; the later one of an office and period is in force
 */
public record PackageReceipt(
        String sha256, String office, String officeCode, int fiscalYear, String period, Instant created) {

    public PackageReceipt {
        Rows.uuid(office, "office");
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}") || period == null || created == null) {
            throw new IllegalArgumentException("a package receipt needs a SHA-256, a period and a time");
        }
    }
}
