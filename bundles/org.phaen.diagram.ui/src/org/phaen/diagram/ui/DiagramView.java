/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.swt.browser.Browser;

/**
 * The diagram page's view, driven from Java (toolbar, find box, opening): zoom, 100 %, fit, open on elements,
 * reveal one (the page's window.phaenDiagram, web client's viewport.ts). Calls do nothing before the page has drawn.
 */
public final class DiagramView {

    private static final String HOOK = "window.phaenDiagram && window.phaenDiagram.ready && window.phaenDiagram.";
    private final Browser browser;

    DiagramView(Browser browser) {
        this.browser = browser;
    }

    public void zoomIn() {
        run("zoomBy(1.25)");
    }

    public void zoomOut() {
        run("zoomBy(0.8)");
    }

    public void actualSize() {
        run("actualSize()");
    }

    public void fit() {
        run("fit()");
    }

    /** Opens the view on the nodes of these elements, at a readable zoom. */
    public void focus(Collection<String> uuids) {
        run("focus(" + json(uuids) + ")");
    }

    /** Selects the element's node and centres it at 100 %. */
    public void reveal(String uuid) {
        run("reveal(" + json(List.of(uuid)) + "[0])");
    }

    /** Folds or unfolds the selected strategic issues' goals, strategies and projects. */
    public void toggleFold() {
        run("toggleFold()");
    }

    /** Moves the view's top-left corner to this diagram point, keeping the zoom. */
    public void scrollTo(double x, double y) {
        run("scrollTo(" + x + "," + y + ")");
    }

    /**
     * Reads the visible area (x, y, width, height in diagram coordinates) into {@code visible} and the nodes' boxes
     * and fills into {@code nodes}; false before the page has drawn.
     */
    boolean overview(double[] visible, List<Object[]> nodes) {
        Object data = evaluate("return " + HOOK + "overview ? window.phaenDiagram.overview() : null;");
        if (!(data instanceof Object[] rows)
                || rows.length == 0
                || !(rows[0] instanceof Object[] area)
                || area.length < 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            visible[i] = area[i] instanceof Number n ? n.doubleValue() : 0;
        }
        nodes.clear();
        for (int i = 1; i < rows.length; i++) {
            if (rows[i] instanceof Object[] box && box.length >= 5) {
                nodes.add(box);
            }
        }
        return true;
    }

    /** The visible area (x, y, width, height in diagram coordinates), or null before the page has drawn. */
    public double[] visibleArea() {
        double[] visible = new double[4];
        return overview(visible, new ArrayList<>()) && visible[2] > 0 ? visible : null;
    }

    /** The aspect ratio the page's diagram was laid out toward (its width / height when it asked), or 0 before. */
    public double aspectRatio() {
        Object ratio = evaluate(
                "return window.phaenDiagram && window.phaenDiagram.aspectRatio ? window.phaenDiagram.aspectRatio : 0;");
        return ratio instanceof Number number ? number.doubleValue() : 0;
    }

    /** The current zoom (1 at 100 %), or 0 before the page has drawn. */
    public double zoom() {
        Object zoom = evaluate("return " + HOOK + "zoom ? window.phaenDiagram.zoom() : 0;");
        return zoom instanceof Number number ? number.doubleValue() : 0;
    }

    /** The UUIDs of the model elements drawn as nodes (node ids are {@code uuid/mapping}). */
    public Set<String> elementUuids() {
        Set<String> uuids = new LinkedHashSet<>();
        for (String id : nodeIds("nodeIds")) {
            int slash = id.lastIndexOf('/');
            if (slash > 0) {
                uuids.add(id.substring(0, slash));
            }
        }
        return uuids;
    }

    /** The nodes folded in this view (ids {@code uuid/mapping}): what they hide is not drawn. */
    public Set<String> folded() {
        return nodeIds("folded");
    }

    /** A list of node ids the page's hook keeps. */
    private Set<String> nodeIds(String list) {
        Object ids = evaluate("return window.phaenDiagram && window.phaenDiagram." + list + " ? window.phaenDiagram."
                + list + " : [];");
        Set<String> result = new LinkedHashSet<>();
        if (ids instanceof Object[] array) {
            for (Object id : array) {
                result.add(String.valueOf(id));
            }
        }
        return result;
    }

    private void run(String call) {
        if (!browser.isDisposed()) {
            browser.execute(HOOK + call + ";");
        }
    }

    private Object evaluate(String script) {
        return browser.isDisposed() ? null : browser.evaluate(script);
    }

    private static String json(Collection<String> values) {
        List<String> quoted = new ArrayList<>();
        for (String value : values) {
            quoted.add('"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
        }
        return quoted.stream().collect(Collectors.joining(",", "[", "]"));
    }
}
