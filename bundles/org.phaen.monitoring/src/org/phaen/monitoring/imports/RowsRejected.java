/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.imports;

import java.util.List;

/** A file read to the end whose rows had problems: all of them listed, none stored. */
public final class RowsRejected extends ImportException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public RowsRejected(String file, List<String> problems) {
        super(file + ": " + problems.size() + " problem(s), nothing imported");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
