/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import java.net.InetAddress;
import java.nio.file.Path;

/**
 * The child process of {@link ServerStopTest}, as {@code phaen server start} runs: starts the store server (with TLS
 * when a key store is given) with a database "office", says READY, and returns once it was stopped from elsewhere, saying STOPPED.
 * Arguments: home, port, password, then optionally key store and its password.
 */
public final class ServerProcess {

    private ServerProcess() {}

    public static void main(String[] args) throws Exception {
        ServerTls tls = args.length > 3 ? new ServerTls(Path.of(args[3]), args[4]) : null;
        DerbyServer server = DerbyServer.start(
                Path.of(args[0]),
                InetAddress.getLoopbackAddress(),
                Integer.parseInt(args[1]),
                "phaen",
                args[2],
                tls,
                false);
        server.createDatabase("office");
        System.out.println("READY");
        System.out.flush();
        server.runUntilStopped();
        System.out.println("STOPPED");
        System.out.flush();
        System.exit(0);
    }
}
