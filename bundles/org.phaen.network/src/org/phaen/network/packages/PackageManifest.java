/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.packages;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.txt}, the package's table of contents (docs/package-format.md): who sent it, when, for which fiscal
 * year and period, the model version its plans were written in, the plans (UUID, code, whether they are the sender's
 * own or context such as the regional plan) and the SHA-256 and size of every other entry. UTF-8 lines "Key: value".
 */
public record PackageManifest(
        String officeUuid,
        String officeCode,
        String officeName,
        Instant created,
        String modelVersion,
        int fiscalYear,
        String period,
        List<Plan> plans,
        Map<String, Entry> entries) {

    public static final String NAME = "manifest.txt";
    public static final String FORMAT = "1";

    /** A plan file in the package; {@code own} plans are the sender's, the others context they link to. */
    public record Plan(String uuid, String code, boolean own, String path) {}

    public record Entry(String sha256, long size, String path) {}

    public byte[] toBytes() {
        StringBuilder text = new StringBuilder();
        line(text, "Phaen-Package-Format", FORMAT);
        line(text, "Office-Uuid", officeUuid);
        line(text, "Office-Code", officeCode);
        line(text, "Office-Name", officeName);
        line(text, "Created", created.toString());
        line(text, "Model-Version", modelVersion);
        line(text, "Fiscal-Year", Integer.toString(fiscalYear));
        line(text, "Period", period);
        plans.forEach(p ->
                line(text, "Plan", p.uuid() + " " + p.code() + " " + (p.own() ? "own" : "context") + " " + p.path()));
        entries.values().forEach(e -> line(text, "Entry", e.sha256() + " " + e.size() + " " + e.path()));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder text, String key, String value) {
        if (value.contains("\n") || value.contains("\r")) {
            throw new IllegalArgumentException(key + " holds a line break");
        }
        text.append(key).append(": ").append(value).append('\n');
    }

    public static PackageManifest parse(byte[] bytes) throws PackageRefusedException {
        Map<String, String> single = new LinkedHashMap<>();
        List<Plan> plans = new ArrayList<>();
        Map<String, Entry> entries = new LinkedHashMap<>();
        try {
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                int colon = line.indexOf(": ");
                if (line.isEmpty()) {
                    continue;
                }
                if (colon < 0) {
                    throw new PackageRefusedException("the manifest has a line that is not 'Key: value': " + line);
                }
                String key = line.substring(0, colon), value = line.substring(colon + 2);
                String[] parts = value.split(" ", 4);
                switch (key) {
                    case "Plan" -> plans.add(new Plan(parts[0], parts[1], "own".equals(parts[2]), parts[3]));
                    case "Entry" -> {
                        String[] e = value.split(" ", 3);
                        if (entries.put(e[2], new Entry(e[0], Long.parseLong(e[1]), e[2])) != null) {
                            throw new PackageRefusedException("the manifest lists " + e[2] + " twice");
                        }
                    }
                    default -> single.put(key, value);
                }
            }
            if (!FORMAT.equals(single.get("Phaen-Package-Format"))) {
                throw new PackageRefusedException("not a Phaen package of format " + FORMAT + " (Phaen-Package-Format: "
                        + single.get("Phaen-Package-Format") + ")");
            }
            return new PackageManifest(
                    required(single, "Office-Uuid"),
                    required(single, "Office-Code"),
                    required(single, "Office-Name"),
                    Instant.parse(required(single, "Created")),
                    required(single, "Model-Version"),
                    Integer.parseInt(required(single, "Fiscal-Year")),
                    required(single, "Period"),
                    List.copyOf(plans),
                    entries);
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException | DateTimeParseException e) {
            throw new PackageRefusedException("the manifest is malformed: " + e.getMessage());
        }
    }

    private static String required(Map<String, String> values, String key) throws PackageRefusedException {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            throw new PackageRefusedException("the manifest has no " + key);
        }
        return value;
    }
}
