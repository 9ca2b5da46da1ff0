/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.description;

import java.util.Map;

/**
 * How a node, container or edge looks: colours as CSS hex strings, a font family list that reaches a Thai-capable font
 * (SVG and the GLSP client take it as CSS {@code font-family}), sizes in diagram units.
 */
public record Style(
        String fill,
        String stroke,
        String textColor,
        String fontFamily,
        double fontSize,
        double strokeWidth,
        boolean dashed) {

    /** Sarabun first (what Thai government documents use), then metric-compatible and generic fallbacks. */
    public static final String THAI_FONTS = "Sarabun, 'TH Sarabun New', Laksaman, 'Noto Sans Thai', sans-serif";

    public static final Style DEFAULT = new Style("#ffffff", "#455a64", "#212121", THAI_FONTS, 14, 1, false);

    /** This style with the keys present in {@code values} replaced; descriptions write only what differs. */
    public Style with(Map<String, Object> values) {
        return new Style(
                string(values, "fill", fill),
                string(values, "stroke", stroke),
                string(values, "textColor", textColor),
                string(values, "fontFamily", fontFamily),
                number(values, "fontSize", fontSize),
                number(values, "strokeWidth", strokeWidth),
                values.containsKey("dashed") ? Boolean.TRUE.equals(values.get("dashed")) : dashed);
    }

    private static String string(Map<String, Object> values, String key, String otherwise) {
        Object v = values.get(key);
        return v == null ? otherwise : v.toString();
    }

    private static double number(Map<String, Object> values, String key, double otherwise) {
        return values.get(key) instanceof Number n ? n.doubleValue() : otherwise;
    }
}
