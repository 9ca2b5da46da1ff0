package org.phaen.monitoring.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 1 (Flyway takes the version from the class name). The SQL lives in a file beside this class;
 * a Java migration is used so Flyway never has to scan bundle class paths for SQL files.
 */
public class V1__Monitoring extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String sql : statements("sql/V1__monitoring.sql")) {
                statement.execute(sql);
            }
        }
    }

    /** The file's statements: comment lines dropped, split at semicolons (the schema has none inside strings). */
    static java.util.List<String> statements(String resource) throws IOException {
        try (InputStream in = V1__Monitoring.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing schema file " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n");
            return java.util.Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }
}
