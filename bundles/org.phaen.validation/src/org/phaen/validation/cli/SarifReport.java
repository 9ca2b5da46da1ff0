/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.cli;

import static org.phaen.cli.spi.Json.string;

import java.io.PrintWriter;
import java.util.List;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.Rule;
import org.phaen.validation.Severity;

/** SARIF 2.1.0, so CI systems show findings on the plan files. */
final class SarifReport {

    private SarifReport() {}

    static void write(ReportFormat.Input input, PrintWriter out) {
        Language lang = input.language();
        out.println("{");
        out.println("  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",");
        out.println("  \"version\": \"2.1.0\",");
        out.println("  \"runs\": [{");
        out.println(
                "    \"tool\": {\"driver\": {\"name\": \"Phaen\", \"version\": \"0.1.0\", \"semanticVersion\": \"0.1.0\",");
        out.println("      \"informationUri\": \"https://www.phaen.org/\", \"rules\": [");
        List<Rule> rules = input.rules();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            out.printf(
                    "      {\"id\": %s, \"defaultConfiguration\": {\"level\": %s}}%s%n",
                    string(rule.id()), string(level(rule.severity())), i + 1 < rules.size() ? "," : "");
        }
        out.println("    ]}},");
        out.println("    \"results\": [");
        List<Finding> findings = input.report().findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            int line = input.line(f.file(), f.elementUuid());
            String region = line > 0 ? ", \"region\": {\"startLine\": " + line + "}" : "";
            out.printf(
                    "      {\"ruleId\": %s, \"level\": %s, \"message\": {\"text\": %s}, \"locations\": [{"
                            + "\"physicalLocation\": {\"artifactLocation\": {\"uri\": %s}%s}, "
                            + "\"logicalLocations\": [{\"name\": %s, \"fullyQualifiedName\": %s}]}]}%s%n",
                    string(f.ruleId()),
                    string(level(f.severity())),
                    string(f.message(lang) + " " + f.hint(lang)),
                    string(input.path(f.file())),
                    region,
                    string(f.elementLabel()),
                    string(f.elementUuid()),
                    i + 1 < findings.size() ? "," : "");
        }
        out.println("    ]");
        out.println("  }]");
        out.println("}");
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
