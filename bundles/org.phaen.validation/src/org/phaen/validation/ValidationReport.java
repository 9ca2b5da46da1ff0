/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The findings of one validation run, in a stable order (file, rule, element). */
public final class ValidationReport {

    // Most neighbours share the file and rule as the same String object: compared by reference first, a sort of
    // 46,897 findings no longer reads "synthetic.phaen" and the rule ID through to the end at every step.
    private static final Comparator<Finding> ORDER = Comparator.comparing(
                    (Finding f) -> Objects.toString(f.file(), ""), ValidationReport::compare)
            .thenComparing(Finding::ruleId, ValidationReport::compare)
            .thenComparing(Finding::elementLabel)
            .thenComparing(Finding::messageEn);

    private final List<Finding> findings;

    /** A report of these findings, sorted by file, rule, element and message. */
    public ValidationReport(List<Finding> findings) {
        this.findings = findings.stream().sorted(ORDER).toList();
    }

    private static int compare(String a, String b) {
        return a == b ? 0 : a.compareTo(b);
    }

    /** Every finding, in the report's order; unmodifiable. */
    public List<Finding> findings() {
        return findings;
    }

    /** How many findings have the severity. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** True when a finding is an error ({@code phaen validate} then exits 1). */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}
