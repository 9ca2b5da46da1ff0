/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A page's size and the area text may fill, in points. Thai government documents keep 3 cm at the binding
 * edge (left), 2 cm right, 2.5 cm top and 2 cm bottom; a landscape page keeps the same margins on its long sides.
 */
public record PageFrame(float width, float height, float left, float right, float top, float bottom) {

    private static final float CM = 28.3465f;

    public static final PageFrame A4 = official(PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
    public static final PageFrame A4_LANDSCAPE = official(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    public static final PageFrame A3_LANDSCAPE = official(PDRectangle.A3.getHeight(), PDRectangle.A3.getWidth());

    /** Width and height in points with the official margins. */
    public static PageFrame official(float width, float height) {
        return new PageFrame(width, height, 3 * CM, width - 2 * CM, height - 2.5f * CM, 2 * CM);
    }

    public boolean landscape() {
        return width > height;
    }

    /** The width text may fill. */
    public float textWidth() {
        return right - left;
    }

    /** The height text may fill. */
    public float textHeight() {
        return top - bottom;
    }
}
