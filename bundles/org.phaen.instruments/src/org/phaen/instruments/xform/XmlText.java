/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.xform;

/**
 * Text from the model made safe for XML 1.0. The serializer escapes {@code < & "}, but characters XML 1.0 forbids
 * outright (control characters pasted from a spreadsheet, lone surrogates) would still make the whole form
 * unreadable, so they are dropped here.
 */
public final class XmlText {

    private XmlText() {}

    /** {@code text} without the characters XML 1.0 does not allow; {@code null} gives {@code ""}. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::allowed).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The first non-blank of the candidates, cleaned; {@code ""} when all are blank. */
    public static String firstOf(String... candidates) {
        for (String candidate : candidates) {
            String cleaned = clean(candidate).strip();
            if (!cleaned.isEmpty()) {
                return cleaned;
            }
        }
        return "";
    }

    private static boolean allowed(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
