/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;

/**
 * TLS for the store server: a PKCS12 key store holding the server's key and certificate (made once with the JDK's
 * keytool, see the README). Derby's network server encrypts every connection ({@code derby.drda.sslMode=basic});
 * clients add {@code ;ssl=basic} (encrypted) or {@code ;ssl=peerAuthentication} (the certificate checked against
 * the JVM's trust store) to the URL.
 */
public record ServerTls(Path keyStore, String password) {

    static final String SSL_MODE = "derby.drda.sslMode";

    /** Opens the key store once, so a wrong password or file is one clear line before the server starts. */
    public ServerTls {
        if (keyEntry(load(keyStore, password)) == null) {
            throw new IllegalArgumentException(keyStore + " holds no private key for the server");
        }
    }

    private static KeyStore load(Path keyStore, String password) {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "the TLS key store " + keyStore + " cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The alias of the server's key and certificate, or null. */
    private static String keyEntry(KeyStore store) {
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && store.getCertificate(alias) != null) {
                    return alias;
                }
            }
            return null;
        } catch (KeyStoreException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JVM-wide settings Derby's server socket reads when it starts. */
    void apply() {
        System.setProperty(SSL_MODE, "basic");
        System.setProperty("javax.net.ssl.keyStore", keyStore.toAbsolutePath().toString());
        System.setProperty("javax.net.ssl.keyStorePassword", password);
        System.setProperty("javax.net.ssl.keyStoreType", "PKCS12");
    }

    /** The SHA-256 fingerprint of the server's certificate, for users to compare with what their client sees. */
    public String fingerprint() {
        KeyStore store = load(keyStore, password);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(store.getCertificate(keyEntry(store)).getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
