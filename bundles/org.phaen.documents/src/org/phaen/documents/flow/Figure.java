/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.flow;

/**
 * A slot for a vector drawing with its caption: {@code slot} names what belongs there (a logo, "strategy_map"),
 * so a renderer or a template can fill it; {@code drawing} is the drawing, or {@code null} while the slot is empty.
 */
public record Figure(String slot, String caption, Drawing drawing, String anchor) implements Block {

    /**
     * A drawing {@code widthPt} by {@code heightPt} points as SVG, with a PNG of it for formats that cannot show SVG
     * (may be {@code null}). The bytes are copied in and out, so the record stays immutable.
     */
    public record Drawing(String svg, byte[] png, double widthPt, double heightPt) {

        public Drawing {
            png = png == null ? null : png.clone();
        }

        @Override
        public byte[] png() {
            return png == null ? null : png.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Drawing d
                    && java.util.Objects.equals(svg, d.svg)
                    && java.util.Arrays.equals(png, d.png)
                    && widthPt == d.widthPt
                    && heightPt == d.heightPt;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(svg, java.util.Arrays.hashCode(png), widthPt, heightPt);
        }

        @Override
        public String toString() {
            return "Drawing[" + widthPt + "x" + heightPt + (png == null ? "" : ", png " + png.length + " bytes") + "]";
        }
    }

    @Override
    public Figure mapText(java.util.function.UnaryOperator<String> f) {
        return new Figure(slot, caption == null ? null : f.apply(caption), drawing, anchor);
    }

    public boolean empty() {
        return drawing == null;
    }
}
