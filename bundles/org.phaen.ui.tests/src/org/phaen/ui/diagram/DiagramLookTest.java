/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.phaen.ui.diagram.Pages.screenshot;
import static org.phaen.ui.diagram.Pages.waitFor;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.Test;
import org.phaen.diagram.ui.DiagramEditor;
import org.phaen.diagram.ui.DiagramView;
import org.phaen.diagram.ui.FindElementDialog;
import org.phaen.diagram.ui.OpenDiagramHandler;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;
import org.phaen.ui.editor.SampleEditorTest;
import org.phaen.ui.editor.TestWorkbench;
import org.phaen.ui.look.Screenshots;

/**
 * The strategy map as a planner meets it: it opens on the plan's own strategic issues at a readable zoom (not on the
 * higher plan levels), zooms with the keys and the view's commands, finds an element by code, and its palette sits
 * at the edge, collapses in a narrow editor, and the user's own collapse or open stays for the next diagram.
 * Screenshots at both screen sizes.
 */
class DiagramLookTest extends SampleEditorTest {

    private static final String PALETTE = "document.querySelector('.tool-palette')";
    /** The preference the diagram editor keeps the user's palette choice in (absent until the user chooses). */
    private static final String PALETTE_CHOICE = "palette.collapsed";

    @Test
    void theStrategyMapOpensOnThePlansOwnIssuesZoomsFindsAndDocksItsPalette() throws Exception {
        preferences().remove(PALETTE_CHOICE);
        openSample();
        StrategicPlan plan =
                (StrategicPlan) editor.openPlan().model().getPlans().get(0);
        Screenshots.resize(Screenshots.SIZES[0]);
        DiagramEditor diagram = OpenDiagramHandler.open(TestWorkbench.page(), editor, "strategy-map");
        try {
            look(plan, diagram);
        } finally {
            for (var reference : TestWorkbench.page().getEditorReferences()) {
                if (DiagramEditor.ID.equals(reference.getId())) {
                    TestWorkbench.page().closeEditor(reference.getEditor(false), false);
                }
            }
            preferences().remove(PALETTE_CHOICE);
        }
    }

    private void look(StrategicPlan plan, DiagramEditor diagram) throws Exception {
        DiagramView view = diagram.view();
        waitFor(diagram::isDrawn, 60_000, "the diagram page reports ready");
        StrategicIssue issue = plan.getStrategicIssues().get(0);
        waitFor(() -> drawn(diagram, issue.getUuid()), 10_000, "the plan's first issue is in view");
        double opened = view.zoom();
        assertTrue(opened >= 0.6 && opened <= 1.0, "a readable zoom, not a whole-map overview: " + opened);
        screenshot(shot("diagram-opened", Screenshots.SIZES[0]));

        // The keys of the page, then the view's own commands (the toolbar's).
        key(diagram, "{key: '0', code: 'Digit0', ctrlKey: true}");
        waitFor(() -> Math.abs(view.zoom() - 1) < 1e-6, 5_000, "Ctrl+0 is 100 %");
        key(diagram, "{key: '=', code: 'Equal', ctrlKey: true}");
        waitFor(() -> Math.abs(view.zoom() - 1.25) < 1e-6, 5_000, "Ctrl+= zooms in");
        key(diagram, "{key: '-', code: 'Minus', ctrlKey: true}");
        waitFor(() -> Math.abs(view.zoom() - 1) < 1e-6, 5_000, "Ctrl+- zooms out");
        view.fit();
        waitFor(() -> view.zoom() < 0.6, 5_000, "the whole map fits only when zoomed out");

        // Find by code: the list narrows as one types; the chosen strategy is revealed at 100 %.
        Strategy strategy = issue.getStrategies().get(0);
        FindElementDialog find = diagram.findDialog();
        find.setBlockOnOpen(false);
        find.open();
        List<String> listed = find.type(strategy.getCode());
        assertFalse(listed.isEmpty(), "found by its code");
        assertTrue(listed.get(0).contains(strategy.getCode()), listed.toString());
        find.getShell().setDefaultButton(null);
        find.close();
        view.reveal(strategy.getUuid());
        waitFor(
                () -> Math.abs(view.zoom() - 1) < 1e-6 && drawn(diagram, strategy.getUuid()),
                5_000,
                "the strategy revealed");
        waitFor(
                () -> String.valueOf(
                                diagram.browser().evaluate("return JSON.stringify(window.phaenDiagram.selection);"))
                        .contains(strategy.getUuid()),
                5_000,
                "and selected");

        // The toolbar's Fold on the selected issue: its goals leave the map (laid out again without them); again, they
        // return.
        String goal = issue.getGoals().get(0).getUuid() + "/goal";
        diagram.browser().evaluate("window.phaenDiagram.selectElements(['" + issue.getUuid() + "']); return true;");
        waitFor(
                () -> String.valueOf(
                                diagram.browser().evaluate("return JSON.stringify(window.phaenDiagram.selection);"))
                        .contains(issue.getUuid()),
                5_000,
                "the issue selected");
        view.toggleFold();
        waitFor(() -> !inModel(diagram, goal), 10_000, "folding the issue leaves its goal out");
        view.focus(List.of(issue.getUuid()));
        screenshot(shot("diagram-folded", Screenshots.SIZES[0]));
        view.toggleFold();
        waitFor(() -> inModel(diagram, goal), 10_000, "unfolding brings it back");

        // The Outline view: the whole map in small with the visible area framed; a click there moves the view.
        TestWorkbench.page().showView(IPageLayout.ID_OUTLINE);
        TestWorkbench.page().activate(diagram);
        view.actualSize();
        waitFor(
                () -> diagram.overviewVisibleArea() != null && diagram.overviewVisibleArea()[2] > 0,
                10_000,
                "the overview shows the visible area");
        double[] before = diagram.overviewVisibleArea();
        Control minimap = diagram.getAdapter(IContentOutlinePage.class).getControl();
        assertTrue(minimap.isVisible() && minimap.getSize().x > 50, "the overview is in the Outline view");
        Event click = new Event();
        click.button = 1;
        click.x = minimap.getSize().x - 10;
        click.y = minimap.getSize().y - 10;
        minimap.notifyListeners(SWT.MouseDown, click);
        waitFor(
                () -> diagram.overviewVisibleArea()[0] > before[0] + 50
                        || diagram.overviewVisibleArea()[1] > before[1] + 50,
                10_000,
                "a click at the overview's bottom right takes the view there");
        screenshot(shot("diagram-overview", Screenshots.SIZES[0]));

        palette(diagram);
    }

