/**
 * Window &gt; Preferences &gt; Phaen: interface language, default fiscal year, B.E. or ISO dates in the form, and the
 * monitoring store.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.ui.prefs.PhaenPreferences} (the values and their defaults, read by the
 * commands and the diagram editor); {@link org.phaen.ui.prefs.PhaenPreferencePage}.
 * <p>
 * <b>Contract:</b> the interface language takes effect at the next start (written into the installation's
 * {@code config.ini}; {@code -nl} still wins). The store is empty for the embedded store beside each plan, or a JDBC
 * URL with a user; the password never goes into the preferences (it comes from {@code PHAEN_STORE_PASSWORD}).
 * <p>
 * <b>Threads:</b> the page runs on the UI thread; the values may be read from any thread.
 */
package org.phaen.ui.prefs;
