package org.phaen.reports.dashboard;

import java.util.ArrayList;
import java.util.List;

import org.phaen.model.calendar.ThaiDates;
import org.phaen.reports.content.BudgetSection;
import org.phaen.reports.content.IndicatorSection;
import org.phaen.reports.content.ProjectSection;
import org.phaen.reports.document.Block;
import org.phaen.reports.document.Report;

/** The dashboard as report content: indicators, projects, budget by source, each with its chart. */
public final class DashboardReport {

    private DashboardReport() {
    }

    public static Report of(ProgressDashboard d) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(2, "1. ผลการดำเนินงานตามตัวชี้วัด"));
        blocks.addAll(IndicatorSection.blocks("ตัวชี้วัด", "indicators", d.scope().fiscalYear(), d.indicators()));
        blocks.add(new Block.Paragraph(IndicatorSection.RULES));
        blocks.add(new Block.Heading(2, "2. สถานะโครงการ"));
        blocks.addAll(ProjectSection.blocks("โครงการ", "projects", d.projects()));
        blocks.add(new Block.Heading(2, "3. งบประมาณจำแนกตามแหล่งงบประมาณ"));
        blocks.addAll(BudgetSection.blocks("งบประมาณตามแหล่ง", "budget", d.budget()));
        String period = d.scope().period() == null ? "ทั้งปีงบประมาณ" : d.scope().period().getName();
        return new Report("รายงานความก้าวหน้าการดำเนินงาน", List.of(d.plan().getName(), d.scope().year().labelTh(),
            "รอบการรายงาน: " + period + " (ข้อมูลถึงวันที่ " + ThaiDates.formatLong(d.scope().cutoff()) + ")"), blocks);
    }
}
