/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import org.phaen.model.PhaenPackage;

/** The version of the plan file format; it is the last segment of the package nsURI. */
public final class ModelVersion {

    /** The namespace of every version: {@code http://www.phaen.org/model/<version>}. */
    public static final String NS_PREFIX = "http://www.phaen.org/model/";

    /**
     * The version this library reads and writes. Read from the package at run time, not the compile-time constant
     * {@code eNS_URI}, which javac would copy into this class and an incremental build would leave stale.
     */
    public static final String CURRENT = PhaenPackage.eINSTANCE.getNsURI().substring(NS_PREFIX.length());

    private ModelVersion() {}

    /** The version named by a namespace URI, or null when it is not a Phaen namespace. */
    public static String ofNamespace(String nsUri) {
        return nsUri != null && nsUri.startsWith(NS_PREFIX) ? nsUri.substring(NS_PREFIX.length()) : null;
    }

    /** Compares dotted versions numerically ("1.10" is after "1.9"). */
    public static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int d = Integer.compare(part(x, i), part(y, i));
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }

    private static int part(String[] parts, int i) {
        return i < parts.length ? Integer.parseInt(parts[i]) : 0;
    }
}
