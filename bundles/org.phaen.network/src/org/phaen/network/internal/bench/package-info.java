/**
 * {@code phaen bench exchange}: {@link org.phaen.network.internal.bench.ExchangeBenchmark} makes synthetic provinces' packages,
 * then times the region receiving them into one store and writing its consolidated report. Single-threaded.
 */
package org.phaen.network.internal.bench;
