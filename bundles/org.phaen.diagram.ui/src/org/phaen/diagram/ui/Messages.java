/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.ui;

import org.eclipse.osgi.util.NLS;

/** The diagram editor's texts: messages.properties (English) and messages_th.properties (Thai), chosen by -nl. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.phaen.diagram.ui.messages";

    public static String Diagram_title;
    public static String Diagram_strategyMap;
    public static String Diagram_alignment;
    public static String Diagram_partners;
    public static String Diagram_starting;
    public static String Diagram_failed;
    public static String Diagram_noBrowser;
    public static String Diagram_openInBrowser;
    public static String Diagram_noSystemBrowser;
    public static String Diagram_open;
    public static String Diagram_openAPlan;
    public static String Diagram_openPlanFirst;

    public static String Diagram_export;
    public static String Diagram_exportOpenFirst;
    public static String Diagram_exportFailed;
    public static String Export_area;
    public static String Export_visible;
    public static String Export_whole;
    public static String Export_paper;
    public static String Export_a4;
    public static String Export_a3;
    public static String Export_written;

    public static String Toolbar_fit;
    public static String Toolbar_fitTip;
    public static String Toolbar_actualSize;
    public static String Toolbar_actualSizeTip;
    public static String Toolbar_zoomIn;
    public static String Toolbar_zoomInTip;
    public static String Toolbar_zoomOut;
    public static String Toolbar_zoomOutTip;
    public static String Toolbar_fold;
    public static String Toolbar_foldTip;
    public static String Toolbar_find;
    public static String Toolbar_findTip;
    public static String Find_title;
    public static String Find_prompt;
    public static String Find_show;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {}
}
