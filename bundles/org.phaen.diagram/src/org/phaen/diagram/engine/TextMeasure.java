/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.engine;

/** Measures label text for node sizes; pluggable so a client with its own fonts can supply its metrics. */
public interface TextMeasure {

    /** Width of the text in diagram units at the given font size. */
    double width(String text, double fontSize);

    /** Height of one line at the given font size (ascent, descent and leading: Thai marks above and below fit). */
    double lineHeight(double fontSize);
}
