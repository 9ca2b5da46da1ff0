/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A written HTML book read back with jsoup: elements by the id named from the model element's UUID. */
final class BookHtml implements BookReading {

    private final Document doc;

    BookHtml(byte[] html) {
        doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    }

    @Override
    public boolean has(String uuid) {
        return doc.getElementById(uuid) != null;
    }

    @Override
    public String at(String uuid) {
        Element e = doc.getElementById(uuid);
        return e == null ? "" : BookPdf.squeeze(e.text());
    }

    @Override
    public String all() {
        return BookPdf.squeeze(doc.body().text());
    }

    Document document() {
        return doc;
    }
}
