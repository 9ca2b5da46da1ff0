/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.rcp;

import org.eclipse.osgi.util.NLS;

/** Menu and dialog texts of the application: messages.properties (English), messages_th.properties (Thai). */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.phaen.rcp.messages";

    public static String Window_title;
    public static String Menu_file;
    public static String Menu_edit;
    public static String Menu_window;
    public static String Menu_help;
    public static String Action_openPlan;
    public static String Open_failed;
    public static String Open_noSuchFile;
    public static String Action_welcome;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {}
}
