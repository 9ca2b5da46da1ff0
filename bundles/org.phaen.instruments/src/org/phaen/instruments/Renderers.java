/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The renderers on the class path (ServiceLoader), by format name. */
public final class Renderers {

    private Renderers() {}

    public static Map<String, InstrumentRenderer> available() {
        Map<String, InstrumentRenderer> byFormat = new TreeMap<>();
        for (InstrumentRenderer renderer :
                ServiceLoader.load(InstrumentRenderer.class, InstrumentRenderer.class.getClassLoader())) {
            byFormat.put(renderer.format(), renderer);
        }
        return byFormat;
    }
}
