/**
 * Bar charts as SVG written by hand: no chart library and no script, so the same file works inline in a
 * report, as an image of the public site, and in any browser.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.reports.internal.svg.SvgBarChart#svg} (an element to put inline) and
 * {@link org.phaen.reports.internal.svg.SvgBarChart#standalone} (a file) for a {@link org.phaen.reports.internal.document.BarChart}.
 * <p>
 * <b>Contract:</b> well-formed XML with every text escaped; the font list starts with the Sarabun family.
 * <p>
 * <b>Threads:</b> stateless: any thread.
 */
package org.phaen.reports.internal.svg;
