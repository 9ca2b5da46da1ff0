/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The line on which each element (by uuid) starts in a plan file, so findings can point into the file. */
public final class ElementLines {

    private static final Pattern UUID = Pattern.compile("\\buuid=\"([^\"]+)\"");

    private ElementLines() {}

    public static Map<String, Integer> of(Path file) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                Matcher m = UUID.matcher(line);
                while (m.find()) {
                    lines.putIfAbsent(m.group(1), number);
                }
            }
        }
        return lines;
    }
}
