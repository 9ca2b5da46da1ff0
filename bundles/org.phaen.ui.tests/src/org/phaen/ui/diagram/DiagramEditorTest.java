/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.diagram;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.ui.diagram.Pages.screenshot;
import static org.phaen.ui.diagram.Pages.waitFor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.junit.jupiter.api.Test;
import org.phaen.diagram.server.model.PlanSessions;
import org.phaen.diagram.ui.DiagramEditor;
import org.phaen.diagram.ui.OpenDiagramHandler;
import org.phaen.model.Project;
import org.phaen.model.Strategy;
import org.phaen.testing.SamplePlans;
import org.phaen.ui.editor.SampleEditorTest;
import org.phaen.ui.editor.TestWorkbench;

/**
 * The strategy map in the workbench: the GLSP client in an SWT Browser (WebKitGTK) on the plan editor's domain. It
 * draws; selection goes both ways; a rename in the diagram is an undoable edit of the plan the editor shows.
 */
class DiagramEditorTest extends SampleEditorTest {

    @Test
    void theStrategyMapDrawsFollowsSelectionAndEditsThePlan() throws Exception {
        openSample();
        org.phaen.ui.navigator.PlanNavigator navigator = (org.phaen.ui.navigator.PlanNavigator)
                TestWorkbench.page().showView(org.phaen.ui.navigator.PlanNavigator.ID);
        fillTheStoreBesideThePlan();
        DiagramEditor diagram = OpenDiagramHandler.open(TestWorkbench.page(), editor, "strategy-map");
        waitFor(diagram::isDrawn, 60_000, "the diagram page reports ready");
        // Indicator badges coloured by the store's latest figures (green on track or met, red behind), not all grey.
        diagram.browser()
                .evaluate(
                        "window.phaenDiagram.dispatch({kind: 'fit', elementIds: [], padding: 10, animate: false}); return true;");
        waitFor(
                () -> Boolean.TRUE.equals(
                        diagram.browser()
                                .evaluate(
                                        "return Array.from(document.querySelectorAll('g.phaen-badge rect'))"
                                                + ".some(r => ['rgb(46, 125, 50)', 'rgb(198, 40, 40)'].includes(getComputedStyle(r).fill));")),
                10_000,
                "indicator badges coloured from the monitoring store");
        int nodes = ((Number) diagram.browser().evaluate("return window.phaenDiagram.modelNodeCount;")).intValue();
        assertTrue(nodes > 30, "nodes: " + nodes);
        screenshot(Path.of("target/screenshots/diagram-editor-th.png"));

        // The plan editor selects a strategy: the diagram selects its node.
        Strategy strategy = first(Strategy.class);
        TestWorkbench.page().activate(editor);
        editor.select(strategy.getUuid());
        waitFor(
                () -> String.valueOf(
                                diagram.browser().evaluate("return JSON.stringify(window.phaenDiagram.selection);"))
                        .contains(strategy.getUuid()),
                10_000,
                "the strategy's node is selected in the diagram");

        // The diagram selects a project's node: the workbench sees the project.
        TestWorkbench.page().activate(diagram);
        Project project = first(Project.class);
        diagram.browser().evaluate("window.phaenDiagram.selectElements(['" + project.getUuid() + "']); return true;");
        waitFor(
                () -> diagram.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection s
                        && s.getFirstElement() == project,
                10_000,
                "the workbench selection is the project");
        waitFor(
                () -> navigator.viewer().getStructuredSelection().getFirstElement() instanceof Project shown
                        && shown.getUuid().equals(project.getUuid()),
                10_000,
                "the navigator reveals the project");

        // Rename in the diagram: the plan changes, the editor is dirty, the plan editor's undo takes it back.
        String before = project.getName();
        String nodeId = project.getUuid() + "/project";
        diagram.browser()
                .evaluate("window.phaenDiagram.dispatch({kind: 'applyLabelEdit', labelId: '" + nodeId
                        + "#label', text: 'โครงการที่เปลี่ยนชื่อในแผนภาพ'}); return true;");
        waitFor(() -> "โครงการที่เปลี่ยนชื่อในแผนภาพ".equals(project.getName()), 10_000, "the project is renamed");
        assertTrue(editor.isDirty() && diagram.isDirty());
        int updates = ((Number) diagram.browser().evaluate("return window.phaenDiagram.updates;")).intValue();
        editor.getEditingDomain().getCommandStack().undo();
        assertEquals(before, project.getName());
        waitFor(
                () -> ((Number) diagram.browser().evaluate("return window.phaenDiagram.updates;")).intValue() > updates,
                10_000,
                "the diagram follows the undo made in the plan editor");
        TestWorkbench.page().closeEditor(diagram, false);
        assertFalse(PlanSessions.isOpen(editor.openPlan().file()), "the closed diagram editor released the plan");
        org.phaen.ui.prefs.PhaenPreferences.store().setToDefault(org.phaen.ui.prefs.PhaenPreferences.FISCAL_YEAR);
    }

