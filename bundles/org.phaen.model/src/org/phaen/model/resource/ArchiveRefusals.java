/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import java.util.Locale;

/**
 * Why a zipped office file (XLSX, DOCX) could not be opened, in one line. The libraries that open them refuse zip
 * bombs with several lines of advice for programmers ("open an issue on bugzilla", "ZipSecureFile.setMinInflateRatio()");
 * a user needs to know only that the file was refused and why.
 */
public final class ArchiveRefusals {

    private ArchiveRefusals() {}

    /**
     * One line naming the file: a zip bomb said as such, any other failure by the first line of its message.
     *
     * @param format what the file should have been, e.g. "an XLSX workbook"
     */
    public static String describe(String fileName, String format, Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("zip bomb")
                || lower.contains("maximum length for this record type")
                || lower.contains("exceed the max")) {
            return fileName + " unpacks to far more than its own size (a zip bomb, or not a file Phaen wrote); refused";
        }
        return fileName + " cannot be read as " + format + ": "
                + message.lines().findFirst().orElse("").strip();
    }
}
