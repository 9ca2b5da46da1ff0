/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import java.util.List;

/**
 * What became of one file. {@code REJECTED} carries every row error found and means nothing was written;
 * {@code ALREADY_IMPORTED} means a file with the same content was imported before and nothing was counted again.
 */
public record ImportResult(Outcome outcome, long importId, int rows, List<String> errors) {

    public enum Outcome {
        IMPORTED,
        ALREADY_IMPORTED,
        REJECTED
    }

    static ImportResult imported(long id, int rows) {
        return new ImportResult(Outcome.IMPORTED, id, rows, List.of());
    }

    static ImportResult already(long id) {
        return new ImportResult(Outcome.ALREADY_IMPORTED, id, 0, List.of());
    }

    static ImportResult rejected(List<String> errors) {
        return new ImportResult(Outcome.REJECTED, -1, 0, List.copyOf(errors));
    }
}
