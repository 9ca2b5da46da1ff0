/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.docx;

/**
 * Text as it may go into WordprocessingML. XML 1.0 cannot carry most control characters or lone
 * surrogate halves, and Word refuses a file that has them, so they become U+FFFD; everything else a
 * planner typed (markup, ampersands, quotes) stays as typed: POI escapes it.
 */
public final class DocxText {

    private DocxText() {}

    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)
                    || c < 0x20 && c != '\t'
                    || c >= 0x7F && c < 0xA0
                    || c == 0xFFFE
                    || c == 0xFFFF) {
                out.append('\uFFFD'); // also '\n' and '\r': a label is one line in our layout
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The bookmark that marks an item, so a filled form can be matched back to the model: "ph_" and
     * the uuid's letters and digits (a uuid's 32 hex digits). Word allows 40 characters in a name.
     */
    public static String bookmark(String uuid) {
        StringBuilder name = new StringBuilder("ph_");
        if (uuid != null) {
            uuid.chars().filter(c -> c < 0x80 && Character.isLetterOrDigit(c)).forEach(c -> name.append((char) c));
        }
        return name.length() > 40 ? name.substring(0, 40) : name.toString();
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
