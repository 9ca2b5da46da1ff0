/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.cli;

import java.io.PrintWriter;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.RuleMessages;
import org.phaen.validation.Severity;

/** {@code file:line: error PH-ALN-001 message} lines with a hint under each, then a summary. */
final class TextReport {

    private TextReport() {}

    static void write(ReportFormat.Input input, PrintWriter out) {
        Language lang = input.language();
        for (Finding f : input.report().findings()) {
            int line = input.line(f.file(), f.elementUuid());
            out.printf(
                    "%s%s: %s %s %s%n",
                    input.path(f.file()),
                    line > 0 ? ":" + line : "",
                    f.severity().name().toLowerCase(),
                    f.ruleId(),
                    f.message(lang));
            out.printf("    %s%n", f.hint(lang));
        }
        long errors = input.report().count(Severity.ERROR);
        long warnings = input.report().count(Severity.WARNING);
        // Counts as text, so MessageFormat does not group them (1,200).
        out.println(RuleMessages.of(TextReport.class, "org/phaen/validation/cli/messages")
                .format(
                        lang,
                        "summary",
                        String.valueOf(errors),
                        String.valueOf(warnings),
                        String.valueOf(input.rules().size())));
    }
}
