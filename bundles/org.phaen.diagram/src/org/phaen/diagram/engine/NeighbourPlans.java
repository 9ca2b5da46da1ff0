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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.resource.PlanLoadException;

/**
 * The plans a diagram can know beside its own: those loaded with it (edits show at once) and the other plan files
 * in its folder (the provinces' files the region received), read from disk once and again only when a file changes.
 * The editor, its image export and the plan book's annex draw the same badges from them.
 */
public final class NeighbourPlans {

    /** What was read from a folder, and the files' sizes and times it was read at. */
    private record Read(String stamp, List<PlanModel> plans) {}

    private static final Map<Path, Read> FOLDERS = new ConcurrentHashMap<>();

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
        for (PlanModel other : folder == null ? List.<PlanModel>of() : inFolder(folder)) {
            Path file = Path.of(other.eResource().getURI().toFileString());
            if (!loaded.contains(file)) {
                plans.add(other);
            }
        }
        return AlignedPlans.of(plans);
    }

    private static List<PlanModel> inFolder(Path folder) {
        List<Path> files = planFiles(folder);
        String stamp = stamp(files);
        Read read = FOLDERS.get(folder);
        if (read == null || !read.stamp().equals(stamp)) {
            ResourceSet set = PlanFiles.newResourceSet();
            List<PlanModel> plans = new ArrayList<>();
            for (Path file : files) {
                try {
                    plans.add(PlanFiles.load(set, file));
                } catch (PlanLoadException unreadable) {
                    // a broken or foreign file beside the plan: it carries out nothing the diagram can show
                }
            }
            read = new Read(stamp, List.copyOf(plans));
            FOLDERS.put(folder, read);
        }
        return read.plans();
    }

    private static List<Path> planFiles(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(f -> f.getFileName().toString().endsWith(".phaen") && Files.isRegularFile(f))
                    .map(f -> f.toAbsolutePath().normalize())
                    .sorted()
                    .toList();
        } catch (IOException unreadable) {
            return List.of();
        }
    }

    private static String stamp(List<Path> files) {
        StringBuilder stamp = new StringBuilder();
        for (Path file : files) {
            try {
                stamp.append(file)
                        .append(':')
                        .append(Files.size(file))
                        .append(':')
                        .append(Files.getLastModifiedTime(file).toMillis())
                        .append(';');
            } catch (IOException gone) {
                stamp.append(file).append(":gone;");
            }
        }
        return stamp.toString();
    }
}
