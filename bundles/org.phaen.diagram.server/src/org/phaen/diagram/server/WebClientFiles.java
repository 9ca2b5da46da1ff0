/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/** Where the built web client (bundle org.phaen.diagram.web, folder dist/) is on disk, for the server to serve. */
public final class WebClientFiles {

    public static final String BUNDLE = "org.phaen.diagram.web";

    private WebClientFiles() {}

    public static Path root() throws IOException {
        Bundle web = Platform.getBundle(BUNDLE);
        URL dist = web == null ? null : web.getEntry("dist/index.html");
        if (dist == null) {
            throw new IOException("the diagram web client is not installed (" + BUNDLE
                    + "/dist/index.html); build it with ./phaen build");
        }
        // Unpacked bundles answer with their folder; a packed one is extracted to Equinox's cache first.
        return new File(FileLocator.toFileURL(dist).getPath()).toPath().getParent();
    }
}
