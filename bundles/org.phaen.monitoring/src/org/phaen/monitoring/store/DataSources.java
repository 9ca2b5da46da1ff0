/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.derby.client.BasicClientDataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A data source for a JDBC URL. Data sources, not {@code DriverManager}: inside OSGi the driver manager cannot
 * see drivers in other bundles, and the same code must run in the workbench and on the command line.
 */
final class DataSources {

    private static final String EMBEDDED = "jdbc:derby:", PG = "jdbc:postgresql:";
    private static final Pattern SSL = Pattern.compile("ssl=(off|basic|peerAuthentication)");
    private static final Pattern DERBY_SERVER = Pattern.compile("jdbc:derby://([^:/]+)(?::(\\d+))?/([^;]+)(;.*)?");

    private DataSources() {}

    static DataSource embedded(Path folder) {
        DerbyTuning.apply();
        removeIfEmpty(folder);
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(folder.toAbsolutePath().toString());
        ds.setCreateDatabase("create");
        return ds;
    }

    /**
     * An empty folder named as the store (made beforehand with mkdir) becomes the store: Derby creates a database
     * only where no folder is. A folder with anything in it is left to Derby, which opens it or says why not.
     */
    private static void removeIfEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                Files.delete(folder);
            }
        } catch (IOException notAFolderOrNotEmptyAnyMore) {
            // Missing, a file, or filled by another program meanwhile: opening the store says what it is.
        }
    }

    /**
     * {@code ;ssl=basic} (encrypted) or {@code ;ssl=peerAuthentication} (encrypted, the server's certificate checked
     * against the JVM's trust store) for a store server started with TLS; other attributes are not taken.
     */
    private static String ssl(String attributes) {
        String ssl = "off";
        for (String attribute :
                attributes == null ? new String[0] : attributes.substring(1).split(";")) {
            Matcher setting = SSL.matcher(attribute.strip());
            if (!setting.matches()) {
                throw new IllegalArgumentException(
                        "unknown store URL attribute '" + attribute + "' (only ssl=basic|peerAuthentication)");
            }
            ssl = setting.group(1);
        }
        return ssl;
    }

    /** {@code jdbc:derby:PATH}, {@code jdbc:derby://HOST:PORT/NAME} or {@code jdbc:postgresql://HOST:PORT/NAME}. */
    static DataSource of(String url, String user, String password) {
        Matcher server = DERBY_SERVER.matcher(url);
        if (server.matches()) {
            if (!HomeConfinedAuthenticator.isPlainName(server.group(3))) {
                throw new IllegalArgumentException(HomeConfinedAuthenticator.notPlain(server.group(3)));
            }
            BasicClientDataSource ds = new BasicClientDataSource();
            ds.setServerName(server.group(1));
            ds.setPortNumber(server.group(2) == null ? 1527 : Integer.parseInt(server.group(2)));
            ds.setDatabaseName(server.group(3)); // created by the server (phaen server start --database NAME), not here
            try {
                ds.setSsl(ssl(server.group(4)));
            } catch (org.apache.derby.client.am.SqlException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            ds.setUser(user);
            ds.setPassword(password);
            return ds;
        }
        if (url.startsWith(EMBEDDED)) {
            return embedded(Path.of(url.substring(EMBEDDED.length()).split(";")[0]));
        }
        if (url.startsWith(PG)) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url);
            ds.setUser(user);
            ds.setPassword(password);
            return ds;
        }
        throw new IllegalArgumentException("not a store URL: " + url
                + " (use jdbc:derby:FOLDER, jdbc:derby://HOST:PORT/NAME" + " or jdbc:postgresql://HOST:PORT/NAME)");
    }
}
