/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.internal.document;

/**
 * The few colours a report uses to flag a value, the same in HTML, SVG, DOCX and XLSX. Fills are light so
 * black text stays readable in print; the bar colour is the strong variant.
 */
public enum Tone {
    NONE("FFFFFF", "9E9E9E"),
    GOOD("C8E6C9", "2E7D32"),
    FAIR("FFF3C4", "F9A825"),
    BAD("FFCDD2", "C62828"),
    MUTED("E0E0E0", "757575");

    private final String fill;
    private final String strong;

    Tone(String fill, String strong) {
        this.fill = fill;
        this.strong = strong;
    }

    /** Cell background, RRGGBB without '#'. */
    public String fill() {
        return fill;
    }

    /** Bar and marker colour, RRGGBB without '#'. */
    public String strong() {
        return strong;
    }

    public String cssClass() {
        return "tone-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
