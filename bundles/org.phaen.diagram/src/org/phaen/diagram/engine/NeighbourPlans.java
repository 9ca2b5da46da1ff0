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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.model.PlanModel;

/**
 * The plans a diagram can know beside its own: those loaded with it (edits show at once) and the other plan files
 * in its folder (the provinces' files the region received), read from disk once and again only when a file changes.
 * Files the diagram's resource set already holds are never read a second time. What was read from a folder is kept
 * until {@link #forget} (the folder's last diagram closed). The editor, its image export and the plan book's annex
 * draw the same badges from them.
 */
public final class NeighbourPlans {

    private static final Map<Path, FolderPlans> FOLDERS = new HashMap<>();

    private NeighbourPlans() {}

    /** The alignments of the set's plans and of the folder's other plan files, for the diagram's badges (one diagram at a time: the folder's plans are shared). */
    public static synchronized AlignedPlans of(Path planFile, ResourceSet set) {
        List<PlanModel> plans = new ArrayList<>();
        List<Path> loaded = new ArrayList<>();
        for (Resource resource : set.getResources()) {
            if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof PlanModel model) {
                plans.add(model);
                if (resource.getURI() != null && resource.getURI().isFile()) {
                    loaded.add(Path.of(resource.getURI().toFileString())
                            .toAbsolutePath()
                            .normalize());
                }
            }
        }
        Path folder = planFile.toAbsolutePath().normalize().getParent();
        if (folder != null) {
            FolderPlans read = FOLDERS.computeIfAbsent(folder, f -> new FolderPlans());
            for (Path file : planFiles(folder)) {
                if (!loaded.contains(file)) {
                    read.current(file).ifPresent(plans::add);
                }
            }
        }
        return AlignedPlans.of(plans);
    }

    /** Lets go of the plans read from {@code folder} (read again when a diagram there asks). */
    public static synchronized void forget(Path folder) {
        FOLDERS.remove(folder.toAbsolutePath().normalize());
    }

    /** The folders whose plans are held now (for tests). */
    public static synchronized List<Path> heldFolders() {
        return List.copyOf(FOLDERS.keySet());
    }

    private static List<Path> planFiles(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(f -> f.getFileName().toString().endsWith(".phaen") && Files.isRegularFile(f))
                    .map(f -> f.toAbsolutePath().normalize())
                    .sorted()
                    .toList();
        } catch (IOException unreadable) {
            FolderPlans.LOG.log(
                    System.Logger.Level.WARNING,
                    "the plans beside a diagram's plan are not shown: the folder " + folder + " cannot be listed",
                    unreadable);
            return List.of();
        }
    }
}
