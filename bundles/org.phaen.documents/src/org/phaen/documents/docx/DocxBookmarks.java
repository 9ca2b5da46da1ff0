/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.docx;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.phaen.documents.flow.Block;
import org.phaen.documents.flow.FlowDocument;
import org.phaen.documents.flow.Heading;
import org.phaen.documents.flow.ItemList;
import org.phaen.documents.flow.Table;

/**
 * The bookmarks of one document, named before anything is written so the table of contents can link to headings
 * that come after it: a name from a model element's UUID ({@link DocxText#bookmark}) for the first block, list item
 * or table row that shows the element, and {@code _Toc1}, {@code _Toc2}, ... for headings without an element.
 * Nodes are told apart by identity, since two equal records are still two places in the document.
 */
final class DocxBookmarks {

    private final Map<Object, String> names = new IdentityHashMap<>();
    private final Set<String> used = new HashSet<>();
    private int nextId;

    DocxBookmarks(FlowDocument document) {
        for (Block block : document.blocks()) {
            name(block, block.anchor());
            switch (block) {
                case ItemList list -> list.items().forEach(item -> name(item, item.anchor()));
                case Table table -> table.rows().forEach(row -> name(row, row.anchor()));
                default -> {
                    // no inner anchors
                }
            }
        }
        int toc = 0;
        for (Block block : document.blocks()) {
            if (block instanceof Heading h && !names.containsKey(h)) {
                String name;
                do {
                    name = "_Toc" + ++toc;
                } while (!used.add(name));
                names.put(h, name);
            }
        }
    }

    private void name(Object node, String anchor) {
        if (anchor != null && !anchor.isBlank() && used.add(DocxText.bookmark(anchor))) {
            names.put(node, DocxText.bookmark(anchor));
        }
    }

    /** The bookmark of {@code node} (a block, list item or table row), or {@code null}. */
    String of(Object node) {
        return names.get(node);
    }

    /** Opens {@code node}'s bookmark (if it has one) before what is added to {@code p} next; {@code null} if none. */
    BigInteger start(XWPFParagraph p, Object node) {
        String name = names.get(node);
        if (name == null) {
            return null;
        }
        BigInteger id = BigInteger.valueOf(nextId++);
        var start = p.getCTP().addNewBookmarkStart();
        start.setId(id);
        start.setName(name);
        return id;
    }

    /** Closes the bookmark {@link #start} opened, if any. */
    void end(XWPFParagraph p, BigInteger id) {
        if (id != null) {
            p.getCTP().addNewBookmarkEnd().setId(id);
        }
    }
}
