/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.emenscr;

import org.phaen.model.Project;
import org.phaen.model.query.AlignmentChains;

/** PH-EMN-010: eMENSCR files every project under the national strategy (the XYZ chain, M2): its alignments and strategies must lead up to a goal of the 20-year national strategy. */
public final class ProjectAlignedToNationalStrategyForEmenscr extends EmenscrField {

    public ProjectAlignedToNationalStrategyForEmenscr() {
        super("PH-EMN-010");
    }

    @Override
    boolean missing(Project project) {
        return AlignmentChains.toNationalStrategy(project).isEmpty();
    }
}
