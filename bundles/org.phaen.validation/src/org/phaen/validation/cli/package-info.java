/**
 * {@code phaen validate} and {@code phaen bench validate}, contributed by
 * {@link org.phaen.validation.cli.ValidationCommands}, and the output formats of {@code phaen validate}: text with
 * {@code file:line}, JSON for scripts, and SARIF 2.1.0 for CI systems.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.validation.cli.ReportFormat#write} with its {@code Input} (the report, the
 * rules, the language and the lines where elements start); {@link org.phaen.validation.cli.ElementLines#of} (the line
 * of each element, by UUID, in a plan file).
 * <p>
 * <b>Contract:</b> findings come in the report's stable order; messages and hints in the chosen language; the SARIF
 * output carries the tool version and validates with Microsoft's SARIF multitool (checked in CI), the JSON parses.
 * <p>
 * <b>Threads:</b> stateless writers: any thread, given a finished report.
 */
package org.phaen.validation.cli;
