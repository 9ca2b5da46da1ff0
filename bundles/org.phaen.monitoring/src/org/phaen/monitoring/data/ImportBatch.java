/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.data;

import java.util.List;

/**
 * Everything read from one collected file. The store writes a batch in one transaction, all or nothing, and
 * remembers its content hash so the same file imported twice is counted once.
 *
 * @param sourceName the file name as the user gave it (for messages and provenance)
 * @param sha256 hex SHA-256 of the file's bytes
 */
public record ImportBatch(
        String sourceName,
        String sha256,
        List<Measurement> measurements,
        List<ProjectProgress> progress,
        List<Disbursement> disbursements,
        List<InstrumentResponse> responses) {

    public ImportBatch {
        Rows.uuid(sha256, "content hash");
        measurements = List.copyOf(measurements);
        progress = List.copyOf(progress);
        disbursements = List.copyOf(disbursements);
        responses = List.copyOf(responses);
    }

    public int rowCount() {
        return measurements.size() + progress.size() + disbursements.size() + responses.size();
    }
}
