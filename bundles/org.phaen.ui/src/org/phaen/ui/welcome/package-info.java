/**
 * The welcome page in the editor area: what the sample plans are and how to start a plan of one's own, shown on
 * the workbench's first start and from Help > Welcome.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.ui.welcome.Welcome#showOnFirstStart}, {@link org.phaen.ui.welcome.Welcome#show}.
 * <p>
 * <b>Threads:</b> UI thread only.
 */
package org.phaen.ui.welcome;
