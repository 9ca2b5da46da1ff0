/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.PhaenPackage;
import org.phaen.model.PlanModel;
import org.phaen.model.sample.SyntheticPlanGenerator;

/**
 * Phaen's load sets attributes its own short way (PlainAttributes) and attaches elements without walking their empty
 * contents: the plan it gives must be the one EMF's plain XMI load gives from the same file, value for value.
 */
class LoadMatchesEmfTest {

    @TempDir
    Path dir;

    @Test
    void sameModelAsEmfsOwnLoad() throws Exception {
        Path file = dir.resolve("plan.phaen");
        PlanFiles.saveAs(new SyntheticPlanGenerator().generate(3, 12), PlanFiles.newResourceSet(), file);

        PlanModel phaen = PlanFiles.load(PlanFiles.newResourceSet(), file);
        ResourceSetImpl plain = new ResourceSetImpl();
        plain.getPackageRegistry().put(PhaenPackage.eNS_URI, PhaenPackage.eINSTANCE);
        plain.getResourceFactoryRegistry().getExtensionToFactoryMap().put("phaen", new XMIResourceFactoryImpl());
        Resource emf = plain.getResource(URI.createFileURI(file.toString()), true);

        assertTrue(emf.getErrors().isEmpty(), () -> "EMF's load: " + emf.getErrors());
        EObject emfPlan = emf.getContents().get(0);
        assertTrue(EcoreUtil.equals(emfPlan, phaen), "the plan Phaen loads equals the one EMF loads");
        int identified = EcoreUtil.getID(phaen) == null ? 0 : 1;
        for (var it = phaen.eAllContents(); it.hasNext(); ) {
            identified += EcoreUtil.getID(it.next()) == null ? 0 : 1;
        }
        assertTrue(identified > 500, "a plan of some size: " + identified);
        assertEquals(
                identified,
                ((PhaenResource) phaen.eResource()).getIntrinsicIDToEObjectMap().size(),
                "every element with a UUID is in the ID map");
    }
}
