/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.welcome;

import java.util.Optional;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.phaen.ui.Messages;
import org.phaen.ui.problems.PlanWorkspace;

/**
 * The welcome page: what the two sample plans are, with links that open them, and the ways to start a plan of
 * one's own (links that run the wizards). The wording is Messages.Welcome_text (FormText markup) in Thai or English.
 */
public final class WelcomeEditor extends EditorPart {

    public static final String ID = "org.phaen.ui.welcome";
    private static final String OPEN = "open:";
    private static final String WIZARD = "wizard:";

    private FormToolkit toolkit;
    private ScrolledForm form;

    @Override
    public void init(IEditorSite site, IEditorInput input) {
        setSite(site);
        setInput(input);
        setPartName(Messages.Welcome_title);
    }

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setText(Messages.Welcome_heading);
        toolkit.decorateFormHeading(form.getForm());
        form.getBody().setLayout(new TableWrapLayout());
        FormText text = toolkit.createFormText(form.getBody(), true);
        text.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        text.setText(Messages.Welcome_text, true, false);
        text.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                follow(String.valueOf(e.getHref()));
            }
        });
    }

    /** What a click on a link of the page does: open a sample plan ({@code open:FILE}) or run a wizard ({@code wizard:ID}). */
    public void follow(String href) {
        if (href.startsWith(OPEN)) {
            openPlan(href.substring(OPEN.length()));
        } else if (href.startsWith(WIZARD)) {
            runWizard(href.substring(WIZARD.length()));
        }
    }

    private void openPlan(String name) {
        try {
            Optional<IFile> file =
                    Optional.of(PlanWorkspace.plansProject().getFile(name)).filter(IFile::exists);
            if (file.isPresent()) {
                IDE.openEditor(getSite().getPage(), file.get());
            } else {
                MessageDialog.openInformation(
                        getSite().getShell(), Messages.Welcome_title, Messages.bind(Messages.Welcome_noSample, name));
            }
        } catch (CoreException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Welcome_title, e.getMessage());
        }
    }

    private void runWizard(String id) {
        IWizardDescriptor descriptor =
                PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(id);
        if (descriptor == null) {
            return;
        }
        try {
            INewWizard wizard = (INewWizard) descriptor.createWizard();
            wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
            new WizardDialog(getSite().getShell(), wizard).open();
        } catch (CoreException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Welcome_title, e.getMessage());
        }
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    @Override
    public void dispose() {
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // nothing to save
    }

    @Override
    public void doSaveAs() {
        // nothing to save
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
