/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One filled form as read from a collected file: where it was (for messages), its answers by item uuid as text,
 * and where each answer was ("cell D4", "column section_1-Q1") so a problem with one value names its cell.
 * {@code formVersion} is the instrument version the row says it was filled in (ODK Central's FormVersion), 0 when
 * the row does not say.
 */
public record Submission(
        String where, String submissionId, Map<String, String> answers, Map<String, String> places, int formVersion) {

    public Submission(String where, String submissionId, Map<String, String> answers, Map<String, String> places) {
        this(where, submissionId, answers, places, 0);
    }

    public Submission {
        // In column order, so rows come out in the order of the form (Map.copyOf would scramble it).
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        places = Map.copyOf(places);
    }

    /** Where the answer to an item was: the row and, when known, its cell or column. */
    String at(String itemUuid) {
        String place = places.get(itemUuid);
        return place == null ? where : where + " " + place;
    }
}
