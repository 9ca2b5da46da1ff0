/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

import java.util.List;

/**
 * What an imported workbook asks of the plan: the edits in the order they are applied (new elements first, removals
 * last), or the problems that keep any of them from being applied, each naming sheet, row and column.
 */
public record WorkbookImport(List<Edit> edits, List<String> problems, int created, int deleted) {

    public boolean accepted() {
        return problems.isEmpty();
    }

    /** Applies every edit; only when accepted. */
    public void apply() {
        if (!accepted()) {
            throw new IllegalStateException("a workbook with problems is not applied");
        }
        edits.forEach(e -> e.apply().run());
    }
}
