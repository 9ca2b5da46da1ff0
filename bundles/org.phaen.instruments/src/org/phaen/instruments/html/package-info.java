/**
 * Instruments as printable, self-contained HTML5 forms, and the HTML escaping Phaen's HTML and SVG writers share.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.instruments.html.HtmlRenderer} (format {@code html});
 * {@link org.phaen.instruments.html.Html} for escaping element text, attributes and CSS strings (used by the
 * reports bundle too).
 * <p>
 * <b>Contract:</b> one file with inline CSS, no scripts and no fetched resources, laid out as a Thai government
 * form on A4; every item element carries {@code data-uuid}. Nothing a user typed can open a tag, end an
 * attribute or leave the style element.
 * <p>
 * <b>Threads:</b> stateless; any thread, as long as the instrument is not changed meanwhile.
 */
package org.phaen.instruments.html;
