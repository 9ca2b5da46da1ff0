/**
 * Draft plans derived from a higher plan, as a provincial office starts from the regional plan
 * ({@code phaen new-plan}, the workbench's aligned-plan wizard).
 * <p>
 * <b>Entry points:</b> {@link org.phaen.exchange.derive.AlignedPlanDraft#from} (a new plan model) and
 * {@link org.phaen.exchange.derive.AlignedPlanDraft#planToAlignTo} (the strategic plan of a model to start from).
 * <p>
 * <b>Contract:</b> the draft copies the strategic issues, goals, indicators and strategies with their wording,
 * each new element aligned to the one it comes from; targets are left out for the lower level to set (validation
 * lists them). The higher plan is not changed; the draft is in no file until the caller saves it
 * ({@code PlanFiles.saveAs}).
 * <p>
 * <b>Threads:</b> reads the higher plan: on the thread that owns it. The draft is a new model the caller owns.
 */
package org.phaen.exchange.derive;
