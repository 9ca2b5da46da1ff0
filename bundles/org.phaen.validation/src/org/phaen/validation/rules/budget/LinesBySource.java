/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.budget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.phaen.model.BudgetLine;
import org.phaen.model.FundingSource;
import org.phaen.model.PhaenPackage;
import org.phaen.model.Project;
import org.phaen.validation.LoadedPlans;
import org.phaen.validation.RuleContext;

/** Every loaded budget line by its funding source: an index computed once per run, kept until lines or their sources change. */
final class LinesBySource {

    private static final Object KEY = new Object();

    private LinesBySource() {}

    static Map<FundingSource, List<BudgetLine>> of(RuleContext context) {
        return context.memo(
                KEY,
                n -> RuleContext.isStructural(n) || n.getFeature() == PhaenPackage.Literals.BUDGET_LINE__SOURCE,
                key -> {
                    Map<FundingSource, List<BudgetLine>> index = new HashMap<>();
                    for (Project project : LoadedPlans.projects(context)) {
                        for (BudgetLine line : project.getBudgetLines()) {
                            if (line.getSource() != null) {
                                index.computeIfAbsent(line.getSource(), s -> new ArrayList<>())
                                        .add(line);
                            }
                        }
                    }
                    return index;
                });
    }
}
