/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.emenscr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.phaen.exchange.workbook.WorkbookWords;
import org.phaen.model.ActionPlan;
import org.phaen.model.Activity;
import org.phaen.model.BudgetLine;
import org.phaen.model.ContactDetail;
import org.phaen.model.Indicator;
import org.phaen.model.Named;
import org.phaen.model.Organization;
import org.phaen.model.PeriodKind;
import org.phaen.model.Person;
import org.phaen.model.PhaenPackage;
import org.phaen.model.PlanElement;
import org.phaen.model.Project;
import org.phaen.model.SpendingPlanEntry;
import org.phaen.model.calendar.ThaiDates;
import org.phaen.model.privacy.Consents;

/**
 * What the eMENSCR sheet says of one project, worked out from the plan: the agency, the contact (within the
 * person's consent), the alignment by plan level, the KPIs with the year's target, budget by source and by
 * category, the activities with their dates, and the quarters' figures from the store.
 */
record ProjectRecord(
        Project project,
        ActionPlan actionPlan,
        AlignmentLevels levels,
        QuarterFigures.Figures quarters,
        LocalDate today,
        Map<String, String> words) {

    Organization agency() {
        return project.getResponsibleOrganization() != null
                ? project.getResponsibleOrganization()
                : actionPlan.getOwnerAgency();
    }

    /** The responsible person's name and position, or "withheld" when no consent in force covers the name. */
    String contactPerson() {
        Person person = project.getResponsiblePerson();
        if (person == null) {
            return null;
        }
        if (!Consents.coverName(person, today)) {
            return words.get("withheld");
        }
        String name = (person.getHonorific() == null ? "" : person.getHonorific()) + person.getName();
        return person.getPosition() == null ? name : name + " (" + person.getPosition() + ")";
    }

    /** The contact details the person consented to publish, one a line. */
    List<String> contactDetails() {
        Person person = project.getResponsiblePerson();
        if (person == null || !Consents.coverName(person, today)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (ContactDetail contact : person.getContacts()) {
            if (Consents.cover(person, contact, today) && contact.getValue() != null) {
                lines.add(literal(contact.getKind()) + ": " + contact.getValue());
            }
        }
        return lines;
    }

    /** Each KPI (the project's own indicators and those measuring it) with the target of the action plan's year. */
    List<String> kpis() {
        Set<Indicator> indicators = new LinkedHashSet<>(project.getIndicators());
        indicators.addAll(project.getMeasuredBy());
        List<String> lines = new ArrayList<>();
        for (Indicator indicator : indicators) {
            String target = indicator.getTargets().stream()
                    .filter(t -> t.getFiscalYear() == actionPlan.getFiscalYear())
                    .findFirst()
                    .map(t -> t.getValue() != null ? t.getValue().toPlainString() : t.getText())
                    .orElse("-");
            lines.add(label(indicator) + ": " + words.get("target") + " " + target
                    + (indicator.getUnit() == null ? "" : " " + indicator.getUnit()));
        }
        return lines;
    }

    List<String> targetGroups() {
        return project.getTargetGroups().stream()
                .map(g -> g.getDescription()
                        + (g.getQuantity() > 0
                                ? " " + g.getQuantity() + (g.getUnit() == null ? "" : " " + g.getUnit())
                                : ""))
                .toList();
    }

    BigDecimal budget() {
        if (project.getBudgetTotal() != null) {
            return project.getBudgetTotal();
        }
        return project.getBudgetLines().stream()
                .map(BudgetLine::getAmount)
                .filter(a -> a != null)
                .reduce(BigDecimal::add)
                .orElse(null);
    }

    /** Budget lines summed by a key (source, category), one "key: amount" a line. */
    List<String> budgetBy(Function<BudgetLine, String> key) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (BudgetLine line : project.getBudgetLines()) {
            if (line.getAmount() != null) {
                sums.merge(key.apply(line), line.getAmount(), BigDecimal::add);
            }
        }
        return sums.entrySet().stream()
                .map(e -> e.getKey() + ": " + String.format(java.util.Locale.ROOT, "%,.2f", e.getValue()))
                .toList();
    }

    /**
     * The spending planned for a quarter of the fiscal year: the plan's quarter entries and its month entries of
     * that quarter (months 1-3 are quarter 1); null when the spending plan says nothing of the quarter.
     */
    BigDecimal plannedSpending(int quarter) {
        BigDecimal sum = null;
        for (SpendingPlanEntry entry : project.getSpendingPlan()) {
            boolean inQuarter = entry.getPeriodKind() == PeriodKind.QUARTER
                    ? entry.getSequence() == quarter
                    : entry.getPeriodKind() == PeriodKind.MONTH && (entry.getSequence() + 2) / 3 == quarter;
            if (entry.isSetPeriodKind() && inQuarter && entry.getAmount() != null) {
                sum = sum == null ? entry.getAmount() : sum.add(entry.getAmount());
            }
        }
        return sum;
    }

    List<String> activities() {
        return project.getActivities().stream().map(ProjectRecord::scheduled).toList();
    }

    private static String scheduled(Activity activity) {
        String name = activity.getName();
        if (activity.getStartDate() == null && activity.getEndDate() == null) {
            return name;
        }
        return name + " (" + date(activity.getStartDate()) + " - " + date(activity.getEndDate()) + ")";
    }

    private static String date(LocalDate date) {
        return date == null ? "?" : ThaiDates.formatNumeric(date);
    }

    static String label(Named element) {
        return element.getCode() == null ? element.getName() : element.getCode() + " " + element.getName();
    }

    static List<String> labels(List<? extends PlanElement> elements) {
        return elements.stream().map(ProjectRecord::label).toList();
    }

    /** An enumeration value's Thai label, as the workbench shows it. */
    static String literal(Enumerator value) {
        return value == null
                ? null
                : WorkbookWords.THAI.literal(value, (EEnum)
                        PhaenPackage.eINSTANCE.getEClassifier(value.getClass().getSimpleName()));
    }
}
