/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare.ui;

import org.eclipse.osgi.util.NLS;

/** The comparison's texts: messages.properties (English) and messages_th.properties (Thai), chosen by -nl. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.phaen.compare.ui.messages";

    public static String Compare_with;
    public static String Compare_title;
    public static String Compare_backupTitle;
    public static String Compare_side;
    public static String Compare_backupSide;
    public static String Compare_copyToRight;
    public static String Compare_copyToLeft;
    public static String Compare_copyNotYet;
    public static String Compare_kindColumn;
    public static String Compare_elementColumn;
    public static String Compare_changeColumn;
    public static String Compare_pickTwo;
    public static String Compare_pickOne;
    public static String Compare_noBackup;
    public static String Compare_openFailed;
    public static String Compare_saveFailed;
    public static String Compare_openInEditor;
    public static String Compare_openUnsaved;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {}
}
