package org.phaen.monitoring.store;

/** Schema version 3: the packages received from provincial offices (see the SQL file). */
public class V3__PackageReceipts extends SqlMigration {

    public V3__PackageReceipts() {
        super("sql/V3__package_receipt.sql");
    }
}
