/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.alignment;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.phaen.model.Alignment;
import org.phaen.model.PlanElement;
import org.phaen.model.Project;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/**
 * PH-ALN-005: alignments, implemented strategies and project indicators point to elements that can be
 * found; a link into a missing file or to a deleted element silently cuts the plan off from the cascade.
 */
public final class CrossFileReferencesResolve extends AbstractRule<PlanElement> {

    private static final int ALIGNMENT = 0;
    private static final int IMPLEMENTS = 1;
    private static final int MEASURED_BY = 2;

    public CrossFileReferencesResolve() {
        super("PH-ALN-005", Severity.ERROR, PlanElement.class);
    }

    @Override
    protected void verify(PlanElement element, RuleContext context, Findings findings) {
        for (Alignment alignment : element.getAlignments()) {
            if (alignment.getTarget() == null) {
                findings.reportVariant(
                        element, "noTarget", Plans.TEXT, Plans.TEXT, Plans.TEXT, Plans.kindCode(element));
            } else {
                check(element, ALIGNMENT, alignment.getTarget(), context, findings);
            }
        }
        if (element instanceof Project project) {
            project.getImplementsStrategies().forEach(s -> check(project, IMPLEMENTS, s, context, findings));
            project.getMeasuredBy().forEach(i -> check(project, MEASURED_BY, i, context, findings));
        }
    }

    /** Checks one referenced element, already resolved as far as possible by the getter. */
    private static void check(
            PlanElement element, int reference, EObject target, RuleContext context, Findings findings) {
        if (!target.eIsProxy()) {
            return;
        }
        URI uri = ((InternalEObject) target).eProxyURI();
        Resource file = context.resourceSet().getResource(uri.trimFragment(), false);
        boolean fileLoaded = file != null
                && file.isLoaded()
                && file.getErrors().isEmpty()
                && !file.getContents().isEmpty();
        findings.report(
                element,
                uri.toString(),
                Plans.TEXT,
                Plans.TEXT,
                Plans.kindCode(element),
                reference,
                fileLoaded ? 1 : 0);
    }
}
