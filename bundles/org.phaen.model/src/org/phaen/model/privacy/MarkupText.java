/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader of an HTML, SVG or XML file can see, for the scan after writing: the text with character
 * references decoded, once with the tags as they are (attributes such as {@code href} and {@code title} are
 * read too) and once with the tags taken out (a name split by {@code <b>} or a line break is one name again).
 */
public final class MarkupText {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");

    private MarkupText() {}

    /** The texts to scan of one markup file. */
    public static List<String> readable(String markup) {
        return List.of(decode(markup), decode(TAG.matcher(markup).replaceAll("")));
    }

    static String decode(String markup) {
        Matcher m = REFERENCE.matcher(markup);
        StringBuilder out = new StringBuilder(markup.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(character(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String character(String name, String whole) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) { // out of range: leave it as written
            return whole;
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00a0";
            case "shy" -> "\u00ad";
            case "zwsp" -> "\u200b";
            default -> whole;
        };
    }
}
