/**
 * The plan workbook: a whole plan in Excel or LibreOffice Calc and back. One sheet per kind of element in plan
 * order (strategic issues, goals, indicators with a target column per fiscal year, strategies, projects, activities,
 * milestones, budget lines, organisations, people, MOUs, committees and their members), a hidden UUID column,
 * Thai headers over English, drop-downs for parents, references and enumerations, dates shown in B.E.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.exchange.workbook.PlanWorkbookWriter} writes it,
 * {@link org.phaen.exchange.workbook.PlanWorkbookReader} reads it back into a
 * {@link org.phaen.exchange.workbook.WorkbookImport}: the {@link org.phaen.exchange.workbook.Edit}s it asks, or every
 * problem by sheet, row and column.
 * <p>
 * <b>Contract:</b> all or nothing: a workbook with any problem asks no edit. A row nobody edited asks nothing, so an
 * unedited workbook leaves the plan file as it was. Contact details a person has not consented to publish are
 * written as withheld and never read back.
 * <p>
 * <b>Threads:</b> one workbook on one thread; the plan must not change while it is read.
 */
package org.phaen.exchange.workbook;
