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
