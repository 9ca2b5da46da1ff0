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
