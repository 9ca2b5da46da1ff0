/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.monitoring;

import java.util.Collection;
import java.util.List;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.FundingSource;
import org.phaen.model.InstrumentItem;
import org.phaen.model.InstrumentKind;
import org.phaen.model.ItemKind;
import org.phaen.model.PhaenPackage.Literals;
import org.phaen.model.Project;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/**
 * PH-MON-006: a numeric item of a KPI collection or progress report names its indicator, so its value meets a target.
 * Figures about a funding source (baht disbursed) or a project (percent complete) are compared with the budget and
 * the plan instead, so they need no indicator.
 */
public final class NumericItemMeasuresIndicator extends AbstractRule<InstrumentItem> {

    public NumericItemMeasuresIndicator() {
        super("PH-MON-006", Severity.WARNING, InstrumentItem.class);
    }

    @Override
    protected void verify(InstrumentItem item, RuleContext context, Findings findings) {
        if (item.getIndicator() == null
                && !(item.getSubject() instanceof FundingSource || item.getSubject() instanceof Project)
                && item.isSetItemKind()
                && (item.getItemKind() == ItemKind.NUMBER || item.getItemKind() == ItemKind.DECIMAL)
                && item.eContainer() instanceof EvaluationInstrument instrument
                && instrument.isSetKind()
                && (instrument.getKind() == InstrumentKind.KPI_COLLECTION
                        || instrument.getKind() == InstrumentKind.PROGRESS_REPORT)) {
            findings.report(item, Findings.labelOf(instrument));
        }
    }

    /** An instrument's kind decides whether its items are checked. */
    @Override
    public Collection<? extends EObject> alsoAffectedBy(Notification change, RuleContext context) {
        if (change.getNotifier() instanceof EvaluationInstrument instrument
                && change.getFeature() == Literals.EVALUATION_INSTRUMENT__KIND) {
            return instrument.getItems();
        }
        return List.of();
    }
}
