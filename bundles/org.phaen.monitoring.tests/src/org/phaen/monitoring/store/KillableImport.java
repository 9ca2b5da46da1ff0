/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import java.nio.file.Path;

/**
 * The child process of {@link KilledImportTest}: opens an embedded store, says READY, imports one large file,
 * says DONE. The test kills it with SIGKILL somewhere in between.
 */
public final class KillableImport {

    private KillableImport() {}

    public static void main(String[] args) throws Exception {
        int agencies = Integer.parseInt(args[1]);
        try (MonitoringStore store = MonitoringStore.embedded(Path.of(args[0]))) {
            System.out.println("READY");
            System.out.flush();
            ImportResult result = store.importBatch(
                    StoreContract.measurements("big.xlsx", StoreContract.P1, 100, 0, agencies, "2.5"),
                    StoreContract.known(100, agencies));
            System.out.println("DONE " + result.outcome());
            System.out.flush();
        }
    }
}
