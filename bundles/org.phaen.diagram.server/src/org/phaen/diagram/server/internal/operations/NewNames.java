/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.internal.operations;

import org.eclipse.emf.ecore.EClass;
import org.phaen.diagram.server.model.DiagramWords;
import org.phaen.model.provider.PhaenEditPlugin;

/**
 * The name a new element starts with, for the planner to rename in place: the word for new and the element's kind,
 * both in the interface language (an English workbench shows no Thai it did not ask for).
 */
final class NewNames {

    private NewNames() {}

    static String forType(EClass type) {
        return DiagramWords.ofInterface()
                .text("newName", PhaenEditPlugin.INSTANCE.getString("_UI_" + type.getName() + "_type"));
    }
}
