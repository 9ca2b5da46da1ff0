/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.phaen.monitoring.data.Disbursement;
import org.phaen.monitoring.data.ImportBatch;
import org.phaen.monitoring.data.InstrumentResponse;
import org.phaen.monitoring.data.Measurement;
import org.phaen.monitoring.data.ProjectProgress;

/**
 * Every row of a batch checked against the plan before anything is written: each uuid must name an element of
 * the right kind, and a key may appear once per file. All problems are reported, not just the first.
 */
final class BatchCheck {

    private final KnownElements known;
    private final List<String> errors = new ArrayList<>();

    private BatchCheck(KnownElements known) {
        this.known = known;
    }

    static List<String> errors(ImportBatch batch, KnownElements known) {
        BatchCheck check = new BatchCheck(known);
        check.measurements(batch.measurements());
        check.progress(batch.progress());
        check.disbursements(batch.disbursements());
        check.responses(batch.responses());
        return check.errors;
    }

    private void measurements(List<Measurement> rows) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Measurement m = rows.get(i);
            String row = "measurement " + (i + 1);
            need(row, "indicator", m.indicator(), known.indicators());
            need(row, "agency", m.agency(), known.organizations());
            need(row, "period", m.period(), known.periods());
            once(row, keys, m.indicator() + "|" + m.agency() + "|" + m.period(), "indicator, agency and period");
        }
    }

    private void progress(List<ProjectProgress> rows) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            ProjectProgress p = rows.get(i);
            String row = "progress " + (i + 1);
            need(row, "project", p.project(), known.projects());
            need(row, "period", p.period(), known.periods());
            once(row, keys, p.project() + "|" + p.period(), "project and period");
            if (p.percentComplete() != null
                    && (p.percentComplete().signum() < 0
                            || p.percentComplete().compareTo(java.math.BigDecimal.valueOf(100)) > 0)) {
                errors.add(row + ": percent complete " + p.percentComplete().toPlainString()
                        + " is not between 0 and 100");
            }
        }
    }

    private void disbursements(List<Disbursement> rows) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Disbursement d = rows.get(i);
            String row = "disbursement " + (i + 1);
            need(row, "project", d.project(), known.projects());
            need(row, "funding source", d.fundingSource(), known.fundingSources());
            need(row, "period", d.period(), known.periods());
            once(
                    row,
                    keys,
                    d.project() + "|" + d.fundingSource() + "|" + d.period(),
                    "project, funding source and period");
        }
    }

    private void responses(List<InstrumentResponse> rows) {
        for (int i = 0; i < rows.size(); i++) {
            need("response " + (i + 1), "instrument", rows.get(i).instrument(), known.instruments());
        }
    }

    private void need(String row, String what, String uuid, Set<String> kind) {
        if (!kind.contains(uuid)) {
            errors.add(row + ": " + what + " " + uuid + " is not in the plan");
        }
    }

    private void once(String row, Set<String> keys, String key, String what) {
        if (!keys.add(key)) {
            errors.add(row + ": the same " + what + " appear earlier in this file");
        }
    }
}
