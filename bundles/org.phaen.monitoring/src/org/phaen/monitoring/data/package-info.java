/**
 * What the monitoring store holds, as plain values. Every row names model elements by their UUIDs
 * (the {@code uuid} of {@link org.phaen.model.Identified}), so the store never holds a copy of the plan;
 * the store rejects a row that names an element the plan does not have.
 */
package org.phaen.monitoring.data;
