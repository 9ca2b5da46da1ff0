package org.phaen.validation.rules.indicator;

import org.phaen.model.Indicator;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-IND-005: a numeric indicator has a direction, so its targets can be checked and progress judged. */
public final class IndicatorHasDirection extends AbstractRule<Indicator> {

    public IndicatorHasDirection() {
        super("PH-IND-005", Severity.ERROR, Indicator.class);
    }

    @Override
    protected void verify(Indicator indicator, RuleContext context, Findings findings) {
        if (!indicator.isSetDirection() && !Indicators.isQualitative(indicator)) {
            findings.report(indicator);
        }
    }
}
