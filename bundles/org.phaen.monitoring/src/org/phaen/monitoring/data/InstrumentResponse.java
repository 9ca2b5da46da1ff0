/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.data;

import java.util.Map;

/**
 * One filled instrument (a survey answer sheet, a checklist, a site-visit form).
 *
 * @param instrument the instrument's uuid
 * @param version the instrument version the form was generated from
 * @param respondentKind who answered (for example "citizen", "teacher", "committee"), may be null
 * @param submissionId the collecting tool's id of the submission (ODK instanceID, workbook row), may be null
 * @param answers item uuid to the answer as entered (choice value, number or text)
 */
public record InstrumentResponse(
        String instrument, int version, String respondentKind, String submissionId, Map<String, String> answers) {

    public InstrumentResponse {
        Rows.uuid(instrument, "instrument");
        answers = Map.copyOf(answers);
    }
}
