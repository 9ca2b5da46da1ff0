/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.derby.authentication.UserAuthenticator;

/**
 * The store server's authentication (Derby's {@code derby.authentication.provider}): the one user with its password,
 * and databases only inside the server's home. Derby would otherwise let a logged-in user create or open a database
 * anywhere the server's account may write ({@code jdbc:derby://host/ /tmp/x;create=true}), or restore one from a path.
 * Derby creates a database before it tells the authenticator its name, so clients create none: the server creates
 * its databases itself ({@link DerbyServer#createDatabase}), and a client's request to create one is refused.
 */
public final class HomeConfinedAuthenticator implements UserAuthenticator {

    /** A database is a plain name: letters, digits, '.', '_' and '-' (no path, no "memory:" or "jar:" subprotocol). */
    private static final Pattern PLAIN_NAME = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_.-]*");
    /** Connection attributes that create a database (some from a path) or put its log elsewhere. */
    private static final List<String> CREATING_ATTRIBUTES =
            List.of("create", "createFrom", "restoreFrom", "rollForwardRecoveryFrom", "logDevice");

    /** Set while the server itself creates a database in its home. */
    private static final ThreadLocal<Boolean> SERVER_CREATES = ThreadLocal.withInitial(() -> false);

    private static volatile Path home;
    private static volatile String user;
    private static volatile byte[] password;

    /** Who may connect and where databases live; set before the server's engine boots. */
    static void configure(Path serverHome, String serverUser, String serverPassword) {
        home = serverHome.toAbsolutePath().normalize();
        user = serverUser;
        password = serverPassword.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean authenticateUser(String userName, String userPassword, String databaseName, Properties info)
            throws SQLException {
        String expectedUser = user;
        byte[] expectedPassword = password;
        if (expectedUser == null
                || userName == null
                || userPassword == null
                || !expectedUser.equals(userName)
                || !MessageDigest.isEqual(expectedPassword, userPassword.getBytes(StandardCharsets.UTF_8))) {
            return false;
        }
        if (SERVER_CREATES.get()) {
            return true;
        }
        String refusal = refusal(databaseName, info);
        if (refusal != null) {
            throw new SQLException(refusal, "08004");
        }
        return true;
    }

    /** Runs {@code creation} as the server's own creation of a database. */
    static void asServer(java.util.concurrent.Callable<?> creation) throws Exception {
        SERVER_CREATES.set(true);
        try {
            creation.call();
        } finally {
            SERVER_CREATES.remove();
        }
    }

    /** Whether a database name is a plain name, as clients must give it. */
    static boolean isPlainName(String databaseName) {
        return PLAIN_NAME.matcher(databaseName).matches() && !databaseName.contains("..");
    }

    /** What a client is told when it names a database by anything but a plain name. */
    static String notPlain(String databaseName) {
        return "database '" + databaseName + "' refused: the store server keeps its databases in its home folder,"
                + " name one by a plain name (letters, digits, '.', '_', '-'), such as jdbc:derby://HOST:PORT/office";
    }

    /**
     * Why a client may not connect, or null. Derby asks first without a database name before it creates one (and
     * for the server's own commands), then with the name once the database is booted.
     */
    static String refusal(String databaseName, Properties info) {
        for (String attribute : CREATING_ATTRIBUTES) {
            if (info != null && info.getProperty(attribute) != null) {
                return "the store server creates no database for a client ('" + attribute
                        + "'): it is started with --database NAME";
            }
        }
        if (databaseName == null) {
            return null;
        }
        Path root = home;
        // Derby names a booted database by its full path: accept that when it is inside the home.
        Path asPath = Path.of(databaseName).normalize();
        boolean inside = root != null
                && (isPlainName(databaseName)
                        || asPath.isAbsolute() && asPath.startsWith(root) && !asPath.equals(root));
        return inside ? null : notPlain(databaseName);
    }
}
