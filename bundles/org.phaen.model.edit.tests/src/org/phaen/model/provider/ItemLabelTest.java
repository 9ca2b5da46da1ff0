/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.phaen.model.PhaenFactory;
import org.phaen.model.Project;
import org.phaen.model.provider.LabelFiles.LabelFile;

/** The item providers label Thai-named elements, and the bundle's Thai localization is readable. */
class ItemLabelTest {

    private static final String THAI_NAME = "โครงการพัฒนาคุณภาพการศึกษาสู่มาตรฐานสากล";

    private final PhaenItemProviderAdapterFactory factory = new PhaenItemProviderAdapterFactory();
    private final LabelFile english = LabelFiles.english();
    private final LabelFile thai = LabelFiles.thai();

    @AfterEach
    void dispose() {
        factory.dispose();
    }

    private String label(Object object) {
        IItemLabelProvider provider = (IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class);
        assertNotNull(provider, "no IItemLabelProvider for " + object);
        return provider.getText(object);
    }

    @Test
    void projectWithAThaiNameIsLabelledWithThatName() {
        Project project = PhaenFactory.eINSTANCE.createProject();
        project.setName(THAI_NAME);
        String text = label(project);
        assertTrue(text.contains(THAI_NAME), "label \"" + text + "\" lacks the project's name");
        // the type prefix comes from one of the label files (which one depends on the default locale)
        String englishType = english.get("_UI_Project_type");
        String thaiType = thai.get("_UI_Project_type");
        assertTrue(
                Set.of(englishType + " " + THAI_NAME, thaiType + " " + THAI_NAME)
                        .contains(text),
                "unexpected label \"" + text + "\"");
    }

    @Test
    void projectWithoutANameIsLabelledWithItsType() {
        String text = label(PhaenFactory.eINSTANCE.createProject());
        assertTrue(
                Set.of(english.get("_UI_Project_type"), thai.get("_UI_Project_type"))
                        .contains(text),
                "unexpected label \"" + text + "\"");
    }

    /**
     * Bundle-Localization: plugin. Equinox's ManifestLocalization reads plugin_th.properties with
     * java.util.PropertyResourceBundle: the Thai Bundle-Name must come out intact, not as mojibake.
     */
    @Test
    void equinoxReadsTheThaiBundleHeadersAsUtf8() {
        Bundle bundle = FrameworkUtil.getBundle(PhaenEditPlugin.class);
        assertNotNull(bundle, "not running inside OSGi");
        assertEquals("org.phaen.model.edit", bundle.getSymbolicName());
        String name = bundle.getHeaders("th").get(Constants.BUNDLE_NAME);
        assertEquals(thai.get("pluginName"), name);
        assertTrue(LabelFiles.containsThai(name), name);
        assertEquals("Phaen", bundle.getHeaders("th").get(Constants.BUNDLE_VENDOR));
    }
}
