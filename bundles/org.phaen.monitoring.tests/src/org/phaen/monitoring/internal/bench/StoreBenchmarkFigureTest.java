/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.internal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The import line of {@code bench store}: it printed "0 rows/s" (rows divided by milliseconds, then by 1,000). */
class StoreBenchmarkFigureTest {

    @Test
    void rowsPerSecondOfWallTime() {
        assertEquals(
                "import into the store: 17.2 s wall, 16.3 s CPU (1,000,000 measurement rows in 100 files,"
                        + " 58,140 rows/s)",
                StoreBenchmark.importFigure(17_200, 16_300, 1_000_000, 100));
    }

    @Test
    void fewerFilesInHalfASecond() {
        assertEquals(
                "import into the store: 0.5 s wall, 0.4 s CPU (20,000 measurement rows in 2 files, 40,000 rows/s)",
                StoreBenchmark.importFigure(500, 400, 20_000, 2));
    }
}
