package org.phaen.validation;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The findings of one validation run, in a stable order (file, rule, element). */
public final class ValidationReport {

    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> Objects.toString(f.file(), ""))
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::elementLabel)
            .thenComparing(Finding::messageEn);

    private final List<Finding> findings;

    public ValidationReport(List<Finding> findings) {
        this.findings = findings.stream().sorted(ORDER).toList();
    }

    public List<Finding> findings() {
        return findings;
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}
