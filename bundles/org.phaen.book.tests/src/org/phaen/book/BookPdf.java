/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * A written PDF book read back with PDFBox: its named destinations (one per model element, named by UUID), the whole
 * text, and the text from an element's destination down to the next destination on its page (its table row, or its
 * heading and what follows). Whitespace is left out, as lines break inside Thai words' runs.
 */
final class BookPdf implements BookReading {

    private record Place(int page, float top) {}

    private final PDDocument doc;
    private final Map<String, Place> places = new HashMap<>();
    private final String text;

    BookPdf(byte[] pdf) throws IOException {
        doc = Loader.loadPDF(pdf);
        var names = doc.getDocumentCatalog().getNames();
        if (names != null && names.getDests() != null && names.getDests().getNames() != null) {
            for (var e : names.getDests().getNames().entrySet()) {
                if (e.getValue() instanceof PDPageDestination d) {
                    places.put(e.getKey(), new Place(d.retrievePageNumber(), topOf(d)));
                }
            }
        }
        text = squeeze(new PDFTextStripper().getText(doc));
    }

    private static float topOf(PDPageDestination d) {
        return d
                        instanceof
                        org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination xyz
                ? xyz.getTop()
                : 0;
    }

    @Override
    public boolean has(String uuid) {
        return places.containsKey(uuid);
    }

    @Override
    public String all() {
        return text;
    }

    @Override
    public String at(String uuid) throws IOException {
        Place place = places.get(uuid);
        if (place == null) {
            return "";
        }
        float next = places.values().stream()
                .filter(p -> p.page() == place.page() && p.top() < place.top() - 0.5f)
                .max(Comparator.comparing(Place::top))
                .map(Place::top)
                .orElse(0f);
        PDPage page = doc.getPage(place.page());
        float height = page.getMediaBox().getHeight();
        PDFTextStripperByArea area = new PDFTextStripperByArea();
        area.addRegion(
                "element",
                new Rectangle2D.Float(
                        0, height - place.top(), page.getMediaBox().getWidth(), place.top() - next));
        area.extractRegions(page);
        return squeeze(area.getTextForRegion("element"));
    }

    int pages() {
        return doc.getNumberOfPages();
    }

    List<String> destinations() {
        return List.copyOf(places.keySet());
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s", "");
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
