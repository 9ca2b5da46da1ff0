package org.phaen.diagram.server.operations;

import org.eclipse.emf.ecore.EClass;
import org.phaen.model.provider.PhaenEditPlugin;

/** The name a new element starts with, "ใหม่" and its kind in the interface language, for the planner to rename in place. */
final class NewNames {

    private NewNames() {
    }

    static String forType(EClass type) {
        return "ใหม่: " + PhaenEditPlugin.INSTANCE.getString("_UI_" + type.getName() + "_type");
    }
}
