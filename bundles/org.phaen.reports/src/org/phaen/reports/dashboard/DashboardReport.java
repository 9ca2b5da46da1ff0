/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.dashboard;

import java.util.ArrayList;
import java.util.List;
import org.phaen.reports.internal.content.BudgetSection;
import org.phaen.reports.internal.content.IndicatorSection;
import org.phaen.reports.internal.content.ProjectSection;
import org.phaen.reports.internal.content.ThaiTexts;
import org.phaen.reports.internal.document.Block;
import org.phaen.reports.internal.document.Report;

/** The dashboard as report content: indicators, projects, budget by source, each with its chart. */
public final class DashboardReport {

    private DashboardReport() {}

    public static Report of(ProgressDashboard d) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, "1. " + ThaiTexts.text("dashboard.indicators")));
        blocks.addAll(IndicatorSection.blocks(
                ThaiTexts.text("indicators"), "indicators", d.scope().fiscalYear(), d.indicators()));
        blocks.add(new Block.Paragraph(IndicatorSection.RULES));
        blocks.add(new Block.Heading(2, "2. " + ThaiTexts.text("dashboard.projects")));
        blocks.addAll(ProjectSection.blocks(ThaiTexts.text("projects"), "projects", d.projects()));
        blocks.add(new Block.Heading(2, "3. " + ThaiTexts.text("budget.bySource")));
        blocks.addAll(BudgetSection.blocks(ThaiTexts.text("dashboard.budgetSheet"), "budget", d.budget()));
        return new Report(
                ThaiTexts.text("dashboard.title"),
                List.of(
                        d.plan().getName(),
                        d.scope().year().labelTh(),
                        ThaiTexts.period(d.scope().period(), d.scope().cutoff())),
                blocks);
    }
}
