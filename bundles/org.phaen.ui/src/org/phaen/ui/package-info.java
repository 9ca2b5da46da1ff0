/**
 * The workbench's plan tools for Eclipse: this package holds only their texts; the tools are in the sub-packages
 * (editor, form, Properties, Problems, navigator, wizards, commands, preferences).
 * <p>
 * <b>Entry points:</b> {@link org.phaen.ui.Messages}, the English and Thai texts ({@code messages.properties},
 * {@code messages_th.properties}, chosen by {@code -nl}); the plug-in's contributions are declared in
 * {@code plugin.xml}.
 * <p>
 * <b>Contract:</b> every text a user sees comes in English and Thai; a key missing in Thai falls back to English.
 * <p>
 * <b>Threads:</b> the texts may be read from any thread; everything else in this bundle runs on the UI thread.
 */
package org.phaen.ui;
