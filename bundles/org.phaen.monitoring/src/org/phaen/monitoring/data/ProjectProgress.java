/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
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
