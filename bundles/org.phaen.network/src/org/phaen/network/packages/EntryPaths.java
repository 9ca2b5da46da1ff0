/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.packages;

/** Entry names a package may hold: relative, forward slashes, no empty, "." or ".." segment, nothing that leaves the package. */
final class EntryPaths {

    private EntryPaths() {}

    static String checked(String entry, String packageName) throws PackageRefusedException {
        String path = entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry;
        boolean bad = path.isEmpty()
                || path.startsWith("/")
                || path.contains("\\")
                || path.contains(":")
                || path.chars().anyMatch(ch -> ch < 0x20);
        for (String segment : path.split("/", -1)) {
            bad |= segment.isEmpty() || segment.equals(".") || segment.equals("..");
        }
        if (bad) {
            throw new PackageRefusedException(packageName
                    + " holds an entry whose path leaves the package or is not plain (" + entry + "); refused");
        }
        return path;
    }
}
