/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.phaen.model.resource.Identifiers;

/**
 * The diagram's selection as the workbench sees it: the model elements of the selected nodes (node ids are
 * {@code elementUuid/mapping}), so the Properties view and the other views follow the diagram.
 */
final class DiagramSelection implements ISelectionProvider {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final ResourceSet plans;
    private ISelection selection = StructuredSelection.EMPTY;

    DiagramSelection(ResourceSet plans) {
        this.plans = plans;
    }

    /** From the page: a JSON array of the selected GModel ids (nodes, edges, labels). */
    void selectedInPage(String idsJson) {
        List<EObject> elements = new ArrayList<>();
        Matcher ids = QUOTED.matcher(idsJson == null ? "" : idsJson);
        while (ids.find()) {
            String id = ids.group(1);
            int slash = id.lastIndexOf('/');
            EObject element = slash < 0 ? null : Identifiers.find(plans, id.substring(0, slash));
            if (element != null && !elements.contains(element)) {
                elements.add(element);
            }
        }
        setSelection(new StructuredSelection(elements));
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    @Override
    public void setSelection(ISelection selection) {
        this.selection = selection;
        SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
        listeners.forEach(l -> l.selectionChanged(event));
    }
}
