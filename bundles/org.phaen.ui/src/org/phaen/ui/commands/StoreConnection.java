/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.phaen.monitoring.store.MonitoringStore;
import org.phaen.ui.Messages;
import org.phaen.ui.prefs.PhaenPreferences;

/**
 * The monitoring store the preferences name: a shared one by JDBC URL (password from PHAEN_STORE_PASSWORD, as for
 * the command line), or the embedded store beside the plan, which must exist: an empty one would only say "no data".
 */
public final class StoreConnection {

    private StoreConnection() {}

    /** Whether the preferences name a shared store or the plan has an embedded store beside it. */
    public static boolean exists(Path planFile) {
        return !url().isEmpty() || Files.isDirectory(MonitoringStore.defaultFolder(planFile));
    }

    public static MonitoringStore open(Path planFile) throws SQLException {
        String url = url();
        if (!url.isEmpty()) {
            return MonitoringStore.open(
                    url,
                    PhaenPreferences.store().getString(PhaenPreferences.STORE_USER),
                    System.getenv("PHAEN_STORE_PASSWORD"));
        }
        Path folder = MonitoringStore.defaultFolder(planFile);
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException(Messages.bind(Messages.Reports_noStore, folder, planFile));
        }
        return MonitoringStore.embedded(folder);
    }

    private static String url() {
        return PhaenPreferences.store().getString(PhaenPreferences.STORE_URL).strip();
    }
}
