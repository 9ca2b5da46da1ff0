/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.layout;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;

/**
 * Makes ELK's layered algorithm known. ELK finds algorithms through {@code ServiceLoader} from its core bundle's class
 * loader, which inside OSGi does not see the algorithm bundles (and outside OSGi depends on the class path), so the
 * provider is registered explicitly when it is missing: the same code path in both worlds.
 */
final class ElkSetup {

    private static boolean done;

    private ElkSetup() {}

    static synchronized void ensureLayered() {
        if (done) {
            return;
        }
        LayoutMetaDataService service = LayoutMetaDataService.getInstance();
        if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
            service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        }
        done = true;
    }
}
