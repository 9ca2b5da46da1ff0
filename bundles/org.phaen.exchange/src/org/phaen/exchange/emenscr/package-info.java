/**
 * The eMENSCR project sheet: every project of a fiscal year's action plans as the national strategy monitoring
 * system eMENSCR asks for it (general data, the XYZ alignment chain and the other plan levels, objectives, target
 * groups, KPIs with targets, budget by source and category, activities, progress and disbursement by quarter), so
 * nothing Phaen knows is typed again.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.exchange.emenscr.EmenscrSheetWriter}; the column map is
 * {@code EmenscrColumns}, the one place to correct when eMENSCR's form is better known.
 * <p>
 * <b>Contract:</b> a responsible person's name and contacts appear only within a consent in force on the day written.
 * <p>
 * <b>Threads:</b> one sheet on one thread.
 */
package org.phaen.exchange.emenscr;
