/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.prefs;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.phaen.model.calendar.FiscalYear;
import org.phaen.ui.Messages;

/** Window > Preferences > Phaen: interface language, default fiscal year, B.E. or ISO dates, monitoring store. */
public final class PhaenPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    private String languageBefore;

    public PhaenPreferencePage() {
        super(GRID);
        setPreferenceStore(PhaenPreferences.store());
        setDescription(Messages.Prefs_description);
    }

    @Override
    public void init(IWorkbench workbench) {
        languageBefore = PhaenPreferences.store().getString(PhaenPreferences.LANGUAGE);
    }

    @Override
    protected void createFieldEditors() {
        addField(new RadioGroupFieldEditor(
                PhaenPreferences.LANGUAGE,
                Messages.Prefs_language,
                2,
                new String[][] {{Messages.Prefs_languageThai, "th"}, {Messages.Prefs_languageEnglish, "en"}},
                getFieldEditorParent(),
                true));
        IntegerFieldEditor year = new IntegerFieldEditor(
                PhaenPreferences.FISCAL_YEAR, Messages.Prefs_fiscalYear, getFieldEditorParent(), 4);
        year.setValidRange(FiscalYear.MIN_BE_YEAR, FiscalYear.MAX_BE_YEAR);
        addField(year);
        addField(new BooleanFieldEditor(
                PhaenPreferences.BUDDHIST_ERA, Messages.Prefs_buddhistEra, getFieldEditorParent()));
        StringFieldEditor url =
                new StringFieldEditor(PhaenPreferences.STORE_URL, Messages.Prefs_storeUrl, getFieldEditorParent()) {
                    @Override
                    protected boolean doCheckState() {
                        String value = getStringValue().strip();
                        return value.isEmpty()
                                || value.startsWith("jdbc:derby:")
                                || value.startsWith("jdbc:postgresql:");
                    }
                };
        url.setErrorMessage(Messages.Prefs_storeUrlBad);
        addField(url);
        addField(new StringFieldEditor(PhaenPreferences.STORE_USER, Messages.Prefs_storeUser, getFieldEditorParent()));
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        String language = PhaenPreferences.store().getString(PhaenPreferences.LANGUAGE);
        if (ok && !language.equals(languageBefore)) {
            try {
                InterfaceLanguage.setAtNextStart(language);
                MessageDialog.openInformation(getShell(), Messages.Prefs_language, Messages.Prefs_restart);
            } catch (java.io.IOException e) {
                MessageDialog.openError(getShell(), Messages.Prefs_language, e.getMessage());
            }
            languageBefore = language;
        }
        return ok;
    }
}
