/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.xlsx;

import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens a workbook someone sent, refusing zip bombs: an entry that inflates more than 100 times or beyond
 * 100 MB is refused while it is read (POI's limits, set once for the process), before it fills the memory.
 */
public final class GuardedOpen {

    /** The smallest compressed-to-inflated ratio accepted. */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /** The largest inflated size of one entry. */
    public static final long MAX_ENTRY_SIZE = 100L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }

    private GuardedOpen() {}

    /** The workbook; POI's exception (zip bomb, truncated file, no zip at all) when it cannot be read. */
    public static XSSFWorkbook workbook(InputStream in) throws IOException {
        return new XSSFWorkbook(in);
    }
}
