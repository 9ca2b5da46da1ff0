/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.html;

/**
 * Escaping for the three places user text lands in our HTML: element text, quoted attribute
 * values, and CSS strings inside the style element. Names come from users, so nothing they type
 * may open a tag, end an attribute or leave the style element. Public for the other HTML and SVG writers
 * (org.phaen.reports); the output is well-formed XML text as well.
 */
public final class Html {

    private Html() {}

    /** Text content (also safe inside a double-quoted attribute); null becomes empty. */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isSurrogate(c)) {
                        // Keep valid pairs, replace halves that would make the UTF-8 output invalid.
                        if (Character.isHighSurrogate(c)
                                && i + 1 < s.length()
                                && Character.isLowSurrogate(s.charAt(i + 1))) {
                            out.append(c).append(s.charAt(++i));
                        } else {
                            out.append('\uFFFD');
                        }
                    } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c < 0xA0) {
                        out.append('\uFFFD'); // control characters are parse errors in HTML
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A double-quoted attribute: {@code name="value"} with a leading space. */
    public static String attr(String name, String value) {
        return " " + name + "=\"" + text(value) + "\"";
    }

    /**
     * A CSS string literal for {@code content:}. Everything but letters, digits, space and Thai is
     * written as a hex escape, so neither a quote nor {@code </style>} can survive.
     */
    public static String cssString(String s) {
        StringBuilder out = new StringBuilder("\"");
        if (s != null) {
            s.codePoints().forEach(cp -> {
                if (Character.isLetterOrDigit(cp) || cp == ' ' || cp >= 0x0E00 && cp <= 0x0E7F) {
                    out.appendCodePoint(cp);
                } else {
                    out.append('\\').append(Integer.toHexString(cp)).append(' ');
                }
            });
        }
        return out.append('"').toString();
    }
}
