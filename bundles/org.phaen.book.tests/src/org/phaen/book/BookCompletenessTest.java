/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.phaen.book.action.ActionPlanBook;
import org.phaen.book.strategic.StrategicBook;
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
 * The books of the sample plans, written as DOCX and read back with POI, hold every element they are about: found by
 * the bookmark named from its UUID and by its text as the book writes it (Thai digits).
 */
class BookCompletenessTest {

    private final BookText thai = new BookText(BookOptions.strategic());

    @Test
    void theStrategicBookHoldsEveryIssueGoalIndicatorTargetStrategyAndProject() throws Exception {
        StrategicPlan plan = Samples.regional();
        try (XWPFDocument doc = Samples.written(StrategicBook.of(plan, BookOptions.strategic()), "R17-SP")) {
            BookDocx book = new BookDocx(doc);
            String text = book.text();
            List<String> missing = new ArrayList<>();
            int targets = 0;
            for (StrategicIssue issue : plan.getStrategicIssues()) {
                check(book, text, issue, missing);
                for (Goal goal : issue.getGoals()) {
                    check(book, text, goal, missing);
                    for (Indicator indicator : goal.getIndicators()) {
                        targets += checkTargets(book, indicator, plan.getStartYear(), missing);
                    }
                }
                for (Strategy strategy : issue.getStrategies()) {
                    check(book, text, strategy, missing);
                    for (Indicator indicator : strategy.getIndicators()) {
                        targets += checkTargets(book, indicator, plan.getStartYear(), missing);
                    }
                }
            }
            List<ActionPlan> actionPlans = Related.actionPlans(plan);
            assertFalse(
                    actionPlans.isEmpty(),
                    "the provincial action plan serves the regional plan through its alignments");
            int projects = 0;
            for (ActionPlan ap : actionPlans) {
                for (Project project : ap.getProjects()) {
                    if (!Related.served(project, plan).isEmpty()) {
                        projects++;
                        check(book, text, project, missing);
                        book.row(project.getUuid()).ifPresent(row -> {
                            if (!BookDocx.cells(row).contains(thai.money(Budgets.total(project)))) {
                                missing.add("budget total of " + project.getCode());
                            }
                        });
                    }
                }
            }
            assertEquals(List.of(), missing);
            assertTrue(targets >= 5 * 16, "every fiscal year's target of every indicator: " + targets);
            assertTrue(projects >= 10, "projects serving the regional strategies: " + projects);
        }
    }

    @Test
    void theActionPlanBookHoldsEveryProjectActivityAndBudgetLine() throws Exception {
        ActionPlan plan = Samples.provincialActionPlan();
        try (XWPFDocument doc = Samples.written(ActionPlanBook.of(plan, BookOptions.actionPlan(2562)), "PLK-AP2562")) {
            BookDocx book = new BookDocx(doc);
            String text = book.text();
            List<String> missing = new ArrayList<>();
            int lines = 0;
            for (Project project : plan.getProjects()) {
                check(book, text, project, missing);
                project.getActivities().forEach(a -> check(book, text, a, missing));
                for (BudgetLine line : project.getBudgetLines()) {
                    lines++;
                    XWPFTableRow row = book.row(line.getUuid()).orElse(null);
                    if (row == null
                            || !BookDocx.cells(row).contains(thai.money(line.getAmount()))
                            || !BookDocx.cells(row).get(0).equals(thai.digits(line.getDescription()))) {
                        missing.add("budget line " + line.getUuid() + " of " + project.getCode());
                    }
                }
            }
            assertEquals(List.of(), missing);
            assertTrue(lines >= 14, "budget lines: " + lines);
            assertTrue(text.contains(thai.money(Budgets.total(plan))), "the grand total");
        }
    }

    private void check(BookDocx book, String text, Named element, List<String> missing) {
        if (!book.hasBookmark(element.getUuid())) {
            missing.add("bookmark of " + element.getCode());
        }
        if (!text.contains(thai.name(element))) {
            missing.add("text of " + element.getCode() + ": " + thai.name(element));
        }
    }

    /** The indicator's row, and in it the target of every fiscal year the indicator has; returns how many targets. */
    private int checkTargets(BookDocx book, Indicator indicator, int startYear, List<String> missing) {
        XWPFTableRow row = book.row(indicator.getUuid()).orElse(null);
        if (row == null) {
            missing.add("row of indicator " + indicator.getCode());
            return 0;
        }
        List<String> cells = BookDocx.cells(row);
        if (!cells.get(0).equals(thai.name(indicator))) {
            missing.add("name of indicator " + indicator.getCode());
        }
        for (Target t : indicator.getTargets()) {
            String value = t.getValue() != null ? thai.value(t.getValue()) : thai.digits(t.getText());
            int column = 3 + t.getFiscalYear() - startYear; // indicator, unit, baseline, then the years
            if (column >= cells.size() || !cells.get(column).equals(value)) {
                missing.add(
                        "target " + t.getFiscalYear() + " of " + indicator.getCode() + " (" + value + ") in " + cells);
            }
        }
        return indicator.getTargets().size();
    }
}
