/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.testing;

import java.nio.file.Path;

/**
 * The repository's checked-in files (bundle sources, {@code models/}, {@code testdata/}) that tests read: the root
 * {@code pom.xml} passes the root as the system property {@code phaen.root}; a test run from a bundle folder without
 * it finds the root two folders up.
 */
public final class Repository {

    private Repository() {}

    /** The repository's root folder, absolute. */
    public static Path root() {
        return Path.of(System.getProperty("phaen.root", "../.."))
                .toAbsolutePath()
                .normalize();
    }

    /** A file or folder below the root, e.g. {@code path("testdata", "personal-data", "variants.txt")}. */
    public static Path path(String first, String... more) {
        return root().resolve(Path.of(first, more));
    }

    /** The folder of the bundles. */
    public static Path bundles() {
        return path("bundles");
    }
}
