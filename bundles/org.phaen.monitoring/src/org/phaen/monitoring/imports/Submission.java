package org.phaen.monitoring.imports;

import java.util.Map;

/** One filled form as read from a collected file: where it was (for messages) and its answers by item uuid, as text. */
public record Submission(String where, String submissionId, Map<String, String> answers) {

    public Submission {
        // In column order, so rows come out in the order of the form (Map.copyOf would scramble it).
        answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
    }
}
