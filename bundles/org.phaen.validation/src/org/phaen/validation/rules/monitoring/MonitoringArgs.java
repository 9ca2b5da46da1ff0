/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.monitoring;

import java.util.Collection;
import java.util.stream.Collectors;
import org.phaen.model.Named;
import org.phaen.validation.Findings;

/**
 * How monitoring messages name elements and dates. Dates go into messages twice: first in English (ISO, C.E.),
 * then in Thai (B.E.), so an English message uses the first run of arguments and a Thai one the second.
 */
final class MonitoringArgs {

    private MonitoringArgs() {}

    /** Codes (or labels, for elements without a code) joined by commas. */
    static String list(Collection<? extends Named> elements) {
        return elements.stream()
                .map(e -> e.getCode() != null && !e.getCode().isBlank() ? e.getCode() : Findings.labelOf(e))
                .collect(Collectors.joining(", "));
    }
}
