/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.cli;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.phaen.cli.spi.BadInputException;
import org.phaen.monitoring.store.DerbyServer;
import org.phaen.monitoring.store.ServerTls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code phaen server start|stop}: the Derby Network Server for a monitoring store shared by an office. It
 * listens on loopback unless {@code --host} says otherwise, there only with TLS or {@code --insecure}, and always
 * requires the password, taken from {@code PHAEN_STORE_PASSWORD} or a file (never from the command line, where
 * other users could read it). {@code stop} returns once the server's process has closed its databases and ended.
 */
@Command(
        name = "server",
        description = "Start (in the foreground) or stop the shared monitoring-store server (Derby Network Server).")
final class ServerCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "start or stop")
    String action;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}); any other needs TLS or --insecure.")
    String host;

    @Option(names = "--port", defaultValue = "1527")
    int port;

    @Option(
            names = "--home",
            defaultValue = "phaen-store",
            description = "Folder holding the databases (default ${DEFAULT-VALUE}); clients name a database inside it.")
    Path home;

    @Option(
            names = "--database",
            paramLabel = "NAME",
            description = "start: a database the server offers, created in --home if missing"
                    + " (repeat for more; clients create none). Default: phaen.",
            defaultValue = "phaen")
    List<String> databases;

    @Option(names = "--user", defaultValue = "phaen")
    String user;

    @Option(
            names = "--password-file",
            description = "File whose first line is the password (else PHAEN_STORE_PASSWORD).")
    Path passwordFile;

    @Option(
            names = "--tls-keystore",
            paramLabel = "FILE",
            description = "start: encrypt connections with the key and certificate of this PKCS12 key store"
                    + " (password in PHAEN_STORE_KEYSTORE_PASSWORD or --tls-keystore-password-file).")
    Path keyStore;

    @Option(names = "--tls-keystore-password-file", paramLabel = "FILE")
    Path keyStorePasswordFile;

    @Option(
            names = "--insecure",
            description =
                    "start: listen on a network address without TLS (the password crosses the network in clear text).")
    boolean insecure;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String password = secret(
                passwordFile,
                "PHAEN_STORE_PASSWORD",
                "the store server always needs a password: set PHAEN_STORE_PASSWORD or use --password-file");
        InetAddress address = InetAddress.getByName(host);
        return switch (action) {
            case "start" -> start(address, password);
            case "stop" -> stop(address, password);
            default -> throw new BadInputException("unknown action '" + action + "': use start or stop", null);
        };
    }

    private int start(InetAddress address, String password) throws Exception {
        ServerTls serverTls;
        DerbyServer server;
        try {
            serverTls = keyStore == null
                    ? null
                    : new ServerTls(
                            keyStore,
                            secret(
                                    keyStorePasswordFile,
                                    "PHAEN_STORE_KEYSTORE_PASSWORD",
                                    "the TLS key store needs its password: set PHAEN_STORE_KEYSTORE_PASSWORD or use --tls-keystore-password-file"));
            Files.createDirectories(home);
            for (String database : databases) {
                DerbyServer.checkDatabaseName(database);
            }
            server = DerbyServer.start(home, address, port, user, password, serverTls, insecure);
            for (String database : databases) {
                server.createDatabase(database);
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        var out = spec.commandLine().getOut();
        if (serverTls == null && !address.isLoopbackAddress()) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "warning: listening on %s without TLS (--insecure): the password and the data cross the network"
                                    + " in clear text%n",
                            host);
        }
        out.printf(
                "store server listening on %s:%d, databases %s in %s%n",
                host, port, String.join(", ", databases), home.toAbsolutePath());
        out.printf(
                "connect with jdbc:derby://%s:%d/%s%s as user %s; stop with 'phaen server stop --port %d' or Ctrl-C%n",
                address.isAnyLocalAddress() ? "HOST" : host,
                port,
                databases.get(0),
                serverTls == null ? "" : ";ssl=basic",
                user,
                port);
        if (serverTls != null) {
            out.printf("TLS on; the server's certificate has the SHA-256 fingerprint %s%n", serverTls.fingerprint());
        }
        out.flush();
        server.runUntilStopped();
        out.printf("store server on %s:%d stopped, databases closed%n", host, port);
        return 0;
    }

    private int stop(InetAddress address, String password) throws Exception {
        boolean ended;
        try {
            ended = DerbyServer.stop(address, port, user, password);
        } catch (IllegalArgumentException wrongPassword) {
            throw new BadInputException(wrongPassword.getMessage(), wrongPassword);
        } catch (Exception e) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "phaen: no store server stopped on %s:%d: %s (one started with TLS is stopped on its"
                                    + " own machine)%n",
                            host, port, e.getMessage());
            return 1;
        }
        if (!ended) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "phaen: the store server on %s:%d was asked to stop but its process still runs%n",
                            host, port);
            return 1;
        }
        spec.commandLine().getOut().printf("store server on %s:%d stopped%n", host, port);
        return 0;
    }

    /** A secret from the first line of a file, or else from an environment variable; never from the command line. */
    private static String secret(Path file, String variable, String missing) throws Exception {
        String value =
                file != null ? Files.readAllLines(file).stream().findFirst().orElse("") : System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new BadInputException(missing, null);
        }
        return value.strip();
    }
}
