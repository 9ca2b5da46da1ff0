/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.phaen.diagram.engine.NeighbourPlans;
import org.phaen.diagram.engine.StatusSource;
import org.phaen.model.PlanModel;
import org.phaen.model.provider.PhaenItemProviderAdapterFactory;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.resource.PlanLoadException;

/**
 * The plans open for diagrams. A diagram editor registers the plan editor's domain, so a diagram of it shares the
 * editor's command stack (one undo history, one dirty state), and closes its {@link PlanSession} when it closes;
 * diagrams of files nobody holds open are refused; tests and the benchmark {@link #open} theirs. Several holders may
 * have the same file open (a strategy map and an alignment diagram): the one registered last serves new diagrams, and
 * the file is forgotten when the last holder closes.
 */
public final class PlanSessions {

    private static final Map<Path, List<PlanSession>> OPEN = new HashMap<>();

    private PlanSessions() {}

    /**
     * Makes diagrams of the file edit through the given domain (the plan editor's), reading and changing the plan
     * only through {@code modelThread}, which runs a task to its end on the thread that owns the model (the
     * workbench's UI thread: EMF models are not thread-safe, and the editor draws the same plan), with the indicator
     * statuses of a monitoring store for the badges. Close the session when the holder goes.
     */
    public static PlanSession register(
            Path planFile, EditingDomain domain, Executor modelThread, StatusSource statuses) {
        PlanSession session = new PlanSession(key(planFile), domain, modelThread, statuses);
        synchronized (OPEN) {
            OPEN.computeIfAbsent(session.planFile(), k -> new ArrayList<>()).add(session);
        }
        return session;
    }

    /**
     * The session of a plan opened for diagrams (registered by the workbench, or {@link #open}); any other file is
     * refused, so a client can name no plan the user has not opened.
     */
    public static PlanSession sessionFor(Path planFile) {
        synchronized (OPEN) {
            List<PlanSession> holders = OPEN.get(key(planFile));
            if (holders == null) {
                throw new IllegalArgumentException(
                        "the plan " + planFile.getFileName() + " is not open in the workbench: open it there first");
            }
            return holders.get(holders.size() - 1);
        }
    }

    /** The domain diagrams of the file edit through (see {@link #sessionFor}). */
    public static EditingDomain domainFor(Path planFile) {
        return sessionFor(planFile).domain();
    }

    /** Whether some holder has the file open for diagrams. */
    public static boolean isOpen(Path planFile) {
        synchronized (OPEN) {
            return OPEN.containsKey(key(planFile));
        }
    }

    /** Opens a plan for diagrams in a domain of its own, edited on the caller's thread (tests, the benchmark). */
    public static PlanSession open(Path planFile) throws PlanLoadException {
        ComposedAdapterFactory factory =
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new PhaenItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        AdapterFactoryEditingDomain domain =
                new AdapterFactoryEditingDomain(factory, new BasicCommandStack(), PlanFiles.newResourceSet());
        PlanFiles.load(domain.getResourceSet(), planFile);
        return register(planFile, domain, Runnable::run, StatusSource.NONE);
    }

    /** The plan of the file in its domain (the first resource is the plan file's own). */
    public static PlanModel planOf(EditingDomain domain) {
        return (PlanModel)
                domain.getResourceSet().getResources().get(0).getContents().get(0);
    }

    /**
     * Forgets the session; when it was the last of its file, the file; when no file of its folder is open any more,
     * the plans {@link NeighbourPlans} read from the folder for the badges.
     */
    static void release(PlanSession session) {
        synchronized (OPEN) {
            List<PlanSession> holders = OPEN.get(session.planFile());
            if (holders != null && holders.removeIf(held -> held == session) && holders.isEmpty()) {
                OPEN.remove(session.planFile());
                Path folder = session.planFile().getParent();
                if (folder != null && OPEN.keySet().stream().noneMatch(file -> folder.equals(file.getParent()))) {
                    NeighbourPlans.forget(folder);
                }
            }
        }
    }

    private static Path key(Path planFile) {
        return planFile.toAbsolutePath().normalize();
    }
}
