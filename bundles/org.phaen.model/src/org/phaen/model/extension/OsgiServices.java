/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.extension;

import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Services other bundles register under an interface. Only touched after {@link Extensions} has found the OSGi
 * classes on the class path: this class cannot even be loaded without them.
 */
final class OsgiServices {

    private OsgiServices() {}

    /**
     * True inside a running OSGi framework where the interface's bundle has a context (a plain Java program with
     * the OSGi jar on its class path has no bundle). The interfaces' bundles are lazily activated: using one starts it.
     */
    static boolean available(Class<?> type) {
        try {
            return contextOrNull(type) != null;
        } catch (LinkageError plainJava) {
            return false;
        }
    }

    static <T> List<T> registered(Class<T> type) {
        BundleContext context = contextOrNull(type);
        List<T> services = new ArrayList<>();
        try {
            for (ServiceReference<T> reference : context.getServiceReferences(type, null)) {
                T service = context.getService(reference);
                if (service != null) {
                    services.add(service);
                }
            }
        } catch (InvalidSyntaxException impossible) {
            throw new IllegalStateException(impossible); // no filter is given
        }
        return services;
    }

    private static BundleContext contextOrNull(Class<?> type) {
        Bundle bundle = FrameworkUtil.getBundle(type);
        return bundle == null ? null : bundle.getBundleContext();
    }
}
