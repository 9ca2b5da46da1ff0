/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.xform;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Node names and the form id, made from codes a planner typed (which may hold {@code /}, {@code ..}, spaces or
 * only Thai). ODK tools expect ASCII names ({@code [A-Za-z_][A-Za-z0-9_.-]*}): pyxform, ODK Central and the CSV
 * exports all key columns on them, so anything else becomes {@code _}. One instance hands out names unique across
 * the whole form, compared without case, because XLSForm and spreadsheet exports treat names that way.
 */
final class XmlNames {

    private final Set<String> taken = new HashSet<>();

    /** Reserves a name the form needs for itself (the meta block). */
    void reserve(String name) {
        taken.add(name.toLowerCase(Locale.ROOT));
    }

    /** A fresh name from {@code code}; {@code stem} and {@code position} stand in when nothing usable is left. */
    String allocate(String code, String stem, int position) {
        String base = sanitise(code, stem, position);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "_" + n;
        }
        return name;
    }

    /**
     * {@code code} as an ASCII XML name: runs of other characters become one {@code _}, and a name that would
     * not start with a letter, or would start with the reserved {@code xml}, gets {@code stem_} in front.
     */
    static String sanitise(String code, String stem, int position) {
        String name = core(code);
        if (name.isEmpty()) {
            return stem + "_" + position;
        }
        boolean letterFirst = Character.isLetter(name.charAt(0)) || name.charAt(0) == '_';
        if (!letterFirst || name.toLowerCase(Locale.ROOT).startsWith("xml")) {
            return stem + "_" + name;
        }
        return name;
    }

    /** The ASCII name characters of {@code code}, other runs as one {@code _}, trimmed; may be empty. */
    static String core(String code) {
        StringBuilder out = new StringBuilder();
        String text = code == null ? "" : code.strip();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.');
            if (ok) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                out.append('_');
            }
        }
        return trim(out.toString());
    }

    /** Drops leading and trailing {@code _ . -}, so {@code ../x} gives {@code x}, not {@code _x}. */
    private static String trim(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && "_.-".indexOf(name.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && "_.-".indexOf(name.charAt(end - 1)) >= 0) {
            end--;
        }
        return name.substring(start, end);
    }
}
