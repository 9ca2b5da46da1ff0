package org.phaen.reports.data;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Baht a project disbursed from one funding source within one reporting period (not a running total).
 *
 * @param project the project's uuid
 * @param fundingSource the funding source's uuid
 * @param period the reporting period's uuid
 * @param amount baht, exact
 */
public record Disbursement(String project, String fundingSource, String period, BigDecimal amount) {

    public Disbursement {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(fundingSource, "fundingSource");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(amount, "amount");
    }
}
