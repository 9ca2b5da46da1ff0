/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.description;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The diagram descriptions shipped in this bundle (JSON files beside this class). */
public final class Descriptions {

    public static final String STRATEGY_MAP = "strategy-map";
    public static final String ALIGNMENT = "alignment";
    public static final String PARTNER_NETWORK = "partner-network";

    private Descriptions() {}

    public static DiagramDescription strategyMap() {
        return load(STRATEGY_MAP);
    }

    public static DiagramDescription alignment() {
        return load(ALIGNMENT);
    }

    public static DiagramDescription partnerNetwork() {
        return load(PARTNER_NETWORK);
    }

    /** Reads {@code <id>.json} beside this class through this bundle's class loader (works inside and outside OSGi). */
    public static DiagramDescription load(String id) {
        String resource = id + ".json"; // next to this class, so it is on every class path
        try (InputStream in = Descriptions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no diagram description " + resource);
            }
            return DescriptionReader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
