/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

import org.eclipse.emf.ecore.EObject;
import org.phaen.model.ActionPlan;

/**
 * Which rows a workbook holds: the whole plan ({@code plan}), or one action plan's projects and what they contain
 * ({@code action-plan:CODE}); organisations, people, MOUs and committees are always there, for the references.
 */
public record WorkbookScope(String actionPlanCode) {

    public static final WorkbookScope PLAN = new WorkbookScope(null);

    /** {@code plan} or {@code action-plan:CODE}. */
    public static WorkbookScope parse(String text) {
        if (text == null || text.equals("plan")) {
            return PLAN;
        }
        if (text.startsWith("action-plan:") && text.length() > "action-plan:".length()) {
            return new WorkbookScope(text.substring("action-plan:".length()));
        }
        throw new IllegalArgumentException("the scope is 'plan' or 'action-plan:CODE', not '" + text + "'");
    }

    boolean includes(EObject element, SheetKind sheet) {
        if (actionPlanCode == null || !sheet.contained()) {
            return true;
        }
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof ActionPlan plan) {
                return actionPlanCode.equals(plan.getCode());
            }
        }
        return false;
    }
}
