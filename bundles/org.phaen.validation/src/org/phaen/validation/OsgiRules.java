package org.phaen.validation;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** Rules other bundles register as OSGi services. Only touched when the OSGi framework is present. */
final class OsgiRules {

    private OsgiRules() {
    }

    /** True inside a running OSGi framework (plain Java programs have no org.osgi.framework classes or no bundle). */
    static boolean available() {
        try {
            return contextOrNull() != null;
        } catch (LinkageError plainJava) {
            return false;
        }
    }

    static List<Rule> registered() {
        BundleContext context = contextOrNull();
        List<Rule> rules = new ArrayList<>();
        try {
            for (ServiceReference<Rule> reference : context.getServiceReferences(Rule.class, null)) {
                Rule rule = context.getService(reference);
                if (rule != null) {
                    rules.add(rule);
                }
            }
        } catch (InvalidSyntaxException impossible) {
            throw new IllegalStateException(impossible); // no filter is given
        }
        return rules;
    }

    private static BundleContext contextOrNull() {
        Bundle bundle = FrameworkUtil.getBundle(OsgiRules.class);
        return bundle == null ? null : bundle.getBundleContext();
    }
}
