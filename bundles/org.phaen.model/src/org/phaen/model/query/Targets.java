/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.query;

import java.util.Optional;
import org.phaen.model.Indicator;
import org.phaen.model.Target;
import org.phaen.model.calendar.FiscalYear;

/** The targets of indicators, by fiscal year. */
public final class Targets {

    private Targets() {}

    /** The indicator's target for a fiscal year, e.g. {@code Targets.forYear(indicator, FiscalYear.of(2562))}. */
    public static Optional<Target> forYear(Indicator indicator, FiscalYear year) {
        return forYear(indicator, year.beYear());
    }

    /** The indicator's target for a fiscal year named by its Buddhist Era year (2562 for 2018-10-01..2019-09-30). */
    public static Optional<Target> forYear(Indicator indicator, int buddhistEraYear) {
        return indicator.getTargets().stream()
                .filter(target -> target.getFiscalYear() == buddhistEraYear)
                .findFirst();
    }
}
