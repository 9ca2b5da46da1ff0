/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.monitoring;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.phaen.model.DriveActivity;
import org.phaen.model.PhaenPackage.Literals;
import org.phaen.model.PlanLevel;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.ChangedElements;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-MON-004: each strategic issue of a regional or provincial plan is communicated or reviewed by a drive activity. */
public final class StrategicIssueDriven extends AbstractRule<StrategicIssue> {

    public StrategicIssueDriven() {
        super("PH-MON-004", Severity.WARNING, StrategicIssue.class);
    }

    @Override
    protected void verify(StrategicIssue issue, RuleContext context, Findings findings) {
        if (!(issue.eContainer() instanceof StrategicPlan plan)
                || !plan.isSetLevel()
                || plan.getLevel() != PlanLevel.REGIONAL_STRATEGIC_PLAN
                        && plan.getLevel() != PlanLevel.PROVINCIAL_EDUCATION_PLAN) {
            return;
        }
        Set<?> driven = MonitoringIndexes.driven(context);
        if (!driven.contains(issue)
                && issue.getGoals().stream().noneMatch(driven::contains)
                && issue.getStrategies().stream().noneMatch(driven::contains)) {
            findings.report(issue);
        }
    }

    /** A drive activity's kind or subjects change the finding on the issues it is about. */
    @Override
    public Collection<? extends EObject> alsoAffectedBy(Notification change, RuleContext context) {
        if (!(change.getNotifier() instanceof DriveActivity
                || change.getFeature() == Literals.PLAN_MODEL__DRIVE_ACTIVITIES)) {
            return List.of();
        }
        Set<EObject> issues = new LinkedHashSet<>();
        ChangedElements.eachInvolved(change, element -> {
            if (element instanceof DriveActivity activity) {
                activity.getRelatedElements().forEach(related -> addIssue(related, issues));
            } else {
                addIssue(element, issues);
            }
        });
        return issues;
    }

    private static void addIssue(EObject element, Set<EObject> issues) {
        if (element instanceof StrategicIssue) {
            issues.add(element);
        } else if (element.eContainer() instanceof StrategicIssue issue) {
            issues.add(issue);
        }
    }
}
