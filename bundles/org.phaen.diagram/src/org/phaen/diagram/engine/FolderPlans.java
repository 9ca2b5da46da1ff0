/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.resource.PlanLoadException;

/**
 * The plan files of one folder that {@link NeighbourPlans} read, in one resource set, each with the size and time it
 * was read at: a file is read when first asked for and again when it has changed. A file that cannot be read is
 * reported once (on stderr through the platform logger) and skipped until it changes.
 */
final class FolderPlans {

    static final System.Logger LOG = System.getLogger(NeighbourPlans.class.getName());

    private final ResourceSet set = PlanFiles.newResourceSet();
    private final Map<Path, String> stamps = new HashMap<>();

    /** The plan in {@code file} as it is on disk now, or nothing when it cannot be read. */
    Optional<PlanModel> current(Path file) {
        String stamp = stamp(file);
        URI uri = URI.createFileURI(file.toString());
        if (!stamp.equals(stamps.get(file))) {
            Resource old = set.getResource(uri, false);
            if (old != null) {
                old.unload();
                set.getResources().remove(old);
            }
            stamps.put(file, stamp);
            try {
                return Optional.of(PlanFiles.load(set, file));
            } catch (PlanLoadException unreadable) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "a plan file beside the diagram's plan is not shown in its badges: " + unreadable.getMessage());
                return Optional.empty();
            }
        }
        Resource read = set.getResource(uri, false);
        return read != null
                        && !read.getContents().isEmpty()
                        && read.getContents().get(0) instanceof PlanModel model
                ? Optional.of(model)
                : Optional.empty();
    }

    private static String stamp(Path file) {
        try {
            return Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException gone) {
            return "gone";
        }
    }
}
