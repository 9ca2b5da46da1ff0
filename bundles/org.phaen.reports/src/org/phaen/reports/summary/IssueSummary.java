/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.summary;

import java.util.List;
import org.phaen.model.StrategicIssue;
import org.phaen.reports.assess.IndicatorResult;
import org.phaen.reports.assess.ProjectResult;
import org.phaen.reports.internal.content.SourceBudget;

/**
 * One strategic issue of an action plan's strategic plan: the projects serving it, their budget, and the indicators of
 * the issue and of those projects. {@code issue} is null for the group of projects that serve no issue of that plan.
 */
public record IssueSummary(
        StrategicIssue issue,
        List<ProjectResult> projects,
        List<SourceBudget> budget,
        List<IndicatorResult> indicators) {}
