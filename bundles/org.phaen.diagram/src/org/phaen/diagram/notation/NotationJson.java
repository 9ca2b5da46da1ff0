/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.notation;

import java.util.Locale;
import java.util.Map;
import org.phaen.diagram.internal.Json;
import org.phaen.diagram.layout.Pin;

/** Notation to and from its JSON text (format described on {@link NotationFile}). */
final class NotationJson {

    private NotationJson() {}

    static Notation read(String text) {
        if (!(Json.parse(text) instanceof Map<?, ?> root) || !NotationFile.FORMAT.equals(root.get("format"))) {
            throw new IllegalArgumentException("not a Phaen notation file");
        }
        Notation notation = new Notation();
        if (root.get("diagrams") instanceof Map<?, ?> diagrams) {
            diagrams.forEach((kind, nodes) -> {
                if (nodes instanceof Map<?, ?> byId) {
                    byId.forEach((id, pin) -> {
                        if (pin instanceof Map<?, ?> p
                                && p.get("x") instanceof Number x
                                && p.get("y") instanceof Number y) {
                            notation.pins(kind.toString())
                                    .put(
                                            id.toString(),
                                            new Pin(
                                                    x.doubleValue(),
                                                    y.doubleValue(),
                                                    number(p.get("width")),
                                                    number(p.get("height"))));
                        }
                    });
                }
            });
        }
        return notation;
    }

    static String write(Notation notation) {
        StringBuilder s = new StringBuilder("{\n  \"format\": \"")
                .append(NotationFile.FORMAT)
                .append("\",\n  \"version\": 1,\n  \"diagrams\": {");
        String kindSeparator = "\n";
        for (Map.Entry<String, Map<String, Pin>> diagram : notation.diagrams().entrySet()) {
            s.append(kindSeparator)
                    .append("    ")
                    .append(Json.quote(diagram.getKey()))
                    .append(": {");
            String separator = "\n";
            for (Map.Entry<String, Pin> e : diagram.getValue().entrySet()) {
                Pin p = e.getValue();
                s.append(separator)
                        .append("      ")
                        .append(Json.quote(e.getKey()))
                        .append(": {\"x\": ")
                        .append(num(p.x()))
                        .append(", \"y\": ")
                        .append(num(p.y()));
                if (p.hasSize()) {
                    s.append(", \"width\": ")
                            .append(num(p.width()))
                            .append(", \"height\": ")
                            .append(num(p.height()));
                }
                s.append('}');
                separator = ",\n";
            }
            s.append("\n    }");
            kindSeparator = ",\n";
        }
        return s.append("\n  }\n}\n").toString();
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }

    /** Shortest text that reads back as the same double (so pins survive a round trip exactly). */
    private static String num(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.format(Locale.ROOT, "%d", (long) value)
                : Double.toString(value);
    }
}
