/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A schema migration whose SQL lives in a file under {@code sql/} beside this class (Flyway takes the version
 * from the subclass's name). Java migrations are handed to Flyway directly, so it never has to scan bundle class
 * paths for SQL files, which it cannot do reliably inside OSGi.
 */
abstract class SqlMigration extends BaseJavaMigration {

    private final String resource;

    SqlMigration(String resource) {
        this.resource = resource;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String sql : statements(resource)) {
                statement.execute(sql);
            }
        }
    }

    /** The file's statements: comment lines dropped, split at semicolons (the schema has none inside strings). */
    static List<String> statements(String resource) throws IOException {
        try (InputStream in = SqlMigration.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing schema file " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.strip().startsWith("--"))
                    .reduce("", (a, b) -> a + b + "\n");
            return Arrays.stream(text.split(";"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }
    }
}