    /**
     * The palette: docked at the right edge; until the user chooses it follows the editor's width (collapsed below
     * 760 px, open again above); collapsed or opened by its button, that choice is remembered for the next diagram
     * and the width no longer changes it.
     */
    private void palette(DiagramEditor diagram) throws Exception {
        assertEquals("0px", diagram.browser().evaluate("return getComputedStyle(" + PALETTE + ").right;"));
        Screenshots.resize(Screenshots.SIZES[0]);
        assertTrue(pageWidth(diagram) >= 760, "a wide editor at 1600 x 1000: " + pageWidth(diagram));
        waitFor(() -> "open".equals(paletteState(diagram)), 5_000, "the palette open in a wide editor");
        screenshot(shot("diagram-palette-open", Screenshots.SIZES[0]));
        Screenshots.resize(Screenshots.SIZES[1]);
        assertTrue(pageWidth(diagram) < 760, "a narrow editor at 1280 x 800: " + pageWidth(diagram));
        waitFor(() -> "collapsed".equals(paletteState(diagram)), 5_000, "resized narrow, the palette collapses");
        assertNull(preferences().get(PALETTE_CHOICE, null), "the page's own collapsing is not the user's choice");
        screenshot(shot("diagram-palette-narrow", Screenshots.SIZES[1]));
        Screenshots.resize(Screenshots.SIZES[0]);
        waitFor(() -> "open".equals(paletteState(diagram)), 5_000, "wide again, the palette opens again");

        clickPaletteButton(diagram);
        waitFor(() -> "true".equals(preferences().get(PALETTE_CHOICE, null)), 5_000, "the collapse is remembered");
        assertEquals("collapsed", paletteState(diagram));
        screenshot(shot("diagram-palette-collapsed", Screenshots.SIZES[0]));
        TestWorkbench.page().closeEditor(diagram, false);
        DiagramEditor next = OpenDiagramHandler.open(TestWorkbench.page(), editor, "strategy-map");
        waitFor(next::isDrawn, 60_000, "the diagram page reports ready again");
        waitFor(
                () -> "0px"
                        .equals(next.browser()
                                .evaluate("const p = " + PALETTE + "; return p ? p.style.maxHeight : '';")),
                10_000,
                "the next diagram opens with its palette collapsed, though wide");
        assertEquals("collapsed", paletteState(next));

        clickPaletteButton(next);
        waitFor(() -> "false".equals(preferences().get(PALETTE_CHOICE, null)), 5_000, "opening it is remembered");
        Screenshots.resize(Screenshots.SIZES[1]);
        assertTrue(pageWidth(next) < 760, "narrow again: " + pageWidth(next));
        assertEquals("open", paletteState(next), "the user's choice is not overridden by the narrow editor");
        screenshot(shot("diagram-palette-chosen-open", Screenshots.SIZES[1]));
    }

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode("org.phaen.diagram.ui");
    }

    private static String paletteState(DiagramEditor diagram) {
        return String.valueOf(diagram.browser().evaluate("return document.body.getAttribute('data-phaen-palette');"));
    }

    private static double pageWidth(DiagramEditor diagram) {
        return ((Number) diagram.browser().evaluate("return window.innerWidth;")).doubleValue();
    }

    private static void clickPaletteButton(DiagramEditor diagram) {
        diagram.browser().evaluate("document.querySelector('.minimize-palette-button i').click(); return true;");
    }

    private static boolean drawn(DiagramEditor diagram, String uuid) {
        return Boolean.TRUE.equals(diagram.browser()
                .evaluate("return document.querySelectorAll('g.phaen-node[id*=\"" + uuid + "\"]').length > 0;"));
    }

    private static boolean inModel(DiagramEditor diagram, String nodeId) {
        return Boolean.TRUE.equals(
                diagram.browser().evaluate("return window.phaenDiagram.nodeIds.includes('" + nodeId + "');"));
    }

    private static void key(DiagramEditor diagram, String init) {
        diagram.browser().evaluate("document.dispatchEvent(new KeyboardEvent('keydown', " + init + ")); return true;");
    }

    private static Path shot(String name, Rectangle size) {
        return Path.of(
                System.getProperty("phaen.screenshots", "target/screenshots"),
                name + "-th-" + size.width + "x" + size.height + ".png");
    }
}
