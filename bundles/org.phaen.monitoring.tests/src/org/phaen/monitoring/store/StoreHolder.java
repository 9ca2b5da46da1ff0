/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import java.nio.file.Path;

/** A child process of {@link EmbeddedDerbyStoreTest}: another program holding an embedded store open until its input ends. */
public final class StoreHolder {

    private StoreHolder() {}

    public static void main(String[] args) throws Exception {
        try (MonitoringStore store = MonitoringStore.embedded(Path.of(args[0]))) {
            System.out.println("READY");
            System.out.flush();
            while (System.in.read() >= 0) {
                // held until the test ends this process
            }
        }
    }
}
