/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.sample;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.phaen.model.Identified;
import org.phaen.model.PlanModel;

/**
 * UUIDs derived from the province and the element's place in the tree, so the generator writes the same file every
 * time. Given in rounds: the plan before the instruments are generated (their items name plan elements by UUID),
 * then whatever the instrument generator added with random ones, then what was added after it (each round numbers on
 * from the last, so what an earlier round gave stays).
 */
final class SeededIds {

    private final String namespace;
    private final Set<String> given = new HashSet<>();
    private int next;

    SeededIds(String province) {
        this.namespace = "phaen-sample/" + province + "/";
    }

    /** Gives every element that has no UUID of this generator one. */
    void assign(PlanModel model) {
        give(model);
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext(); ) {
            if (it.next() instanceof Identified identified) {
                give(identified);
            }
        }
    }

    private void give(Identified element) {
        if (element.getUuid() == null || !given.contains(element.getUuid())) {
            String uuid = UUID.nameUUIDFromBytes((namespace + next++).getBytes(StandardCharsets.UTF_8))
                    .toString();
            element.setUuid(uuid);
            given.add(uuid);
        }
    }
}
