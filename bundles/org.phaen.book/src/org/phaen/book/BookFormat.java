/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book;

import java.util.ArrayList;
import java.util.List;
import org.phaen.cli.spi.BadInputException;

/** The formats a book is written in. */
public enum BookFormat {
    DOCX("docx"),
    PDF("pdf"),
    HTML("html");

    private final String extension;

    BookFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The formats named ("docx", "pdf", "html"), each once, in the order named. */
    public static List<BookFormat> parse(List<String> names) throws BadInputException {
        List<BookFormat> out = new ArrayList<>();
        for (String name : names) {
            BookFormat format = switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "docx" -> DOCX;
                case "pdf" -> PDF;
                case "html" -> HTML;
                default ->
                    throw new BadInputException("--formats: unknown format '" + name + "' (docx, pdf, html)", null);
            };
            if (!out.contains(format)) {
                out.add(format);
            }
        }
        return out;
    }
}
