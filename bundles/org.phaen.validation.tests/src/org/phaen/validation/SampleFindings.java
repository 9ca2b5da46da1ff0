/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.phaen.testing.SamplePlans;

/**
 * The sample plans in models/ (region 17 and Phitsanulok, FY 2562), loaded together into one resource
 * set with every cross-file reference resolved, for the tests that pin what the rules find in them.
 */
public final class SampleFindings {

    private final RuleContext context;

    private SampleFindings(RuleContext context) {
        this.context = context;
    }

    public static SampleFindings load() throws Exception {
        ResourceSet set = SamplePlans.both();
        EcoreUtil.resolveAll(set);
        return new SampleFindings(new RuleContext(set));
    }

    /** How many files the samples take, once their references are resolved. */
    public int fileCount() {
        return context.resourceSet().getResources().size();
    }

    /** Every element of a kind in the samples. */
    public <T extends EObject> List<T> all(Class<T> type) {
        return context.all(type);
    }

    /** The findings of the rules over the samples. */
    public List<Finding> findings(List<Rule> rules) {
        return new PlanValidator(rules).validate(context.resources(), context).findings();
    }
}
