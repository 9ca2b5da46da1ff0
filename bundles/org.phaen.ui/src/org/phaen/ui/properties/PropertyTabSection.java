/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.properties;

import java.util.function.Predicate;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AdvancedPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * A tab of the tabbed Properties view: the standard property table, showing only some of the element's
 * properties, from its item property descriptors (edits run as commands on the editor's stack, as everywhere).
 */
public abstract class PropertyTabSection extends AdvancedPropertySection {

    private final Predicate<Object> features;

    protected PropertyTabSection(Predicate<Object> features) {
        this.features = features;
    }

    @Override
    public void setInput(IWorkbenchPart part, ISelection selection) {
        // The plan editor and the diagram editor both edit through an EMF.Edit domain with item providers.
        if (part instanceof IEditingDomainProvider provider
                && provider.getEditingDomain() instanceof AdapterFactoryEditingDomain domain) {
            page.setPropertySourceProvider(new ItemPropertySourceProvider(domain.getAdapterFactory(), features));
        }
        super.setInput(part, selection);
    }

    /** The property table (a tree of name and value rows). */
    public org.eclipse.swt.widgets.Control table() {
        return page.getControl();
    }

    @Override
    public void createControls(Composite parent, TabbedPropertySheetPage tabbedPage) {
        super.createControls(parent, tabbedPage);
        if (page.getControl() instanceof Tree tree) {
            PropertyColumns.follow(tree);
        }
    }

    @Override
    public void refresh() {
        super.refresh();
        if (page.getControl() instanceof Tree tree) {
            PropertyColumns.fit(tree); // other rows, other names: the name column follows them
        }
    }

    @Override
    public boolean shouldUseExtraSpace() {
        return true;
    }

    /** The element's own values: codes, names, dates, amounts, choices. */
    public static final class Values extends PropertyTabSection {
        public Values() {
            super(feature -> feature instanceof EAttribute);
        }
    }

    /** Its links to other elements: owner agency, goals served, strategies carried out, responsible bodies. */
    public static final class Links extends PropertyTabSection {
        public Links() {
            super(feature -> feature instanceof EReference);
        }
    }
}
