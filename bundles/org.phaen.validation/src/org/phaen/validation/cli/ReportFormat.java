/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.phaen.validation.Language;
import org.phaen.validation.Rule;
import org.phaen.validation.ValidationReport;

/** The output formats of {@code phaen validate}. */
public enum ReportFormat {
    TEXT,
    JSON,
    SARIF;

    /** What a writer needs: findings, rules, the language, and element lines per file name. */
    public record Input(
            ValidationReport report,
            List<Rule> rules,
            Language language,
            Map<String, Map<String, Integer>> lines,
            Map<String, String> paths) {

        /** The line of an element in its file, or 0 when unknown. */
        int line(String file, String uuid) {
            Map<String, Integer> byUuid = lines.get(file);
            Integer line = byUuid == null || uuid == null ? null : byUuid.get(uuid);
            return line == null ? 0 : line;
        }

        String path(String file) {
            return paths.getOrDefault(file, file);
        }
    }

    public void write(Input input, PrintWriter out) {
        switch (this) {
            case TEXT -> TextReport.write(input, out);
            case JSON -> JsonReport.write(input, out);
            case SARIF -> SarifReport.write(input, out);
        }
        out.flush();
    }
}
