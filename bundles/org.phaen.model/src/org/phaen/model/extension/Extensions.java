/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.extension;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds the implementations of an extension interface (validation rules, command-line commands): through
 * {@link ServiceLoader} ({@code META-INF/services/<interface>}) on the interface's class loader and on the
 * thread's context class loader, which in a plain Java program see every jar on the class path; and inside OSGi
 * also as services of the interface's type, since there a bundle's class loader sees no other bundle's
 * {@code META-INF/services}.
 */
public final class Extensions {

    private Extensions() {}

    /** Every implementation found, those of {@link ServiceLoader} first; the same object may come twice. */
    public static <T> List<T> all(Class<T> type) {
        List<T> found = new ArrayList<>();
        ServiceLoader.load(type, type.getClassLoader()).forEach(found::add);
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null && context != type.getClassLoader()) {
            ServiceLoader.load(type, context).forEach(found::add);
        }
        if (osgiOnClassPath() && OsgiServices.available(type)) {
            found.addAll(OsgiServices.registered(type));
        }
        return found;
    }

    /**
     * Whether the OSGi framework's classes can be loaded. Checked before {@link OsgiServices} is touched at all:
     * loading that class needs them, so a plain Java program without {@code org.eclipse.osgi} (which only arrives
     * through EMF's POM) would fail with a {@link NoClassDefFoundError} that no catch inside it could stop.
     */
    private static boolean osgiOnClassPath() {
        try {
            Class.forName("org.osgi.framework.FrameworkUtil", false, Extensions.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError plainJava) {
            return false;
        }
    }
}
