package org.phaen.monitoring.store;

/** Schema version 2: the measurement key ordered the way files arrive (see the SQL file for why). */
public class V2__MeasurementKeyInArrivalOrder extends SqlMigration {

    public V2__MeasurementKeyInArrivalOrder() {
        super("sql/V2__measurement_key_in_arrival_order.sql");
    }
}
