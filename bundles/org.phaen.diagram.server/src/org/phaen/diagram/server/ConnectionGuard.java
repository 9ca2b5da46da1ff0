/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Who may open the diagram WebSocket: only the server's own page. WebSockets are not held back by CORS, so without
 * this any web page in the user's browser, or any local user, could connect to {@code ws://localhost:PORT/phaen}
 * and read and edit plans. A connection must come from a page of this server ({@code Origin}) and carry the random
 * token of this start, which only the pages the workbench opens know.
 */
final class ConnectionGuard extends Handler.Wrapper {

    static final String TOKEN = "token";

    private final String token;

    ConnectionGuard(Handler handler) {
        super(handler);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    String token() {
        return token;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (("/" + DiagramServer.ENDPOINT).equals(Request.getPathInContext(request)) && !admitted(request)) {
            Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403);
            return true;
        }
        return super.handle(request, response, callback);
    }

    private boolean admitted(Request request) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        int port = Request.getLocalPort(request);
        boolean ownPage = ("http://localhost:" + port).equals(origin) || ("http://127.0.0.1:" + port).equals(origin);
        String given = Request.extractQueryParameters(request).getValue(TOKEN);
        return ownPage
                && given != null
                && MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }
}
