/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.phaen.model.Project;

/** Inside OSGi, another bundle's rule registered as a service is discovered. */
class OsgiRuleServiceTest {

    @Test
    void aRuleRegisteredAsAServiceIsDiscovered() {
        BundleContext context =
                FrameworkUtil.getBundle(OsgiRuleServiceTest.class).getBundleContext();
        Rule external = new AbstractRule<Project>("PH-EXT-901", Severity.INFO, Project.class) {
            @Override
            protected void verify(Project element, RuleContext ruleContext, Findings findings) {
                // a rule of another tool; what it checks does not matter here
            }
        };
        ServiceRegistration<Rule> registration = context.registerService(Rule.class, external, null);
        try {
            assertTrue(RuleRegistry.discover().contains(external));
        } finally {
            registration.unregister();
        }
        assertFalse(RuleRegistry.discover().stream().anyMatch(r -> r.id().equals("PH-EXT-901")));
    }
}
