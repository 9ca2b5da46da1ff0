/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.prefs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.eclipse.core.runtime.Platform;

/**
 * The interface language is fixed when the platform starts (the osgi.nl property); a new choice is written into
 * the installation's configuration (config.ini), which the launcher reads at the next start. -nl still wins.
 */
final class InterfaceLanguage {

    private InterfaceLanguage() {}

    static void setAtNextStart(String language) throws IOException {
        Path config;
        try {
            config = Path.of(Platform.getConfigurationLocation().getURL().toURI())
                    .resolve("config.ini");
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException(
                    "the configuration folder is not a local folder: "
                            + Platform.getConfigurationLocation().getURL(),
                    e);
        }
        Properties properties = new Properties();
        if (Files.exists(config)) {
            try (InputStream in = Files.newInputStream(config)) {
                properties.load(in);
            }
        }
        properties.setProperty("osgi.nl", language);
        try (OutputStream out = Files.newOutputStream(config)) {
            properties.store(out, "Phaen: interface language chosen in the preferences");
        }
    }
}
