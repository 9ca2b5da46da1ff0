/**
 * Compare With in the workbench: two plan files (Each Other) or a plan and the backup its last save kept (Last Saved
 * Backup) side by side as trees, the differences marked in both and listed below, each copied to the other side as
 * one undoable command.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.compare.ui.PlanCompareEditor} opened on a
 * {@link org.phaen.compare.ui.PlanCompareInput}; the Plan Navigator's Compare With menu (plugin.xml) opens it.
 * <p>
 * <b>Contract:</b> matching and copying are {@code org.phaen.compare}'s (by UUID); a backup is shown, never
 * changed; saving writes only the files a copy changed, with the safe save.
 * <p>
 * <b>Threads:</b> the UI thread.
 */
package org.phaen.compare.ui;