    /**
     * Without WebKitGTK (forced here: this machine has it) the editor says so and the diagram opens in the system
     * browser (not started in the test): the server serves that page, and its token lets the page's client connect.
     */
    @Test
    void withoutAWebViewTheDiagramOpensInTheSystemBrowserWithItsToken() throws Exception {
        System.setProperty("phaen.diagram.systemBrowser", "true");
        System.setProperty("phaen.diagram.noLaunch", "true");
        try {
            openSample();
            DiagramEditor diagram = OpenDiagramHandler.open(TestWorkbench.page(), editor, "alignment");
            waitFor(() -> diagram.systemBrowserPage() != null, 60_000, "the page for the system browser");
            assertNull(diagram.browser(), "no SWT Browser");
            waitFor(
                    diagram::systemBrowserLinkFullyShown,
                    10_000,
                    "the whole link to the page, not cut to its first text");
            URI page = diagram.systemBrowserPage();
            String token = java.util.Arrays.stream(page.getQuery().split("&"))
                    .filter(p -> p.startsWith("token="))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no token in " + page))
                    .substring("token=".length());
            HttpClient http = HttpClient.newHttpClient();
            assertEquals(
                    200,
                    http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString())
                            .statusCode());
            URI socket = URI.create("ws://localhost:" + page.getPort() + "/phaen?token=" + token);
            WebSocket accepted = http.newWebSocketBuilder()
                    .header("Origin", "http://localhost:" + page.getPort())
                    .buildAsync(socket, new WebSocket.Listener() {})
                    .get(10, TimeUnit.SECONDS);
            accepted.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
            TestWorkbench.page().closeEditor(diagram, false);
        } finally {
            System.clearProperty("phaen.diagram.systemBrowser");
            System.clearProperty("phaen.diagram.noLaunch");
        }
    }

    /** The sample's collected workbooks imported into the embedded store beside the plan, as phaen import does. */
    private void fillTheStoreBesideThePlan() throws Exception {
        org.phaen.ui.prefs.PhaenPreferences.store().setValue(org.phaen.ui.prefs.PhaenPreferences.FISCAL_YEAR, 2562);
        Path collected = SamplePlans.file("collected", "phitsanulok-2562");
        try (var store = org.phaen.monitoring.store.MonitoringStore.embedded(
                        org.phaen.monitoring.store.MonitoringStore.defaultFolder(
                                editor.openPlan().file()));
                var workbooks = Files.newDirectoryStream(collected, "kpi-*.xlsx")) {
            var known = org.phaen.monitoring.store.KnownElements.of(
                    editor.openPlan().model());
            for (Path workbook : workbooks) {
                store.importBatch(
                        org.phaen.monitoring.imports.CollectedFiles.workbook(
                                workbook,
                                editor.openPlan().domain().getResourceSet(),
                                org.phaen.monitoring.imports.CollectedFiles.DEFAULT_MAX_BYTES),
                        known);
            }
        }
    }

    private <T> T first(Class<T> type) {
        var it = editor.openPlan().model().eAllContents();
        while (it.hasNext()) {
            Object next = it.next();
            if (type.isInstance(next)) {
                return type.cast(next);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in the sample");
    }
}
