/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDestinationNameTreeNode;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * Where a reader can jump: the outline (bookmarks nested by heading level: parts, then their headings), a named
 * destination per anchor (the UUID of the model element a block shows, so a link from another document or the web
 * page can reach it) and link areas (table-of-contents entries). Places are collected while the pages are drawn
 * and written once the pages exist.
 */
public final class PdfNavigation {

    /** A spot on a page: page index from 0 and the y of its top. */
    public record Place(int page, float top) {}

    private record Mark(int level, String title, Place place) {}

    private record Link(Place from, float x, float y, float width, float height, String anchor) {}

    private final List<Mark> outline = new ArrayList<>();
    private final Map<String, Place> destinations = new TreeMap<>();
    private final List<Link> links = new ArrayList<>();

    /** A bookmark of {@code level} (1 outermost) under the last bookmark of a lower level. */
    public void bookmark(int level, String title, Place place) {
        outline.add(new Mark(level, title, place));
    }

    /** The first place an anchor is shown becomes its destination. */
    public void destination(String anchor, Place place) {
        if (anchor != null && !anchor.isBlank()) {
            destinations.putIfAbsent(anchor, place);
        }
    }

    public Place destination(String anchor) {
        return destinations.get(anchor);
    }

    /** A clickable area (lower-left corner, size) on a page that goes to an anchor's destination. */
    public void link(int page, float x, float y, float width, float height, String anchor) {
        links.add(new Link(new Place(page, y), x, y, width, height, anchor));
    }

    /** Writes outline, destinations and links into the document of {@code pages}. */
    void write(org.apache.pdfbox.pdmodel.PDDocument doc, List<PDPage> pages) throws IOException {
        Map<String, PDPageDestination> names = new TreeMap<>();
        destinations.forEach((anchor, place) -> names.put(anchor, target(pages, place)));
        if (!names.isEmpty()) {
            PDDestinationNameTreeNode tree = new PDDestinationNameTreeNode();
            tree.setNames(names);
            PDDocumentNameDictionary dictionary = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            dictionary.setDests(tree);
            doc.getDocumentCatalog().setNames(dictionary);
        }
        if (!outline.isEmpty()) {
            PDDocumentOutline root = new PDDocumentOutline();
            PDOutlineNode[] parents = new PDOutlineNode[6];
            parents[0] = root;
            for (Mark mark : outline) {
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(mark.title());
                item.setDestination(target(pages, mark.place()));
                PDOutlineNode parent = root;
                for (int l = Math.min(mark.level() - 1, 4); l >= 0; l--) {
                    if (parents[l] != null) {
                        parent = parents[l];
                        break;
                    }
                }
                parent.addLast(item);
                parents[mark.level()] = item;
                for (int l = mark.level() + 1; l < parents.length; l++) {
                    parents[l] = null;
                }
            }
            root.openNode();
            doc.getDocumentCatalog().setDocumentOutline(root);
        }
        for (Link link : links) {
            if (!destinations.containsKey(link.anchor())) {
                continue;
            }
            PDAnnotationLink annotation = new PDAnnotationLink();
            annotation.setRectangle(new PDRectangle(link.x(), link.y(), link.width(), link.height()));
            PDBorderStyleDictionary none = new PDBorderStyleDictionary();
            none.setWidth(0);
            annotation.setBorderStyle(none);
            PDActionGoTo go = new PDActionGoTo();
            go.setDestination(new PDNamedDestination(link.anchor()));
            annotation.setAction(go);
            pages.get(link.from().page()).getAnnotations().add(annotation);
        }
    }

    private static PDPageDestination target(List<PDPage> pages, Place place) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(pages.get(place.page()));
        destination.setLeft(0);
        destination.setTop(Math.round(place.top()));
        return destination;
    }
}
