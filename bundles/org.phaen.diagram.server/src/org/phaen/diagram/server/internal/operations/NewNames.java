package org.phaen.diagram.server.internal.operations;

import org.eclipse.emf.ecore.EClass;
import org.phaen.diagram.server.model.DiagramWords;
import org.phaen.model.provider.PhaenEditPlugin;

/**
 * The name a new element starts with, for the planner to rename in place: the Thai word for new (plans are Thai
 * documents) and its kind in the interface language.
 */
final class NewNames {

    private NewNames() {}

    static String forType(EClass type) {
        return DiagramWords.THAI.text("newName", PhaenEditPlugin.INSTANCE.getString("_UI_" + type.getName() + "_type"));
    }
}
