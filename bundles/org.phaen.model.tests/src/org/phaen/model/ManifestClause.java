/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of an OSGi manifest header such as Export-Package or Require-Bundle: a name with its attributes
 * ({@code version="0.1.0"}) and directives ({@code x-internal:=true}), quotes removed. Commas and semicolons inside
 * quotes ({@code x-friends:="a,b"}, {@code version="[1.0,2.0)"}) do not split.
 */
record ManifestClause(String name, Map<String, String> parameters) {

    /** The entries of a header value; a clause naming several packages gives one entry per package. */
    static List<ManifestClause> parse(String header) {
        List<ManifestClause> clauses = new ArrayList<>();
        for (String clause : split(header, ',')) {
            List<String> names = new ArrayList<>();
            Map<String, String> parameters = new HashMap<>();
            for (String part : split(clause, ';')) {
                int equals = part.indexOf('=');
                if (equals < 0) {
                    names.add(part);
                } else {
                    String key = part.substring(0, equals).replace(":", "").trim();
                    parameters.put(key, part.substring(equals + 1).trim().replace("\"", ""));
                }
            }
            names.forEach(n -> clauses.add(new ManifestClause(n, parameters)));
        }
        return clauses;
    }

    /** An attribute or directive, or null when the clause has none of that name. */
    String attribute(String key) {
        return parameters.get(key);
    }

    /** Exported {@code x-internal:=true}, or named {@code ...internal...}: not part of the bundle's API. */
    boolean isInternal() {
        return "true".equals(parameters.get("x-internal")) || ("." + name + ".").contains(".internal.");
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                add(parts, part);
            } else {
                part.append(c);
            }
        }
        add(parts, part);
        return parts;
    }

    private static void add(List<String> parts, StringBuilder part) {
        String trimmed = part.toString().trim();
        if (!trimmed.isEmpty()) {
            parts.add(trimmed);
        }
        part.setLength(0);
    }
}
