/**
 * Reports as HTML5 pages: self-contained files to mail and print, or pages of the public site.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.reports.internal.html.HtmlWriter#selfContained()} and
 * {@link org.phaen.reports.internal.html.HtmlWriter#sitePage}, then {@code write(Report)};
 * {@link org.phaen.reports.internal.html.ReportCss} (the style sheet and the shipped font files).
 * <p>
 * <b>Contract:</b> a self-contained page carries its style sheet, fonts and charts inline; a site page links
 * {@code style.css} and {@code charts/*.svg} and shows the site's navigation. User text is escaped
 * ({@link org.phaen.instruments.html.Html}).
 * <p>
 * <b>Threads:</b> a writer keeps only its navigation: any thread.
 */
package org.phaen.reports.internal.html;
