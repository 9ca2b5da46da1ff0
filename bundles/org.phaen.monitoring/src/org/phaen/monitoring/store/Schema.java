/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a store's schema to the current version with Flyway (versioned, recorded in Flyway's history
 * table, each migration once). Flyway rather than Liquibase: Liquibase 4.x inside OSGi needs the SPI Fly
 * service-loader mediator. Flyway finds its Derby and PostgreSQL support with ServiceLoader on the loader it
 * is given; this bundle carries Flyway and both plugins on its own class path, so its loader sees them all.
 */
final class Schema {

    static final String LATEST = "latest";

    private Schema() {}

    static MigrateResult migrate(DataSource dataSource) {
        return migrate(dataSource, LATEST);
    }

    /** Up to {@code target} (a version number, or {@link #LATEST}); an older target serves upgrade tests. */
    static MigrateResult migrate(DataSource dataSource, String target) {
        return Flyway.configure(Schema.class.getClassLoader())
                .dataSource(dataSource)
                .javaMigrations(
                        new V1__Monitoring(),
                        new V2__MeasurementKeyInArrivalOrder(),
                        new V3__PackageReceipts(),
                        new V4__MeasurementImportIndex())
                .locations("classpath:org/phaen/monitoring/store/none") // the Java migrations above are all there is
                .failOnMissingLocations(false)
                .target(target)
                .load()
                .migrate();
    }
}
