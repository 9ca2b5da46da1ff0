/**
 * The annual action plan's book.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.book.action.ActionPlanBook#of} (cover, foreword and approval, contents, totals
 * per strategic issue and per funding source, then each project with its objectives, target groups, indicators and
 * targets, activities by quarter, budget by source and quarter, and responsible bodies).
 * <p>
 * <b>Contract:</b> as {@link org.phaen.book}: deterministic, anchored by UUID, wording from the properties.
 * <p>
 * <b>Threads:</b> as {@link org.phaen.book}.
 */
package org.phaen.book.action;
