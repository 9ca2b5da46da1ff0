/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.ui;

import java.util.function.Consumer;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;

/**
 * What the diagram page calls in Java (BrowserFunctions): its selection changed, the user asked to find an element
 * (Ctrl+F), it has drawn again (a model, a scroll, a zoom), its palette was collapsed or opened.
 */
final class PageFunctions {

    private PageFunctions() {}

    static void install(Browser browser, Consumer<String> selected, Runnable find, Runnable drawn) {
        function(
                browser,
                "phaenSelectionChanged",
                arguments -> selected.accept(arguments.length > 0 ? String.valueOf(arguments[0]) : "[]"));
        // Later, not inside the page's key handler: a modal dialog there would hold the page's event.
        function(browser, "phaenFind", arguments -> browser.getDisplay().asyncExec(find));
        function(browser, "phaenViewChanged", arguments -> drawn.run());
        function(
                browser,
                "phaenPaletteCollapsed",
                arguments -> PaletteState.remember(arguments.length > 0 && Boolean.TRUE.equals(arguments[0])));
    }

    private static void function(Browser browser, String name, Consumer<Object[]> body) {
        new BrowserFunction(browser, name) {
            @Override
            public Object function(Object[] arguments) {
                body.accept(arguments);
                return null;
            }
        };
    }
}
