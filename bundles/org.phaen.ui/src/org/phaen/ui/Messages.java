/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui;

import org.eclipse.osgi.util.NLS;

/** The workbench's texts: messages.properties (English) and messages_th.properties (Thai), chosen by -nl. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.phaen.ui.messages";

    public static String Editor_loadFailed;
    public static String Editor_loadFailedOfferBackup;
    public static String Editor_saveFailed;
    public static String Editor_title;
    public static String Editor_held;
    public static String Editor_heldUnsaved;
    public static String Property_notAValue;
    public static String Action_undo;
    public static String Action_redo;
    public static String Action_rename;
    public static String QuickFix_uniqueCode;
    public static String Form_details;
    public static String NewPlan_title;
    public static String NewPlan_description;
    public static String NewPlan_name;
    public static String NewPlan_fileName;
    public static String NewPlan_fromSample;
    public static String NewPlan_needName;
    public static String NewPlan_badFileName;
    public static String NewPlan_exists;
    public static String AlignedPlan_title;
    public static String AlignedPlan_description;
    public static String AlignedPlan_upper;
    public static String AlignedPlan_code;
    public static String AlignedPlan_note;
    public static String AlignedPlan_noPlans;
    public static String AlignedPlan_badCode;
    public static String AlignedPlan_noStrategicPlan;
    public static String Wizard_browse;
    public static String Export_title;
    public static String Export_description;
    public static String Export_plan;
    public static String Export_json;
    public static String Export_sheet;
    public static String Export_to;
    public static String Export_needFile;
    public static String Export_unsaved;
    public static String Export_running;
    public static String Export_failed;
    public static String Import_title;
    public static String Import_description;
    public static String Import_json;
    public static String Import_sheet;
    public static String Import_from;
    public static String Import_intoPlan;
    public static String Import_needFile;
    public static String Import_rejected;
    public static String Import_aligned;
    public static String Import_failed;
    public static String ImportWorkbook_title;
    public static String ImportWorkbook_description;
    public static String ImportWorkbook_review;
    public static String ImportWorkbook_nothing;
    public static String ImportWorkbook_changes;
    public static String ImportWorkbook_rejected;
    public static String ImportWorkbook_fix;
    public static String Book_title;
    public static String Book_message;
    public static String Book_kind;
    public static String Book_strategic;
    public static String Book_actionPlan;
    public static String Book_fiscalYear;
    public static String Book_formats;
    public static String Book_template;
    public static String Book_public;
    public static String Book_folder;
    public static String Book_browse;
    public static String Book_generate;
    public static String Book_noFormat;
    public static String Book_noTemplate;
    public static String Book_noFolder;
    public static String Book_writing;
    public static String Book_building;
    public static String Book_noPlan;
    public static String Book_failed;
    public static String Book_done;
    public static String Book_cancelled;
    public static String Reports_title;
    public static String Reports_askFolder;
    public static String Reports_writing;
    public static String Reports_done;
    public static String Reports_failed;
    public static String Reports_cancelled;
    public static String Reports_noStore;
    public static String Prefs_storeUrl;
    public static String Prefs_storeUrlBad;
    public static String Prefs_storeUser;
    public static String Generate_title;
    public static String Generate_openAPlan;
    public static String Generate_askYear;
    public static String Generate_badYear;
    public static String Generate_askFolder;
    public static String Generate_writing;
    public static String Generate_done;
    public static String Generate_failed;
    public static String Generate_cancelled;
    public static String Generate_noMonitoringPlan;
    public static String Generate_noActionPlan;
    public static String Prefs_description;
    public static String Prefs_language;
    public static String Prefs_languageThai;
    public static String Prefs_languageEnglish;
    public static String Prefs_fiscalYear;
    public static String Prefs_buddhistEra;
    public static String Prefs_restart;
    public static String Form_add;
    public static String Form_remove;
    public static String QuickFix_newCode;
    public static String QuickFix_roundToSatang;

    public static String Welcome_title;
    public static String Welcome_heading;
    public static String Welcome_noSample;
    public static String Welcome_text;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {}
}
