/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * An Office file written again with every entry dated 1 January 1980 (the earliest a zip can say): POI stamps each
 * part with the time of writing, so without this two runs on the same document would differ in every entry header.
 * Order and content of the parts stay as POI wrote them.
 */
public final class StableZip {

    private static final long EPOCH = java.time.LocalDateTime.of(1980, 1, 1, 0, 0)
            .atZone(java.time.ZoneId.systemDefault())
            .toInstant()
            .toEpochMilli();

    private StableZip() {}

    public static void copy(byte[] zip, OutputStream out) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                ZipEntry stable = new ZipEntry(entry.getName());
                stable.setTime(EPOCH);
                copy.putNextEntry(stable);
                in.transferTo(copy);
                copy.closeEntry();
            }
            copy.finish();
        }
    }
}
