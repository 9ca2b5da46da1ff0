/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.layout;

/**
 * A node position (relative to its parent, as nodes store it) a user fixed by hand; width and height are 0 when only the
 * position was fixed.
 */
public record Pin(double x, double y, double width, double height) {

    public Pin(double x, double y) {
        this(x, y, 0, 0);
    }

    public boolean hasSize() {
        return width > 0 && height > 0;
    }
}
