/**
 * The public transparency site of an action plan: a static site (plain HTML, one style sheet, SVG charts and
 * the shipped Sarabun font with its licence) that any web server or USB stick can carry.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.reports.publish.TransparencyPack#write} (the files it wrote, redacted with
 * the given {@link org.phaen.model.privacy.PersonalDataMatcher} or with consents as they stand that day);
 * {@link org.phaen.reports.publish.StagedSite} (a site written into a hidden folder beside its destination, scanned
 * for leaks, then published or deleted).
 * <p>
 * <b>Contract:</b> the site holds no personal data of people who have not consented: its pages never print people,
 * committees or contact details (citizen feedback channels are the only addresses), and every text, link and chart
 * label passes through the matcher's redaction on the way out. Published through {@code StagedSite}, a site is all or
 * nothing: files move into place only when the scan finds nothing; files of the destination the site does not write
 * are left alone.
 * <p>
 * <b>Threads:</b> reads the plan: call it on the thread that owns the model, or while nothing changes the plan
 * (the workbench runs reports under a modal progress dialog). A built matcher may be shared between threads.
 */
package org.phaen.reports.publish;
