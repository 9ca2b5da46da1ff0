/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.internal.migration;

import org.phaen.model.resource.ModelMigration;
import org.w3c.dom.Document;

/**
 * Model version 1.0 to 1.1: each change of 1.1 is one step class, applied in order. Found by
 * {@link java.util.ServiceLoader} (META-INF/services of this bundle).
 */
public final class From10To11 implements ModelMigration {

    @Override
    public String fromVersion() {
        return "1.0";
    }

    @Override
    public String toVersion() {
        return "1.1";
    }

    @Override
    public void migrate(Document document) {
        ConsentRecords.migrate(document);
    }
}
