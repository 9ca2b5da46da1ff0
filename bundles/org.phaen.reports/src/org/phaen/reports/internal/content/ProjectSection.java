/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.internal.content;

import java.util.ArrayList;
import java.util.List;
import org.phaen.documents.Wording;
import org.phaen.reports.assess.ProjectResult;
import org.phaen.reports.internal.document.BarChart;
import org.phaen.reports.internal.document.Block;
import org.phaen.reports.internal.document.Cell;
import org.phaen.reports.internal.document.Numbers;
import org.phaen.reports.internal.document.Tone;

/**
 * Projects: status, progress and money. Only the responsible organisation is named, never the responsible
 * person, so the same table serves the public pack.
 */
public final class ProjectSection {

    private ProjectSection() {}

    public static List<Block> blocks(String sheet, String chartName, List<ProjectResult> results) {
        return List.of(new Block.Chart(chartName, chart(results)), table(sheet, results));
    }

    public static Block.Table table(String sheet, List<ProjectResult> results) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ProjectResult r : results) {
            rows.add(List.of(
                    Cell.text(ThaiTexts.label(r.project())),
                    Cell.text(ThaiTexts.name(r.project().getResponsibleOrganization())),
                    status(r),
                    Cell.number(r.percentComplete(), Numbers.percent(r.percentComplete())),
                    Cell.number(r.allocatedTotal(), Numbers.baht(r.allocatedTotal())),
                    Cell.number(r.disbursedTotal(), Numbers.baht(r.disbursedTotal())),
                    Cell.number(
                            ThaiTexts.share(r.disbursedTotal(), r.allocatedTotal()),
                            Numbers.percent(ThaiTexts.share(r.disbursedTotal(), r.allocatedTotal()))),
                    Cell.text(r.asOf() == null ? "-" : r.asOf().getName())));
        }
        return new Block.Table(
                sheet, ThaiTexts.columns("project.columns"), List.of(30, 16, 11, 8, 11, 11, 8, 12), rows);
    }

    /** The status, flagged when it says completed at under 100% progress. */
    private static Cell status(ProjectResult r) {
        if (r.completedUnfinished()) {
            return Cell.text(ThaiTexts.status(r.status()) + " " + Wording.THAI.text("project.completedUnfinished"))
                    .toned(Tone.FAIR);
        }
        return Cell.text(ThaiTexts.status(r.status())).toned(ThaiTexts.tone(r.status()));
    }

    private static BarChart chart(List<ProjectResult> results) {
        List<BarChart.Group> groups = results.stream()
                .map(r -> new BarChart.Group(
                        r.project().getCode() == null
                                ? ThaiTexts.name(r.project())
                                : r.project().getCode(),
                        List.of(new BarChart.Bar(r.percentComplete(), ThaiTexts.tone(r.status())))))
                .toList();
        return new BarChart(
                ThaiTexts.text("project.chart"),
                "%",
                List.of(new BarChart.Series(ThaiTexts.text("project.series"), "1565C0")),
                groups,
                null);
    }
}
