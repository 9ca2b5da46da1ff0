/**
 * Example collected data for a plan whose instruments were generated and saved: filled KPI sheets and progress
 * reports, an ODK Central CSV export of the satisfaction survey and a delivery log ({@code phaen generate-collected},
 * how {@code models/collected/} was made).
 * <p>
 * <b>Entry points:</b> {@link org.phaen.monitoring.cli.collected.SampleCollectedData} ({@code new SampleCollectedData(plan, until)},
 * then {@code write(folder)}).
 * <p>
 * <b>Contract:</b> the same files on every run (seeded), so a test can check the shipped samples against the plan;
 * figures are plausible example data, not a forecast. The files are written as an agency or ODK Central would send
 * them, so they go through the real importers.
 * <p>
 * <b>Threads:</b> reads the plan: on the thread that owns it; one writer per run.
 */
package org.phaen.monitoring.cli.collected;
