/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.layout;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.LayoutAlgorithmData;
import org.eclipse.elk.core.data.LayoutMetaDataService;

/**
 * Makes ELK's layered algorithm known. ELK finds algorithms through {@code ServiceLoader} from its core bundle's class
 * loader, which inside OSGi does not see the algorithm bundles (and outside OSGi depends on the class path), so the
 * provider is registered explicitly when it is missing: the same code path in both worlds. It also lets go of the
 * providers ELK pools, which hold the last graph they laid out.
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

    /**
     * Empties ELK's pools of idle layout providers. ELK keeps a few provider instances per algorithm for reuse, and a
     * layered provider's cached phases keep the last graph it laid out (its nodes, ports and the whole ELK graph they
     * came from: about 15 MB for a 3,600-node strategy map), for the life of the program. Each pass empties the pools
     * after its layout, so a provider is made anew (cheap beside the layout) and no diagram stays held by one.
     */
    static void dropIdleProviders() {
        for (LayoutAlgorithmData algorithm : LayoutMetaDataService.getInstance().getAlgorithmData()) {
            algorithm.getInstancePool().clear();
        }
    }
}
