/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import java.util.HashSet;
import java.util.Set;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.phaen.model.Committee;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.FundingSource;
import org.phaen.model.Identified;
import org.phaen.model.Indicator;
import org.phaen.model.Organization;
import org.phaen.model.Project;
import org.phaen.model.ReportingPeriod;
import org.phaen.model.ScheduledReport;

/** The uuids of the plan's elements a monitoring row may name, by kind, so a row can be checked before it is stored. */
public record KnownElements(
        Set<String> indicators,
        Set<String> organizations,
        Set<String> periods,
        Set<String> projects,
        Set<String> fundingSources,
        Set<String> instruments,
        Set<String> committees,
        Set<String> scheduledReports) {

    /** Everything in the resources of the plan's resource set (cross-file plans included). */
    public static KnownElements of(EObject plan) {
        KnownElements known = new KnownElements(
                new HashSet<>(),
                new HashSet<>(),
                new HashSet<>(),
                new HashSet<>(),
                new HashSet<>(),
                new HashSet<>(),
                new HashSet<>(),
                new HashSet<>());
        Resource resource = plan.eResource();
        if (resource != null && resource.getResourceSet() != null) {
            // Plans refer to each other (a provincial plan's agencies may live in the regional plan's file).
            org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(resource.getResourceSet());
        }
        var roots = resource == null || resource.getResourceSet() == null
                ? java.util.List.of(plan)
                : resource.getResourceSet().getResources().stream()
                        .flatMap(r -> r.getContents().stream())
                        .toList();
        for (EObject root : roots) {
            known.add(root);
            for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext(); ) {
                known.add(it.next());
            }
        }
        return known;
    }

    private void add(EObject o) {
        if (!(o instanceof Identified id) || id.getUuid() == null) {
            return;
        }
        String uuid = id.getUuid();
        switch (o) {
            case Indicator i -> indicators.add(uuid);
            case Organization i -> organizations.add(uuid);
            case ReportingPeriod i -> periods.add(uuid);
            case Project i -> projects.add(uuid);
            case FundingSource i -> fundingSources.add(uuid);
            case EvaluationInstrument i -> instruments.add(uuid);
            case Committee i -> committees.add(uuid);
            case ScheduledReport i -> scheduledReports.add(uuid);
            default -> {}
        }
    }
}
