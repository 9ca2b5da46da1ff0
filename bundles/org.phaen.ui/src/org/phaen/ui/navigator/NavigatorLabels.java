package org.phaen.ui.navigator;

import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.model.WorkbenchLabelProvider;
import org.phaen.ui.internal.edit.ItemLabelProvider;

/** Files and folders as the workbench shows them; plan elements as their item providers label them (Thai names). */
final class NavigatorLabels extends LabelProvider {

    private final WorkbenchLabelProvider resources = new WorkbenchLabelProvider();
    private final ItemLabelProvider elements;

    NavigatorLabels(AdapterFactory adapterFactory) {
        this.elements = new ItemLabelProvider(adapterFactory);
    }

    @Override
    public String getText(Object element) {
        return element instanceof IResource ? resources.getText(element) : elements.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        return element instanceof IResource ? resources.getImage(element) : elements.getImage(element);
    }

    @Override
    public void dispose() {
        resources.dispose();
        elements.dispose();
        super.dispose();
    }
}
