/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.phaen.cli.spi.BadInputException;
import org.phaen.monitoring.store.MonitoringStore;
import picocli.CommandLine.Option;

/** Which monitoring store a command uses: the embedded one next to the plan by default, or a shared one by URL. */
public final class StoreOptions {

    @Option(
            names = "--store",
            paramLabel = "DIR",
            description = "Folder of the embedded store (default: next to the last plan, PLAN.store).")
    Path folder;

    @Option(
            names = "--url",
            description =
                    "A shared store instead: jdbc:derby://HOST:PORT/NAME or jdbc:postgresql://HOST:PORT/NAME (password in PHAEN_STORE_PASSWORD).")
    String url;

    @Option(names = "--user", defaultValue = "phaen", description = "User name for --url (default ${DEFAULT-VALUE}).")
    String user;

    public MonitoringStore open(List<Path> planFiles) throws Exception {
        if (url != null) {
            return MonitoringStore.open(url, user, System.getenv("PHAEN_STORE_PASSWORD"));
        }
        Path store = folder != null ? folder : defaultFolder(planFiles);
        if (Files.exists(store) && !Files.isDirectory(store)) {
            throw new BadInputException(
                    store
                            + " is a file, not a store: the embedded store is a folder (--store DIR; default PLAN.store beside the plan)",
                    null);
        }
        return MonitoringStore.embedded(store);
    }

    /** The store as {@link #open} does, or null when none was named and there is none beside the plan (nothing to read). */
    public MonitoringStore openIfPresent(List<Path> planFiles) throws Exception {
        if (url == null && folder == null && !Files.isDirectory(defaultFolder(planFiles))) {
            return null;
        }
        return open(planFiles);
    }

    /** {@code PLAN.store} beside the last plan named: the provincial plan when related plans are loaded together. */
    static Path defaultFolder(List<Path> planFiles) {
        return MonitoringStore.defaultFolder(planFiles.get(planFiles.size() - 1));
    }
}
