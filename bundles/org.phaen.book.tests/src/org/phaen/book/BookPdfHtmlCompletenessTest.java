/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.book.action.ActionPlanBook;
import org.phaen.book.strategic.StrategicBook;
import org.phaen.documents.flow.FlowDocument;
import org.phaen.model.ActionPlan;
import org.phaen.model.BudgetLine;
import org.phaen.model.Goal;
import org.phaen.model.Indicator;
import org.phaen.model.Named;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;
import org.phaen.model.Target;
import org.phaen.model.query.Budgets;

/**
 * The PDF (read with PDFBox) and the HTML (read with jsoup) books of the sample plans hold every strategic issue, goal,
 * indicator with each fiscal year's target in its row, strategy, project with its budget total, activity and budget
 * line: found by the destination or id named from the element's UUID, and by its text as the book writes it.
 */
class BookPdfHtmlCompletenessTest {

    private final BookText thai = new BookText(BookOptions.strategic());

    @Test
    void theStrategicBookInPdfAndHtml() throws Exception {
        StrategicPlan plan = Samples.regional();
        FlowDocument book = StrategicBook.of(plan, BookOptions.strategic());
        for (BookFormat format : List.of(BookFormat.PDF, BookFormat.HTML)) {
            try (BookReading read = read(book, format, "R17-SP-completeness")) {
                List<String> missing = new ArrayList<>();
                int targets = 0, projects = 0;
                for (StrategicIssue issue : plan.getStrategicIssues()) {
                    check(read, issue, missing);
                    for (Goal goal : issue.getGoals()) {
                        check(read, goal, missing);
                        for (Indicator indicator : goal.getIndicators()) {
                            targets += checkRow(read, indicator, missing);
                        }
                    }
                    for (Strategy strategy : issue.getStrategies()) {
                        check(read, strategy, missing);
                        for (Indicator indicator : strategy.getIndicators()) {
                            targets += checkRow(read, indicator, missing);
                        }
                    }
                }
                for (ActionPlan ap : Related.actionPlans(plan)) {
                    for (Project project : ap.getProjects()) {
                        if (!Related.served(project, plan).isEmpty()) {
                            projects++;
                            check(read, project, missing);
                            expect(read, project, thai.money(Budgets.total(project)), "budget total", missing);
                        }
                    }
                }
                assertEquals(List.of(), missing, format.toString());
                assertTrue(targets >= 5 * 16, format + ": targets " + targets);
                assertTrue(projects >= 10, format + ": projects " + projects);
            }
        }
    }

    @Test
    void theActionPlanBookInPdfAndHtml() throws Exception {
        ActionPlan plan = Samples.provincialActionPlan();
        FlowDocument book = ActionPlanBook.of(plan, BookOptions.actionPlan(2562));
        for (BookFormat format : List.of(BookFormat.PDF, BookFormat.HTML)) {
            try (BookReading read = read(book, format, "PLK-AP2562-completeness")) {
                List<String> missing = new ArrayList<>();
                int lines = 0;
                for (Project project : plan.getProjects()) {
                    check(read, project, missing);
                    project.getActivities().forEach(a -> check(read, a, missing));
                    for (BudgetLine line : project.getBudgetLines()) {
                        lines++;
                        if (!read.has(line.getUuid())) {
                            missing.add("budget line " + line.getUuid() + " of " + project.getCode());
                        } else {
                            String row = read.at(line.getUuid());
                            if (!row.contains(BookPdf.squeeze(thai.money(line.getAmount())))
                                    || !row.contains(BookPdf.squeeze(thai.digits(line.getDescription())))) {
                                missing.add("budget line " + line.getUuid() + " of " + project.getCode() + ": " + row);
                            }
                        }
                    }
                }
                assertEquals(List.of(), missing, format.toString());
                assertTrue(lines >= 14, "budget lines: " + lines);
                assertTrue(
                        read.all().contains(BookPdf.squeeze(thai.money(Budgets.total(plan)))),
                        format + ": the grand total");
            }
        }
    }

    private static BookReading read(FlowDocument book, BookFormat format, String name) throws IOException {
        byte[] bytes = Samples.bytes(book, format);
        Path dir = Files.createDirectories(Path.of("target", "books"));
        Files.write(dir.resolve(name + "." + format.extension()), bytes);
        return format == BookFormat.PDF ? new BookPdf(bytes) : new BookHtml(bytes);
    }

    private void check(BookReading read, Named element, List<String> missing) {
        if (!read.has(element.getUuid())) {
            missing.add("anchor of " + element.getCode());
        }
        if (!read.all().contains(BookPdf.squeeze(thai.name(element)))) {
            missing.add("text of " + element.getCode() + ": " + thai.name(element));
        }
    }

    private void expect(BookReading read, Named element, String value, String what, List<String> missing) {
        try {
            if (!read.at(element.getUuid()).contains(BookPdf.squeeze(value))) {
                missing.add(what + " of " + element.getCode() + " (" + value + ")");
            }
        } catch (IOException e) {
            missing.add(what + " of " + element.getCode() + ": " + e);
        }
    }

    /** The indicator's row holds its name and every fiscal year's target; returns how many targets. */
    private int checkRow(BookReading read, Indicator indicator, List<String> missing) {
        check(read, indicator, missing);
        expect(read, indicator, thai.name(indicator), "name in the row", missing);
        for (Target t : indicator.getTargets()) {
            String value = t.getValue() != null ? thai.value(t.getValue()) : thai.digits(t.getText());
            expect(read, indicator, value, "target " + t.getFiscalYear(), missing);
        }
        return indicator.getTargets().size();
    }
}
