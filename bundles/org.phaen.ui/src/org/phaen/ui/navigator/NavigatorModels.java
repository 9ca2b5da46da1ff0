/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.navigator;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.resource.PlanLoadException;

/**
 * The plans the navigator shows, read-only, in one resource set so links between files (a provincial plan's
 * projects implementing regional strategies) resolve. A file is read again when it changed on disk.
 */
final class NavigatorModels {

    private record Loaded(long stamp, PlanModel model) {}

    private final ResourceSet set = PlanFiles.newResourceSet();
    private final Map<IFile, Loaded> loaded = new HashMap<>();

    /** The file's plan, or null when it cannot be read (the editor says why when it is opened). */
    PlanModel model(IFile file) {
        Loaded known = loaded.get(file);
        if (known != null && known.stamp() == file.getModificationStamp()) {
            return known.model();
        }
        if (known != null) {
            Resource stale = known.model().eResource();
            stale.unload();
            set.getResources().remove(stale);
        }
        try {
            PlanModel model = PlanFiles.load(set, Path.of(file.getLocationURI()));
            loaded.put(file, new Loaded(file.getModificationStamp(), model));
            return model;
        } catch (PlanLoadException e) {
            loaded.remove(file);
            return null;
        }
    }

    /** The workspace file a loaded plan came from, or null. */
    IFile fileOf(Resource resource) {
        return loaded.entrySet().stream()
                .filter(e -> e.getValue().model().eResource() == resource)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    ResourceSet resourceSet() {
        return set;
    }
}
