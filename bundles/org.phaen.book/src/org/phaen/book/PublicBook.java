/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.phaen.documents.html.HtmlFlowWriter;
import org.phaen.model.ActionPlan;
import org.phaen.model.privacy.PersonalDataMatcher;

/**
 * The action plan's book as the public site carries it ({@code phaen publish}): one self-contained HTML page beside
 * the transparency pack's pages, every text passed through the site's redaction, so the site's scan reads it with
 * the other pages before anything is published.
 */
public final class PublicBook {

    /** The page's file name in the site. */
    public static final String FILE = "book.html";

    private PublicBook() {}

    /**
     * Writes the public copy of {@code plan}'s book ({@code phaen book --public}'s) into {@code folder}, redacted with
     * the site's matcher {@code personal}; returns the file.
     */
    public static Path write(ActionPlan plan, PersonalDataMatcher personal, Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        try (OutputStream out = Files.newOutputStream(file)) {
            HtmlFlowWriter.write(
                    PlanBooks.of(
                            plan, BookOptions.actionPlan(plan.getFiscalYear()).asPublic(), personal),
                    out);
        }
        return file;
    }

    /** The words of the site's menu entry that opens it. */
    public static String linkText() {
        return new BookText(BookOptions.actionPlan(0)).word("publish.link");
    }
}
