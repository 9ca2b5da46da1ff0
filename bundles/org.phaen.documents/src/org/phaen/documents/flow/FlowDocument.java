package org.phaen.documents.flow;

import java.util.List;

/**
 * A whole document: its title (document properties), the code shown in the footer beside the page number, whether
 * page numbers are Thai digits and its wording English, and its sections in order.
 */
public record FlowDocument(String title, String footerCode, boolean thaiDigits, boolean english, List<Section> sections) {

    public FlowDocument {
        sections = List.copyOf(sections);
    }

    /** Every block of every section, in reading order. */
    public List<Block> blocks() {
        return sections.stream().flatMap(s -> s.blocks().stream()).toList();
    }
}
