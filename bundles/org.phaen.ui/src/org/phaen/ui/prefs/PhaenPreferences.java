/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.prefs;

import java.time.LocalDate;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.phaen.model.calendar.FiscalYear;

/** The workbench's preferences (Window > Preferences > Phaen), with their defaults. */
public final class PhaenPreferences {

    public static final String LANGUAGE = "language";
    public static final String FISCAL_YEAR = "fiscalYear";
    public static final String BUDDHIST_ERA = "buddhistEra";
    /** JDBC URL of a shared monitoring store; empty for the embedded store beside each plan. */
    public static final String STORE_URL = "storeUrl";

    public static final String STORE_USER = "storeUser";

    private static IPreferenceStore store;

    private PhaenPreferences() {}

    public static synchronized IPreferenceStore store() {
        if (store == null) {
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, "org.phaen.ui");
            store.setDefault(LANGUAGE, "th");
            store.setDefault(FISCAL_YEAR, FiscalYear.containing(LocalDate.now()).beYear());
            store.setDefault(BUDDHIST_ERA, true);
            store.setDefault(STORE_URL, "");
            store.setDefault(STORE_USER, "phaen");
        }
        return store;
    }

    /** Dates shown and typed in the Buddhist Era (15/1/2562) rather than ISO (2019-01-15). */
    public static boolean buddhistEra() {
        return store().getBoolean(BUDDHIST_ERA);
    }

    public static int fiscalYear() {
        return store().getInt(FISCAL_YEAR);
    }
}
