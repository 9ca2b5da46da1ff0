/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.phaen.model.PlanModel;
import org.phaen.model.provider.PhaenItemProviderAdapterFactory;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.resource.PlanLoadException;

/**
 * A plan file open for editing: its model in a resource set owned by an editing domain whose command stack
 * records every change (undo, redo, dirty state), and the item providers that label and structure it.
 */
public final class OpenPlan {

    private final Path file;
    private final ComposedAdapterFactory adapterFactory;
    private final AdapterFactoryEditingDomain domain;
    private final PlanModel model;

    private OpenPlan(
            Path file, ComposedAdapterFactory adapterFactory, AdapterFactoryEditingDomain domain, PlanModel model) {
        this.file = file;
        this.adapterFactory = adapterFactory;
        this.domain = domain;
        this.model = model;
    }

    /** Loads {@code file}; plans it refers to load on demand into the same resource set. */
    public static OpenPlan load(Path file) throws PlanLoadException {
        AdapterFactoryEditingDomain domain = newDomain();
        return new OpenPlan(
                file,
                (ComposedAdapterFactory) domain.getAdapterFactory(),
                domain,
                PlanFiles.load(domain.getResourceSet(), file));
    }

    /**
     * An editing domain for plans, as the editor has: Phaen's item providers (a {@link ComposedAdapterFactory}, to
     * dispose with the domain), a command stack, a resource set that reads plan files and that item property
     * descriptors find the domain through (so the Properties view's edits become commands).
     */
    public static AdapterFactoryEditingDomain newDomain() {
        ComposedAdapterFactory factory =
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        factory.addAdapterFactory(new PhaenItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        AdapterFactoryEditingDomain domain =
                new AdapterFactoryEditingDomain(factory, new BasicCommandStack(), PlanFiles.newResourceSet());
        domain.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        return domain;
    }

    /** The rotating backup the safe save keeps next to the file, if there is one. */
    public static Path backupOf(Path file) {
        Path backup = file.resolveSibling(file.getFileName() + ".bak");
        return Files.isRegularFile(backup) ? backup : null;
    }

    /** Safe save (integrity check, temp file, fsync, atomic rename, .bak), then the stack marks this state clean. */
    public void save() throws IOException {
        PlanFiles.save(model);
        SavedState.markSaved(domain);
    }

    public boolean isDirty() {
        return SavedState.isDirty(domain);
    }

    public Path file() {
        return file;
    }

    public PlanModel model() {
        return model;
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    public void dispose() {
        adapterFactory.dispose();
    }
}
