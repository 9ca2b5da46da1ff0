package org.phaen.reports.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.phaen.documents.Wording;
import org.phaen.model.Organization;
import org.phaen.model.calendar.ThaiDates;
import org.phaen.reports.content.BudgetSection;
import org.phaen.reports.content.IndicatorSection;
import org.phaen.reports.content.ProjectSection;
import org.phaen.reports.content.SourceBudget;
import org.phaen.reports.content.ThaiTexts;
import org.phaen.reports.document.Block;
import org.phaen.reports.document.Cell;
import org.phaen.reports.document.Report;
import org.phaen.reports.document.Tone;

/** The action-plan summary as report content: one part per strategic issue, then the plan's budget and the schedule. */
public final class SummaryReport {

    private SummaryReport() {
    }

    public static Report of(ActionPlanSummary s) {
        List<Block> blocks = new ArrayList<>();
        int n = 1;
        for (IssueSummary issue : s.issues()) {
            String title = issue.issue() == null ? "โครงการที่ไม่ได้เชื่อมโยงกับประเด็นยุทธศาสตร์" : ThaiTexts.label(issue.issue());
            blocks.add(new Block.Heading(2, n + ". " + title));
            blocks.add(new Block.Paragraph("จำนวนโครงการ " + issue.projects().size() + " โครงการ"));
            blocks.add(ProjectSection.table("ประเด็น " + n + " โครงการ", issue.projects()));
            blocks.add(BudgetSection.table("ประเด็น " + n + " งบประมาณ", issue.budget()));
            if (!issue.indicators().isEmpty()) {
                blocks.add(IndicatorSection.table("ประเด็น " + n + " ตัวชี้วัด", s.scope().fiscalYear(), issue.indicators()));
            }
            n++;
        }
        blocks.add(new Block.Paragraph(IndicatorSection.RULES));
        blocks.add(new Block.Heading(2, n++ + ". งบประมาณทั้งแผนจำแนกตามแหล่งงบประมาณ"));
        blocks.addAll(BudgetSection.blocks("งบประมาณทั้งแผน", "budget", SourceBudget.of(s.allProjects())));
        blocks.add(new Block.Heading(2, n + ". การรายงานผลตามกำหนด"));
        blocks.add(schedule(s));
        String period = s.scope().period() == null ? "ทั้งปีงบประมาณ" : s.scope().period().getName();
        return new Report("รายงานสรุปผลการดำเนินงานตามแผนปฏิบัติราชการ จำแนกตามประเด็นยุทธศาสตร์", List.of(s.plan().getName(),
            s.scope().year().labelTh(), "รอบการรายงาน: " + period + " (ข้อมูลถึงวันที่ " + ThaiDates.formatLong(s.scope().cutoff()) + ")",
            "สถานะการส่งรายงาน ณ วันที่ " + ThaiDates.formatLong(s.today())), blocks);
    }

    private static Block.Table schedule(ActionPlanSummary s) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ScheduleRow r : s.schedule()) {
            long late = r.daysLate(s.today());
            String state = r.state().labelTh() + (late > 0 ? " " + late + " วัน" : "")
                + (r.delivered() != null && !r.missing().isEmpty() ? " " + Wording.THAI.text("delivery.missing", names(r.missing())) : "");
            rows.add(List.of(
                Cell.text(ThaiTexts.name(r.report())),
                Cell.text(r.report().getPeriod() == null ? "-" : r.report().getPeriod().getName()),
                Cell.text(r.due() == null ? "-" : ThaiDates.formatLong(r.due())),
                Cell.text(r.delivered() == null ? "-" : ThaiDates.formatLong(r.delivered())),
                Cell.text(names(r.planned())),
                Cell.text(r.delivered() == null ? "-" : names(r.sentTo())).toned(r.delivered() != null && !r.missing().isEmpty() ? Tone.FAIR : Tone.NONE),
                Cell.number(BigDecimal.valueOf(late), Long.toString(late)).toned(r.state().tone()),
                Cell.text(state).toned(r.state().tone())));
        }
        return new Block.Table("การส่งรายงาน", List.of("รายงาน", "รอบ", "กำหนดส่ง", "วันที่ส่ง", "ผู้รับตามกำหนด", "ส่งถึง",
            "ล่าช้า (วัน)", "สถานะ"), List.of(22, 14, 10, 10, 16, 16, 6, 10), rows);
    }

    private static String names(List<Organization> organizations) {
        return organizations.isEmpty() ? "-" : organizations.stream().map(ThaiTexts::name).collect(Collectors.joining(", "));
    }
}
