/**
 * The public transparency site of an action plan: a static site (plain HTML, one style sheet, SVG charts and
 * the shipped Sarabun font with its licence) that any web server or USB stick can carry.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.reports.publish.TransparencyPack#write} (the files it wrote);
 * {@link org.phaen.reports.publish.PersonalData} (every person's names and contact values in the loaded plans,
 * and a redactor built from them).
 * <p>
 * <b>Contract:</b> the site holds no personal data: its pages never print people, committees or contact details
 * (citizen feedback channels are the only addresses), and every text passes through the redactor on the way
 * out. The command line scans what was written once more before it reports success.
 * <p>
 * <b>Threads:</b> reads the plan: call it on the thread that owns the model, or while nothing changes the plan
 * (the workbench runs reports under a modal progress dialog).
 */
package org.phaen.reports.publish;
