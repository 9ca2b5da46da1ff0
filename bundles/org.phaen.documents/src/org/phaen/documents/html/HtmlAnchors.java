/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.html;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.phaen.documents.flow.Block;
import org.phaen.documents.flow.FlowDocument;
import org.phaen.documents.flow.Heading;

/**
 * Element ids: a block's anchor (the model element's UUID) on the first block that has it, as the DOCX bookmarks
 * and PDF destinations do; headings without an anchor get a numbered id so the contents can link to them.
 */
final class HtmlAnchors {

    private final Set<String> used = new HashSet<>();
    private final Map<Heading, String> headingTargets = new IdentityHashMap<>();

    HtmlAnchors(FlowDocument document) {
        int n = 0;
        Set<String> seen = new HashSet<>();
        for (Block b : document.blocks()) {
            if (b instanceof Heading h) {
                n++;
                headingTargets.put(h, h.anchor() != null && seen.add(h.anchor()) ? h.anchor() : "h-" + n);
            } else if (b.anchor() != null) {
                seen.add(b.anchor());
            }
        }
    }

    /** The id attribute of a block, or nothing. */
    String id(Block block) {
        return block instanceof Heading h ? attribute(headingTargets.get(h)) : idOf(block.anchor());
    }

    String idOf(String anchor) {
        return anchor == null ? "" : attribute(anchor);
    }

    /** Where the contents link a heading to. */
    String target(Heading h) {
        return headingTargets.get(h);
    }

    private String attribute(String id) {
        return id != null && used.add(id) ? " id=\"" + Html.escape(id) + "\"" : "";
    }
}
