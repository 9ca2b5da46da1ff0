/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL in the middle of an import: after a restart the store holds all rows of the file or none, and its
 * ledger agrees. The import runs in a child JVM, killed at fractions of the time an unkilled import takes on
 * this machine, and once just after it reported its commit (then every row must be there).
 */
class KilledImportTest {

    private static final int AGENCIES = 600; // 100 indicators × 600 agencies = 60,000 rows in one file
    private static final long ALL = 100L * AGENCIES;

    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesAllOrNothing() throws Exception {
        long importMillis = unkilledImportMillis();
        int killedBeforeCommit = 0;
        double[] fractions = {0.1, 0.3, 0.5, 0.7, 0.9};
        for (int run = 0; run < fractions.length; run++) {
            Path store = dir.resolve("store" + run);
            ChildJvm child = ChildJvm.start(KillableImport.class, store.toString(), Integer.toString(AGENCIES));
            boolean committed = child.awaitDone((long) (importMillis * fractions[run]));
            child.kill();
            long rows = rowsAfterRestart(store, "killed at " + fractions[run] + " of the import");
            if (!committed && rows == 0) {
                killedBeforeCommit++;
            }
            assertTrue(!committed || rows == ALL, "the child reported DONE, so its rows were committed");
        }
        assertTrue(killedBeforeCommit > 0, "at least one kill must land before the commit");

        Path store = dir.resolve("store-after-commit");
        ChildJvm child = ChildJvm.start(KillableImport.class, store.toString(), Integer.toString(AGENCIES));
        assertTrue(child.awaitDone(120_000), "the import finished");
        child.kill(); // before the store closed: Derby recovers the committed file from its log
        assertEquals(ALL, rowsAfterRestart(store, "killed just after the commit"));
    }

    /** An import left to finish, timed from READY to DONE, so the kills above spread over its length. */
    private long unkilledImportMillis() throws Exception {
        Path store = dir.resolve("store-unkilled");
        ChildJvm child = ChildJvm.start(KillableImport.class, store.toString(), Integer.toString(AGENCIES));
        long start = System.nanoTime();
        assertTrue(child.awaitDone(120_000), "an unkilled import finishes");
        long millis = (System.nanoTime() - start) / 1_000_000;
        child.awaitExit();
        assertEquals(ALL, rowsAfterRestart(store, "not killed"));
        return millis;
    }

    /** Reopens the store as after a restart (Derby runs its recovery) and checks rows and ledger agree. */
    private static long rowsAfterRestart(Path store, String when) throws Exception {
        try (MonitoringStore reopened = MonitoringStore.embedded(store)) {
            long rows = reopened.queries().count("measurement");
            long files = reopened.queries().count("import_ledger");
            long totals = reopened.queries().count("measurement_total");
            System.out.printf("%s: %d rows, %d ledger entries, %d running totals%n", when, rows, files, totals);
            assertTrue(rows == 0 || rows == ALL, when + ": " + rows + " rows");
            assertEquals(rows == 0 ? 0 : 1, files, when + ": the ledger agrees with the rows");
            assertEquals(rows == 0 ? 0 : 100, totals, when + ": the running totals agree with the rows");
            return rows;
        }
    }
}
