/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.description;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.phaen.diagram.internal.Json;

/**
 * Reads a diagram description from JSON (the format of the files in the bundle's {@code descriptions/} folder).
 * Styles may be named once under {@code styles} and referred to by name; a style object lists only what differs from
 * {@link Style#DEFAULT}. A mapping with {@code children} is a container.
 */
public final class DescriptionReader {

    private final Map<String, Style> styles = new HashMap<>();

    private DescriptionReader() {}

    public static DiagramDescription read(InputStream in) throws IOException {
        return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    public static DiagramDescription read(String json) {
        Map<String, Object> root = object(Json.parse(json), "description");
        DescriptionReader reader = new DescriptionReader();
        object(root.getOrDefault("styles", Map.of()), "styles")
                .forEach((name, value) -> reader.styles.put(name, Style.DEFAULT.with(object(value, "style " + name))));
        List<Mapping> mappings = new ArrayList<>();
        for (Object m : list(root.get("mappings"))) {
            mappings.add(reader.mapping(object(m, "mapping")));
        }
        List<EdgeMapping> edges = new ArrayList<>();
        for (Object e : list(root.get("edges"))) {
            edges.add(reader.edge(object(e, "edge")));
        }
        return new DiagramDescription(
                text(root, "id"),
                text(root, "name"),
                String.valueOf(root.getOrDefault("direction", "DOWN")),
                mappings,
                edges);
    }

    private Mapping mapping(Map<String, Object> m) {
        String id = text(m, "id");
        NodeLook look = new NodeLook(
                Shape.valueOf(String.valueOf(m.getOrDefault("shape", "ROUNDED"))),
                style(m.get("style")),
                strings(m.getOrDefault("label", List.of("name"))),
                (String) m.get("icon"),
                decorations(m.get("decorations")));
        if (!m.containsKey("children")) {
            return new NodeMapping(id, text(m, "domainClass"), text(m, "candidates"), look);
        }
        List<Mapping> children = new ArrayList<>();
        for (Object child : list(m.get("children"))) {
            children.add(mapping(object(child, "mapping")));
        }
        return new ContainerMapping(id, text(m, "domainClass"), text(m, "candidates"), look, children);
    }

    private EdgeMapping edge(Map<String, Object> e) {
        return new EdgeMapping(
                text(e, "id"),
                strings(e.get("source")),
                text(e, "reference"),
                strings(e.get("target")),
                style(e.get("style")),
                Boolean.TRUE.equals(e.get("upward")));
    }

    private List<Decoration> decorations(Object value) {
        List<Decoration> decorations = new ArrayList<>();
        for (Object d : list(value)) {
            Map<String, Object> m = object(d, "decoration");
            Map<String, String> colors = new HashMap<>();
            object(m.getOrDefault("colors", Map.of()), "colors").forEach((k, v) -> colors.put(k, String.valueOf(v)));
            decorations.add(new Decoration(
                    text(m, "kind"),
                    (String) m.get("path"),
                    (String) m.get("labelFeature"),
                    (String) m.get("text"),
                    strings(m.getOrDefault("levels", List.of())),
                    colors,
                    object(m.getOrDefault("style", Map.of()), "style")));
        }
        return decorations;
    }

    private Style style(Object value) {
        if (value == null) {
            return Style.DEFAULT;
        }
        if (value instanceof String name) {
            Style named = styles.get(name);
            if (named == null) {
                throw new IllegalArgumentException("description: no style named " + name);
            }
            return named;
        }
        return Style.DEFAULT.with(object(value, "style"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String what) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException("description: " + what + " must be an object");
    }

    private static List<?> list(Object value) {
        return value == null ? List.of() : value instanceof List<?> l ? l : List.of(value);
    }

    /** A string or a list of strings. */
    private static List<String> strings(Object value) {
        return list(value).stream().map(String::valueOf).toList();
    }

    private static String text(Map<String, Object> m, String key) {
        if (m.get(key) instanceof String s && !s.isBlank()) {
            return s;
        }
        throw new IllegalArgumentException("description: missing \"" + key + "\" in " + m.keySet());
    }
}
