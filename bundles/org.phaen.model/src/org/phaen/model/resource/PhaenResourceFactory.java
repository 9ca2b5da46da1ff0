/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link PhaenResource}s for {@code *.phaen} plan files. */
public class PhaenResourceFactory extends ResourceFactoryImpl {

    /** The file extension of Phaen plan files. */
    public static final String EXTENSION = "phaen";

    /** A new, empty {@link PhaenResource} for the URI. */
    @Override
    public Resource createResource(URI uri) {
        return new PhaenResource(uri);
    }
}
