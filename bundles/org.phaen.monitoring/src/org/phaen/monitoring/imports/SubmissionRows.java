/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.imports;

import java.util.List;
import java.util.Map;
import org.phaen.documents.Wording;
import org.phaen.documents.xlsx.TypedText;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.Organization;
import org.phaen.model.Project;
import org.phaen.model.ReportingPeriod;
import org.phaen.monitoring.data.Disbursement;
import org.phaen.monitoring.data.Measurement;
import org.phaen.monitoring.data.ProjectProgress;

/**
 * The store rows one submission holds, read from its answers by generator key. The agency and period choices
 * are numbered in the order of the monitoring plan's reporting agencies and periods, as the generator wrote them.
 */
final class SubmissionRows {

    /** The words of the notes written into the store, from words_th.properties beside this class. */
    private static final Wording WORDS = Wording.of("org.phaen.monitoring.imports.words", SubmissionRows.class, false);

    private final Submission submission;
    private final Map<String, String> byKey;
    private final MonitoringPlan plan;
    private final ImportProblems problems;
    private final java.util.Set<String> missing = new java.util.HashSet<>();

    SubmissionRows(Submission submission, Map<String, String> byKey, MonitoringPlan plan, ImportProblems problems) {
        this.submission = submission;
        this.byKey = byKey;
        this.plan = plan;
        this.problems = problems;
    }

    void collect(List<Measurement> measurements, List<ProjectProgress> progress, List<Disbursement> disbursements) {
        String period = chosen("period", plan == null ? List.<ReportingPeriod>of() : plan.getReportingPeriods());
        String agency = chosen("agency", plan == null ? List.<Organization>of() : plan.getReportingAgencies());
        for (Map.Entry<String, String> e : byKey.entrySet()) {
            String[] key = e.getKey().split(":");
            var value = TypedText.number(e.getValue());
            if (key.length == 2 && key[0].equals("indicator") && value != null) {
                if (need(agency, "reporting agency") && need(period, "reporting period")) {
                    measurements.add(new Measurement(
                            key[1],
                            agency,
                            period,
                            value,
                            byKey.get(e.getKey() + ":evidence"),
                            submission.submissionId()));
                }
            } else if (key.length == 4
                    && key[0].equals("project")
                    && (key[2].equals("indicator") || key[2].equals("disbursed"))
                    && value != null
                    && need(period, "reporting period")) {
                if (key[2].equals("indicator")) {
                    Project project = BatchMapper.project(plan, key[1]);
                    Organization responsible = project == null ? null : project.getResponsibleOrganization();
                    if (responsible == null) {
                        problems.add(
                                submission.where(),
                                "project " + key[1] + " has no responsible organisation to report indicator " + key[3]
                                        + " for");
                    } else {
                        measurements.add(new Measurement(
                                key[3], responsible.getUuid(), period, value, null, submission.submissionId()));
                    }
                } else if (key[2].equals("disbursed")) {
                    disbursements.add(new Disbursement(key[1], key[3], period, value));
                }
            } else if (key.length == 3
                    && key[0].equals("project")
                    && key[2].equals("percent")
                    && value != null
                    && need(period, "reporting period")) {
                String narrative =
                        join(byKey.get("project:" + key[1] + ":problems"), byKey.get("project:" + key[1] + ":next"));
                progress.add(new ProjectProgress(key[1], period, null, value, narrative));
            }
        }
    }

    /** The uuid of the chosen element: choice value n is the n-th agency or period of the monitoring plan. */
    private String chosen(String key, List<? extends org.phaen.model.Identified> elements) {
        String value = byKey.get(key);
        if (value == null) {
            return null;
        }
        var n = TypedText.number(value);
        if (n == null || n.intValue() < 1 || n.intValue() > elements.size()) {
            problems.add(submission.where(), "the " + key + " chosen (" + value + ") is not in the monitoring plan");
            return null;
        }
        return elements.get(n.intValue() - 1).getUuid();
    }

    private boolean need(String uuid, String what) {
        if (uuid == null && missing.add(what)) {
            problems.add(submission.where(), "no " + what + " chosen");
        }
        return uuid != null;
    }

    private static String join(String problems, String next) {
        if (problems == null && next == null) {
            return null;
        }
        return (problems == null ? "" : WORDS.text("note.problems", problems))
                + (problems != null && next != null ? "\n" : "")
                + (next == null ? "" : WORDS.text("note.next", next));
    }
}
