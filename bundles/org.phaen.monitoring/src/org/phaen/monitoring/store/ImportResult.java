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
