/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.phaen.model.Identified;
import org.phaen.model.PlanModel;
import org.phaen.model.internal.IndexingXmiLoad;
import org.phaen.model.internal.ModelMigrator;

/**
 * An XMI resource for plan files. Objects are identified by their {@code uuid} attribute, so
 * references across files and from the monitoring store survive moves and renames. Loading is
 * hardened and tuned (see {@link PhaenResourceOptions}); files of older model versions are
 * migrated before EMF sees them.
 */
public class PhaenResource extends XMIResourceImpl {

    private int attachedWhileLoading;
    private boolean deferredAttachment;

    /** A plan resource for the URI, with Phaen's load and save options as its defaults. */
    public PhaenResource(URI uri) {
        super(uri);
        // An intrinsic ID map keeps ID lookups (and EMF's unique-ID check) linear.
        setIntrinsicIDToEObjectMap(new HashMap<>());
        getDefaultLoadOptions().putAll(PhaenResourceOptions.loadOptions());
        getDefaultSaveOptions().putAll(PhaenResourceOptions.saveOptions());
    }

    @Override
    protected boolean useUUIDs() {
        return false; // the model's own uuid attribute is the ID; no xmi:id duplicates it
    }

    /** Loads the file, migrating an older model version first; elements without a UUID get one. */
    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        // Sized from the file (about 200 bytes an element) so the map is not rehashed while loading.
        setIntrinsicIDToEObjectMap(HashMap.newHashMap(Math.max(16, inputStream.available() / 200)));
        attachedWhileLoading = 0;
        deferredAttachment = options != null && Boolean.TRUE.equals(options.get(XMLResource.OPTION_DEFER_ATTACHMENT));
        super.doLoad(ModelMigrator.migrateIfNeeded(inputStream, getURI()), options);
        if (getIntrinsicIDToEObjectMap().size() < attachedWhileLoading) {
            Identifiers.ensureAll(this); // some elements came without a uuid
        }
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new IndexingXmiLoad(createXMLHelper());
    }

    /** Saves with the current model version written into the plan. */
    @Override
    public void doSave(java.io.OutputStream outputStream, Map<?, ?> options) throws IOException {
        for (EObject root : getContents()) {
            if (root instanceof PlanModel model) {
                model.setModelVersion(ModelVersion.CURRENT);
            }
        }
        super.doSave(outputStream, options);
    }

    /**
     * While loading, the XML handler attaches each element as it is created, before any element inside it: there is no
     * tree below it to walk (EMF would start an iterator over its empty contents for each of the file's elements).
     * Unless the caller asked EMF to attach the whole tree at the end.
     */
    @Override
    public void attached(EObject eObject) {
        if (isLoading() && !deferredAttachment) {
            attachedHelper(eObject);
        } else {
            super.attached(eObject);
        }
    }

    @Override
    protected void attachedHelper(EObject eObject) {
        // New objects get their identity when they join a resource; while loading, the file's own
        // uuid has not been read yet, so Identifiers.ensureAll fills gaps after the load.
        if (isLoading()) {
            attachedWhileLoading++;
            if (isTrackingModification()) {
                super.attachedHelper(eObject);
            }
            return; // the ID map is filled as uuids are read (IndexingXmiLoad)
        }
        if (eObject instanceof Identified identified && identified.getUuid() == null) {
            identified.setUuid(UUID.randomUUID().toString());
        }
        super.attachedHelper(eObject);
    }
}
