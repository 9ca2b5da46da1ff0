/**
 * The Phaen workbench as an RCP application: start-up, the window with its menus and perspective, and the plan files
 * named on the command line opened at start.
 * <p>
 * <b>Entry points:</b> the application {@code org.phaen.rcp.application} ({@link org.phaen.rcp.Application}) and the
 * product {@code org.phaen.rcp.product}, both declared in {@code plugin.xml};
 * {@link org.phaen.rcp.PhaenWorkbenchAdvisor}; {@link org.phaen.rcp.Perspective}. Nothing here is meant to be called by
 * other bundles.
 * <p>
 * <b>Contract:</b> without {@code -data} the workspace is set under the user's home; the Problems view's marker icons
 * are declared here, as the IDE's own advisor would; with {@code -Dphaen.bench=true} the workbench times its start and
 * the plans it opens, then closes itself ({@code phaen bench workbench}).
 * <p>
 * <b>Threads:</b> the UI thread, as everything in the workbench.
 */
package org.phaen.rcp;
