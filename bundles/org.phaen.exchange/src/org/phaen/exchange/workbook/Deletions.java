/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Removals asked by the delete column: an element goes (with what it contains) only when nothing else refers to
 * it or to anything inside it from outside what goes; otherwise the problem names each referrer.
 */
final class Deletions {

    private final org.phaen.model.PlanModel plan;
    private final List<String> problems;

    Deletions(org.phaen.model.PlanModel plan, List<String> problems) {
        this.plan = plan;
        this.problems = problems;
    }

    List<Edit> edits(List<SheetRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<EObject> going = new HashSet<>();
        for (SheetRow row : rows) {
            going.add(row.element());
            row.element().eAllContents().forEachRemaining(going::add);
        }
        Map<EObject, Collection<Setting>> usages =
                EcoreUtil.UsageCrossReferencer.findAll(going, plan.eResource().getResourceSet());
        List<Edit> edits = new ArrayList<>();
        for (SheetRow row : rows) {
            List<String> referrers = new ArrayList<>();
            List<EObject> inside = new ArrayList<>(List.of(row.element()));
            row.element().eAllContents().forEachRemaining(inside::add);
            for (EObject target : inside) {
                for (Setting setting : usages.getOrDefault(target, List.of())) {
                    EObject referrer = setting.getEObject();
                    if (!going.contains(referrer)
                            && !setting.getEStructuralFeature().isDerived()) {
                        referrers.add(WorkbookIn.name(owner(referrer)) + " ("
                                + setting.getEStructuralFeature().getName() + ")");
                    }
                }
            }
            if (!referrers.isEmpty()) {
                problems.add(row.where(null, null) + ": " + WorkbookIn.name(row.element()) + " cannot be deleted: "
                        + String.join(", ", referrers.stream().distinct().toList()) + " refer to it");
            } else {
                EObject element = row.element();
                edits.add(new Edit("delete " + WorkbookIn.name(element), () -> EcoreUtil.remove(element)));
            }
        }
        return edits;
    }

    /** The named element a referrer belongs to (an alignment, a target: its element). */
    private static EObject owner(EObject referrer) {
        EObject owner = referrer;
        while (!(owner instanceof org.phaen.model.Named) && owner.eContainer() != null) {
            owner = owner.eContainer();
        }
        return owner;
    }
}
