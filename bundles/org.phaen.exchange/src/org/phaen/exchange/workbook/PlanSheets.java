/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

import static org.phaen.model.PhaenPackage.Literals.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.phaen.model.ContactKind;

/**
 * The sheets of the plan workbook, in plan order, and what each shows: the one place that says which feature is
 * in which column. Kinds not listed (missions, measures, monitoring plans...) are left alone by an import.
 */
final class PlanSheets {

    /** Contact kinds shown for people; the national ID number is never put in a workbook. */
    private static final List<ContactKind> CONTACTS = List.of(
            ContactKind.PHONE,
            ContactKind.EMAIL,
            ContactKind.LINE_ID,
            ContactKind.ADDRESS,
            ContactKind.WEBSITE,
            ContactKind.OTHER);

    private PlanSheets() {}

    /** Every sheet, with one target column per fiscal year given. */
    static List<SheetKind> all(Collection<Integer> years) {
        List<Column> indicator = columns(
                NAMED__CODE,
                NAMED__NAME,
                NAMED__NAME_EN,
                INDICATOR__KIND,
                INDICATOR__UNIT,
                INDICATOR__VALUE_TYPE,
                INDICATOR__DIRECTION,
                INDICATOR__BASELINE_VALUE,
                INDICATOR__BASELINE_YEAR,
                INDICATOR__FREQUENCY,
                INDICATOR__DATA_SOURCE,
                INDICATOR__RESPONSIBLE);
        years.stream().sorted().forEach(year -> indicator.add(new TargetColumn(year)));
        List<Column> person = columns(
                PERSON__HONORIFIC,
                NAMED__NAME,
                NAMED__NAME_EN,
                NAMED__CODE,
                PERSON__ROLE,
                PERSON__AFFILIATION,
                PERSON__POSITION,
                PERSON__EXPERTISE);
        CONTACTS.forEach(kind -> person.add(new ContactColumn(kind)));
        return List.of(
                contained(
                        "issues",
                        STRATEGIC_ISSUE,
                        List.of(STRATEGIC_PLAN__STRATEGIC_ISSUES),
                        columns(
                                NAMED__CODE,
                                NAMED__NAME,
                                NAMED__NAME_EN,
                                NAMED__DESCRIPTION,
                                STRATEGIC_ISSUE__BUDGET_TOTAL)),
                contained(
                        "goals",
                        GOAL,
                        List.of(STRATEGIC_ISSUE__GOALS),
                        columns(NAMED__CODE, NAMED__NAME, NAMED__NAME_EN, NAMED__DESCRIPTION)),
                contained(
                        "indicators",
                        INDICATOR,
                        List.of(GOAL__INDICATORS, STRATEGY__INDICATORS, PROJECT__INDICATORS),
                        indicator),
                contained(
                        "strategies",
                        STRATEGY,
                        List.of(STRATEGIC_ISSUE__STRATEGIES),
                        columns(NAMED__CODE, NAMED__NAME, NAMED__NAME_EN, NAMED__DESCRIPTION, STRATEGY__SERVES_GOALS)),
                contained(
                        "projects",
                        PROJECT,
                        List.of(ACTION_PLAN__PROJECTS),
                        columns(
                                NAMED__CODE,
                                NAMED__NAME,
                                NAMED__NAME_EN,
                                PROJECT__IMPLEMENTS_STRATEGIES,
                                PROJECT__RESPONSIBLE_ORGANIZATION,
                                PROJECT__RESPONSIBLE_PERSON,
                                PROJECT__PARTNERS,
                                PROJECT__START_DATE,
                                PROJECT__END_DATE,
                                PROJECT__STATUS,
                                PROJECT__PROJECT_KIND,
                                PROJECT__BUDGET_PROGRAMME,
                                PROJECT__BUDGET_TOTAL,
                                PROJECT__LOCATION,
                                PROJECT__RATIONALE,
                                PROJECT__OBJECTIVES,
                                PROJECT__OUTPUTS,
                                PROJECT__OUTCOMES,
                                PROJECT__MEASURED_BY,
                                PROJECT__SDG_GOALS,
                                NAMED__DESCRIPTION)),
                contained(
                        "activities",
                        ACTIVITY,
                        List.of(PROJECT__ACTIVITIES),
                        columns(
                                NAMED__CODE,
                                NAMED__NAME,
                                ACTIVITY__START_DATE,
                                ACTIVITY__END_DATE,
                                ACTIVITY__RESPONSIBLE,
                                NAMED__DESCRIPTION)),
                contained(
                        "milestones",
                        MILESTONE,
                        List.of(ACTIVITY__MILESTONES),
                        columns(NAMED__CODE, NAMED__NAME, MILESTONE__DUE_DATE, MILESTONE__DELIVERABLE)),
                contained(
                        "budget",
                        BUDGET_LINE,
                        List.of(PROJECT__BUDGET_LINES),
                        columns(
                                BUDGET_LINE__DESCRIPTION,
                                BUDGET_LINE__SOURCE,
                                BUDGET_LINE__CATEGORY,
                                BUDGET_LINE__AMOUNT,
                                BUDGET_LINE__STATUS,
                                BUDGET_LINE__ACTIVITY)),
                contained(
                        "spending",
                        SPENDING_PLAN_ENTRY,
                        List.of(PROJECT__SPENDING_PLAN),
                        columns(
                                SPENDING_PLAN_ENTRY__PERIOD_KIND,
                                SPENDING_PLAN_ENTRY__SEQUENCE,
                                SPENDING_PLAN_ENTRY__AMOUNT,
                                SPENDING_PLAN_ENTRY__SOURCE)),
                top(
                        "organisations",
                        ORGANIZATION,
                        PLAN_MODEL__ORGANIZATIONS,
                        columns(
                                NAMED__CODE,
                                NAMED__NAME,
                                NAMED__NAME_EN,
                                ORGANIZATION__KIND,
                                ORGANIZATION__PARENT,
                                ORGANIZATION__PROVINCE,
                                ORGANIZATION__ADDRESS,
                                ORGANIZATION__WEBSITE)),
                top("people", PERSON, PLAN_MODEL__PEOPLE, person),
                top(
                        "mous",
                        MOU,
                        PLAN_MODEL__MOUS,
                        columns(
                                NAMED__CODE,
                                NAMED__NAME,
                                MOU__PARTIES,
                                MOU__SIGNED_ON,
                                MOU__START_DATE,
                                MOU__END_DATE,
                                MOU__SCOPE,
                                MOU__PROJECTS)),
                top(
                        "committees",
                        COMMITTEE,
                        PLAN_MODEL__COMMITTEES,
                        columns(
                                NAMED__CODE,
                                NAMED__NAME,
                                COMMITTEE__KIND,
                                COMMITTEE__ORDER_NUMBER,
                                COMMITTEE__ORDER_DATE,
                                COMMITTEE__APPOINTED_BY,
                                COMMITTEE__MANDATE)),
                contained(
                        "members",
                        MEMBERSHIP,
                        List.of(COMMITTEE__MEMBERSHIPS),
                        columns(
                                MEMBERSHIP__PERSON,
                                MEMBERSHIP__ORGANIZATION,
                                MEMBERSHIP__POSITION,
                                MEMBERSHIP__ROLE,
                                MEMBERSHIP__START_DATE,
                                MEMBERSHIP__END_DATE)));
    }

    private static SheetKind contained(String id, EClass type, List<EReference> containers, List<Column> columns) {
        return new SheetKind(id, type, containers, null, columns);
    }

    private static SheetKind top(String id, EClass type, EReference feature, List<Column> columns) {
        return new SheetKind(id, type, List.of(), feature, columns);
    }

    private static List<Column> columns(EStructuralFeature... features) {
        List<Column> columns = new ArrayList<>();
        for (EStructuralFeature feature : features) {
            columns.add(
                    feature instanceof EReference reference
                            ? new ReferenceColumn(reference)
                            : new AttributeColumn((EAttribute) feature, width(feature)));
        }
        return columns;
    }

    private static int width(EStructuralFeature feature) {
        Class<?> type = feature.getEType().getInstanceClass();
        if (feature.isMany()
                || feature == NAMED__NAME
                || feature == NAMED__DESCRIPTION
                || feature == PROJECT__RATIONALE) {
            return 50;
        }
        return type == String.class ? 24 : 14;
    }
}
