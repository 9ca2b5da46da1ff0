package org.phaen.monitoring.data;

import java.math.BigDecimal;

/**
 * A project's progress in one reporting period.
 *
 * @param project the project's uuid
 * @param period the reporting period's uuid
 * @param status the name of a {@link org.phaen.model.ProjectStatus} literal, may be null
 * @param percentComplete 0-100, may be null when not reported
 * @param narrative problems, next steps and other text, may be null
 */
public record ProjectProgress(
        String project, String period, String status, BigDecimal percentComplete, String narrative) {

    public ProjectProgress {
        Rows.uuid(project, "project");
        Rows.uuid(period, "period");
    }
}
