/**
 * Flow documents (the plan book) as one self-contained HTML page.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.documents.html.HtmlFlowWriter#write}.
 * <p>
 * <b>Contract:</b> UTF-8, fonts and styles inline, no scripts, nothing fetched from elsewhere; an element id per
 * anchor (model element UUID), the first block with an anchor getting it; the contents link to the headings; header
 * rows in {@code thead}; figures as inline SVG. Text is written as given (the tree's builder chose the digits and
 * what is public).
 * <p>
 * <b>Threads:</b> stateless; any thread.
 */
package org.phaen.documents.html;
