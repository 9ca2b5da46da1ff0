package org.phaen.monitoring.store;

/** Schema version 1: the tables for all kinds of monitoring rows and the import ledger. */
public class V1__Monitoring extends SqlMigration {

    public V1__Monitoring() {
        super("sql/V1__monitoring.sql");
    }
}
