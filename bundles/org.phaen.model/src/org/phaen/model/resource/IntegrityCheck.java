/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.phaen.model.Identified;

/**
 * What must hold before a plan file is written, or the file would lose information: every
 * element has a UUID, no UUID is used twice, and every referenced element lives in a resource.
 * (Content rules, like a missing Thai name, are validation's business, not a reason to refuse a save.)
 */
public final class IntegrityCheck {

    private IntegrityCheck() {}

    /** The problems found, as sentences; empty when the resource is safe to save. */
    public static List<String> problems(Resource resource) {
        List<String> problems = new ArrayList<>();
        Map<String, EObject> seen = new HashMap<>();
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext(); ) {
            EObject object = it.next();
            if (object instanceof Identified identified) {
                String uuid = identified.getUuid();
                if (uuid == null || uuid.isBlank()) {
                    problems.add(Labels.describe(object) + " has no uuid");
                } else if (seen.putIfAbsent(uuid, object) != null) {
                    problems.add("uuid " + uuid + " is used by both " + Labels.describe(seen.get(uuid)) + " and "
                            + Labels.describe(object));
                }
            }
            checkReferences(object, problems);
        }
        return problems;
    }

    private static void checkReferences(EObject object, List<String> problems) {
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (reference.isContainment()
                    || reference.isContainer()
                    || reference.isDerived()
                    || reference.isTransient()) {
                continue;
            }
            Object value = object.eGet(reference, false);
            for (Object target : value instanceof List<?> list ? list : java.util.Collections.singletonList(value)) {
                if (target instanceof EObject t && !t.eIsProxy() && t.eResource() == null) {
                    problems.add(Labels.describe(object) + " refers through '" + reference.getName() + "' to "
                            + Labels.describe(t) + ", which is in no file");
                }
            }
        }
    }
}
