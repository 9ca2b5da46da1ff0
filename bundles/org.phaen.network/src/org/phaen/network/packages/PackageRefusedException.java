/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.packages;

/** A package that is not received, with the one-line reason (nothing of it was imported). */
public final class PackageRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public PackageRefusedException(String reason) {
        super(reason);
    }
}
