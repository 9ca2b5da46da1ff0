/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.phaen.model.ActionPlan;
import org.phaen.model.Alignment;
import org.phaen.model.Goal;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.Named;
import org.phaen.model.Organization;
import org.phaen.model.Person;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanLevel;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.ReportingPeriod;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;

/**
 * Builders of plan models for rule tests, shared by the fixtures of each rule category. Each builder
 * creates one element with the code and name given, adds it to its container and returns it; the
 * category fixtures supply the names and values their messages expect. A null value is left unset.
 */
public final class Fixtures {

    public static final PhaenFactory F = PhaenFactory.eINSTANCE;

    private Fixtures() {}

    public static <T extends Named> T named(T element, String code, String name) {
        element.setCode(code);
        element.setName(name);
        return element;
    }

    public static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    public static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    /** The plan model (file root) holding the element. */
    public static PlanModel modelOf(EObject element) {
        return (PlanModel) EcoreUtil.getRootContainer(element);
    }

    public static StrategicPlan strategicPlan(PlanModel model, PlanLevel level, String code, String name) {
        StrategicPlan plan = named(F.createStrategicPlan(), code, name);
        if (level != null) {
            plan.setLevel(level);
        }
        model.getPlans().add(plan);
        return plan;
    }

    public static StrategicIssue issue(StrategicPlan plan, String code, String name) {
        StrategicIssue issue = named(F.createStrategicIssue(), code, name);
        plan.getStrategicIssues().add(issue);
        return issue;
    }

    public static Goal goal(StrategicIssue issue, String code, String name) {
        Goal goal = named(F.createGoal(), code, name);
        issue.getGoals().add(goal);
        return goal;
    }

    public static Strategy strategy(StrategicIssue issue, String code, String name, Goal... serves) {
        Strategy strategy = named(F.createStrategy(), code, name);
        strategy.getServesGoals().addAll(List.of(serves));
        issue.getStrategies().add(strategy);
        return strategy;
    }

    /** An alignment of no particular kind. */
    public static Alignment align(PlanElement from, PlanElement to) {
        Alignment alignment = F.createAlignment();
        alignment.setTarget(to);
        from.getAlignments().add(alignment);
        return alignment;
    }

    /** An action plan of the fiscal year (0: none). */
    public static ActionPlan actionPlan(PlanModel model, String code, String name, int fiscalYear) {
        ActionPlan plan = named(F.createActionPlan(), code, name);
        plan.setFiscalYear(fiscalYear);
        model.getPlans().add(plan);
        return plan;
    }

    public static Project project(ActionPlan plan, String code, String name, Strategy... strategies) {
        Project project = named(F.createProject(), code, name);
        project.getImplementsStrategies().addAll(List.of(strategies));
        plan.getProjects().add(project);
        return project;
    }

    public static Organization organization(PlanModel model, String code, String name) {
        Organization organization = named(F.createOrganization(), code, name);
        model.getOrganizations().add(organization);
        return organization;
    }

    public static Person person(PlanModel model, String code, String name) {
        Person person = named(F.createPerson(), code, name);
        model.getPeople().add(person);
        return person;
    }

    public static MonitoringPlan monitoringPlan(PlanModel model, String code, String name, int fiscalYear) {
        MonitoringPlan plan = named(F.createMonitoringPlan(), code, name);
        plan.setFiscalYear(fiscalYear);
        model.getMonitoringPlans().add(plan);
        return plan;
    }

    /** A reporting period over the ISO dates. */
    public static ReportingPeriod reportingPeriod(
            MonitoringPlan plan, String code, String name, String start, String end) {
        ReportingPeriod period = named(F.createReportingPeriod(), code, name);
        period.setStartDate(date(start));
        period.setEndDate(date(end));
        plan.getReportingPeriods().add(period);
        return period;
    }
}
