package org.phaen.reports.data;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A project's progress as reported for one period.
 *
 * @param project the project's uuid
 * @param period the reporting period's uuid
 * @param status the name of a {@link org.phaen.model.ProjectStatus} literal, or null when not reported
 * @param percentComplete 0-100, or null when not reported
 */
public record ProjectProgress(String project, String period, String status, BigDecimal percentComplete) {

    public ProjectProgress {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(period, "period");
    }
}
