/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.derby.client.BasicClientDataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * An embedded store another program has open. Derby lets one program at a time open an embedded database and says
 * so in its own words ("Failed to start database ... with class loader ..."); this says it in the user's, with
 * the way to share a store between programs: the store server.
 */
public final class StoreInUseException extends SQLException {

    private static final long serialVersionUID = 1L;
    /** Derby: "Another instance of Derby may have already booted the database". */
    private static final String ALREADY_BOOTED = "XSDB6";
    /** Derby: a database folder without its service.properties, as while another program creates it. */
    private static final String HALF_CREATED = "XBM0A";
    /** Derby: "Directory ... already exists", when two programs create the same store at the same moment. */
    private static final String CREATED_MEANWHILE = "XBM0J";

    private StoreInUseException(String folder, String reason, SQLException cause) {
        super(
                "the store " + folder + " " + reason
                        + ". To use one store from several programs at once, share it through the store"
                        + " server: 'phaen server start --home FOLDER --database NAME', then --url jdbc:derby://localhost:1527/NAME",
                "08004",
                cause);
    }

    /**
     * What went wrong opening a store, in plain words where Derby's are not: an embedded store open in another
     * program, or a database the store server does not have. Anything else is {@code e} itself.
     */
    static SQLException explained(DataSource dataSource, SQLException e) {
        if (dataSource instanceof EmbeddedDataSource embedded && says(ALREADY_BOOTED, e, 0)) {
            return new StoreInUseException(
                    embedded.getDatabaseName(),
                    "is in use by another program (an import, a report, the workbench): an embedded store opens in one"
                            + " program at a time; try again when it has finished",
                    e);
        }
        if (dataSource instanceof EmbeddedDataSource embedded
                && (says(HALF_CREATED, e, 0) || says(CREATED_MEANWHILE, e, 0))) {
            // Retrying would be unsafe: Derby lets a second program boot a store whose creation is not finished.
            return new StoreInUseException(
                    embedded.getDatabaseName(),
                    "is being created by another program: try again in a moment (if no program is"
                            + " creating it, its creation was cut short and the folder, which holds no data, can be removed)",
                    e);
        }
        if (dataSource instanceof BasicClientDataSource server
                && "08004".equals(e.getSQLState())
                && String.valueOf(e.getMessage()).contains("not found")) {
            return new SQLException(
                    "the store server on " + server.getServerName() + ":" + server.getPortNumber()
                            + " has no database '"
                            + server.getDatabaseName()
                            + "': it is created where the server runs, with 'phaen server start --database "
                            + server.getDatabaseName() + "'",
                    "08004",
                    e);
        }
        return e;
    }

    /** Derby chains its reasons both as causes and as next exceptions. */
    private static boolean says(String state, Throwable t, int depth) {
        if (t == null || depth > 20) {
            return false;
        }
        if (t instanceof SQLException sql
                && (state.equals(sql.getSQLState()) || says(state, sql.getNextException(), depth + 1))) {
            return true;
        }
        return t.getCause() != t && says(state, t.getCause(), depth + 1);
    }
}
