/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.ui;

import java.util.stream.Collectors;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.phaen.diagram.server.model.PlanSession;
import org.phaen.diagram.server.model.PlanSessions;
import org.phaen.model.Identified;
import org.phaen.ui.editor.PlanEditor;
import org.phaen.ui.editor.UndoRedoActions;

/**
 * A diagram of a plan open in the plan editor: the GLSP web client in an SWT Browser, talking to the in-process
 * diagram server, on the plan editor's editing domain. Undo, redo, the dirty mark and save are the plan editor's;
 * selection goes both ways between the diagram and the other views; the Properties view shows the plan editor's tabs.
 */
public final class DiagramEditor extends EditorPart
        implements IEditingDomainProvider, ITabbedPropertySheetPageContributor {

    public static final String ID = "org.phaen.diagram.ui.diagramEditor";

    private PlanEditor planEditor;
    /** The plan held open for the diagram server while this editor is open. */
    private PlanSession session;

    private DiagramSelection selection;
    private UndoRedoActions undoRedo;
    private TabbedPropertySheetPage propertySheet;
    private Browser browser;
    private DiagramView view;
    private DiagramOverview overview;
    /** What the tree had selected when the diagram was opened: the diagram opens on it. */
    private Object openedOn;

    private SystemBrowserDiagram systemBrowser;
    private final CommandStackListener stackListener = event -> {
        if (browser != null && !browser.isDisposed()) {
            browser.getDisplay().asyncExec(this::stackChanged);
        }
    };
    private final ISelectionListener follower = this::selectedElsewhere;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof DiagramEditorInput diagram)) {
            throw new PartInitException("not a diagram: " + input.getName());
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        planEditor = PlanEditors.find(site.getPage(), diagram.planFile());
        if (planEditor == null) {
            throw new PartInitException(Messages.bind(
                    Messages.Diagram_openPlanFirst, diagram.planFile().getFileName()));
        }
        EditingDomain domain = getEditingDomain();
        // The server reads and edits the plan on the UI thread, where the plan editor reads and edits it too.
        var display = site.getShell().getDisplay();
        session = PlanSessions.register(
                diagram.planFile(),
                domain,
                display::syncExec,
                IndicatorStatuses.of(planEditor.openPlan().model(), diagram.planFile()));
        domain.getCommandStack().addCommandStackListener(stackListener);
        selection = new DiagramSelection(domain.getResourceSet());
        openedOn = planEditor.selection().getFirstElement();
        undoRedo = new UndoRedoActions(domain.getCommandStack());
        undoRedo.install(site.getActionBars());
    }

    @Override
    public void createPartControl(Composite parent) {
        getSite().setSelectionProvider(selection);
        DiagramEditorInput input = (DiagramEditorInput) getEditorInput();
        try {
            if (Boolean.getBoolean(SystemBrowserDiagram.ALWAYS)) {
                throw new SWTError(SystemBrowserDiagram.ALWAYS);
            }
            browser = new Browser(parent, SWT.NONE);
        } catch (SWTError noWebView) {
            // No WebKitGTK: the same page in the user's browser rather than an editor that only shows the error.
            systemBrowser = new SystemBrowserDiagram(parent, noWebView.getMessage());
            DiagramServers.get()
                    .whenComplete((server, failure) -> parent.getDisplay().asyncExec(() -> {
                        if (!systemBrowser.control().isDisposed()) {
                            if (failure != null) {
                                systemBrowser.failed(failure.getMessage());
                            } else {
                                systemBrowser.show(server.page(input.diagramType(), input.planFile()));
                            }
                        }
                    }));
            return;
        }
        parent.setLayout(GridLayoutFactory.fillDefaults().spacing(0, 0).create());
        view = new DiagramView(browser);
        ToolBar toolbar = DiagramToolbar.create(parent, view, this::find);
        toolbar.moveAbove(browser);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(toolbar);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(browser);
        browser.setText("<html><body style='font-family: sans-serif; color: #555'>" + Messages.Diagram_starting
                + "</body></html>");
        PageFunctions.install(browser, selection::selectedInPage, this::find, () -> {
            if (overview != null) {
                overview.refresh();
            }
        });
        getSite().getPage().addPostSelectionListener(follower);
        DiagramServers.get()
                .whenComplete((server, failure) -> browser.getDisplay().asyncExec(() -> {
                    if (browser.isDisposed()) {
                        return;
                    }
                    if (failure != null) {
                        browser.setText("<html><body>" + Messages.bind(Messages.Diagram_failed, failure.getMessage())
                                + "</body></html>");
                    } else {
                        browser.setUrl(PaletteState.page(server.page(input.diagramType(), input.planFile())
                                .toString()));
                        openWhenDrawn(0);
                    }
                }));
    }

    /** Once the page has drawn, the view goes to the plan's own part of the diagram (InitialView). */
    private void openWhenDrawn(int tries) {
        if (browser.isDisposed() || tries > 300) {
            return;
        }
        if (isDrawn()) {
            view.focus(InitialView.elements(planEditor.openPlan().model(), openedOn, view.elementUuids()));
        } else {
            browser.getDisplay().timerExec(100, () -> openWhenDrawn(tries + 1));
        }
    }

    /** Ctrl+F or the toolbar: a find box over the diagram's elements; the chosen one is revealed. */
    void find() {
        if (browser != null && !browser.isDisposed()) {
            FindElementDialog dialog = findDialog();
            if (dialog.open() == FindElementDialog.OK && dialog.chosen() != null) {
                view.reveal(dialog.chosen());
            }
        }
    }

    /** The find box over the elements this diagram draws. */
    public FindElementDialog findDialog() {
        return new FindElementDialog(
                getSite().getShell(),
                view.elementUuids(),
                getEditingDomain().getResourceSet(),
                planEditor.openPlan().adapterFactory());
    }

    /** The Outline view's overview of this diagram, once the Outline view asked for it. */
    public double[] overviewVisibleArea() {
        return overview == null ? null : overview.visibleArea();
    }

    /** The plan held open for the diagram server: its domain, its thread and the badges' statuses. */
    public PlanSession planSession() {
        return session;
    }

    /** The page's view (zoom, fit, reveal), or null without a web view. */
    public DiagramView view() {
        return view;
    }

    /** The plan editor's and navigator's selections select the same elements' nodes. */
    private void selectedElsewhere(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection chosen) {
        if (part == this
                || browser == null
                || browser.isDisposed()
                || !(chosen instanceof IStructuredSelection structured)) {
            return;
        }
        String uuids = ((java.util.List<?>) structured.toList())
                .stream()
                        .filter(Identified.class::isInstance)
                        .map(o -> "\"" + ((Identified) o).getUuid() + "\"")
                        .collect(Collectors.joining(",", "[", "]"));
        if (!"[]".equals(uuids)) {
            browser.execute("window.phaenDiagram && window.phaenDiagram.ready && window.phaenDiagram.selectElements("
                    + uuids + ");");
        }
    }

    private void stackChanged() {
        firePropertyChange(PROP_DIRTY);
        undoRedo.update();
        if (propertySheet != null
                && propertySheet.getControl() != null
                && !propertySheet.getControl().isDisposed()) {
            propertySheet.refresh();
        }
    }

    /** Whether the page has drawn the diagram (for tests and the benchmark). */
    public boolean isDrawn() {
        return browser != null
                && !browser.isDisposed()
                && Boolean.TRUE.equals(
                        browser.evaluate("return !!(window.phaenDiagram && window.phaenDiagram.ready);"));
    }

    public Browser browser() {
        return browser;
    }

    /** The page shown in the system browser when the workbench has no web view, else null. */
    public java.net.URI systemBrowserPage() {
        return systemBrowser == null ? null : systemBrowser.page();
    }

    /** Without a web view: whether the link to the page shows all of its text (it was once cut to its first size). */
    public boolean systemBrowserLinkFullyShown() {
        return systemBrowser != null && systemBrowser.linkFullyShown();
    }

    @Override
    public EditingDomain getEditingDomain() {
        return planEditor.getEditingDomain();
    }

    /** The plan editor's tabs (values, links) apply to the diagram's selection too. */
    @Override
    public String getContributorId() {
        return PlanEditor.ID;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IContentOutlinePage.class && view != null) {
            if (overview == null) {
                overview = new DiagramOverview(view);
            }
            return adapter.cast(overview);
        }
        if (adapter == IPropertySheetPage.class) {
            propertySheet = new TabbedPropertySheetPage(this);
            return adapter.cast(propertySheet);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        planEditor.doSave(monitor);
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public void doSaveAs() {
        // Save As belongs to the plan editor.
    }

    @Override
    public boolean isDirty() {
        return planEditor.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        if (browser != null) {
            browser.setFocus();
        } else if (systemBrowser != null) {
            systemBrowser.control().setFocus();
        }
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(follower);
        if (planEditor != null) {
            getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
        }
        if (session != null) {
            session.close();
        }
        super.dispose();
    }
}
