package org.phaen.diagram.engine;

/**
 * The latest status of elements (indicators) as a monitoring store knows it: {@code ON_TRACK}, {@code AT_RISK},
 * {@code OFF_TRACK}, or null when there is no data. The diagram bundle does not depend on the store; an adapter does.
 */
@FunctionalInterface
public interface StatusSource {

    String NO_DATA = "NO_DATA";

    /** No store connected: every badge shows {@value #NO_DATA}. */
    StatusSource NONE = uuid -> null;

    String statusOf(String elementUuid);
}
