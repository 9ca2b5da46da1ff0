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
import org.phaen.validation.Severity;

/** The findings as one JSON object, for scripts. */
final class JsonReport {

    private JsonReport() {}

    static void write(ReportFormat.Input input, PrintWriter out) {
        Language lang = input.language();
        List<Finding> findings = input.report().findings();
        out.println("{");
        out.printf(
                "  \"errors\": %d,%n  \"warnings\": %d,%n  \"findings\": [%n",
                input.report().count(Severity.ERROR), input.report().count(Severity.WARNING));
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            out.printf(
                    "    {\"rule\": %s, \"severity\": %s, \"file\": %s, \"line\": %d, \"element\": %s, \"label\": %s, "
                            + "\"message\": %s, \"hint\": %s}%s%n",
                    string(f.ruleId()),
                    string(f.severity().name().toLowerCase()),
                    string(input.path(f.file())),
                    input.line(f.file(), f.elementUuid()),
                    string(f.elementUuid()),
                    string(f.elementLabel()),
                    string(f.message(lang)),
                    string(f.hint(lang)),
                    i + 1 < findings.size() ? "," : "");
        }
        out.println("  ]");
        out.println("}");
    }
}
