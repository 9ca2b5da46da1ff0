/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.ActionPlan;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.Strategy;
import org.phaen.testing.TestPlans;

class PhaenResourceTest {

    @TempDir
    Path dir;

    @Test
    void elementsGetUuidsWhenTheyJoinAResource() {
        PlanModel model = TestPlans.regional(PlanFiles.newResourceSet(), dir.resolve("r.phaen"));
        Strategy strategy = TestPlans.firstStrategy(model);
        assertNotNull(model.getUuid());
        assertEquals(36, strategy.getUuid().length());
        assertNotEquals(model.getUuid(), strategy.getUuid());
        assertSame(strategy, model.eResource().getEObject(strategy.getUuid()), "uuid is the URI fragment");
    }

    @Test
    void crossFileReferencesSurviveSaveAndLoadByUuid() throws Exception {
        ResourceSet set = PlanFiles.newResourceSet();
        Path regionalFile = dir.resolve("regional.phaen");
        Path provincialFile = dir.resolve("sub/provincial.phaen");
        PlanModel regional = TestPlans.regional(set, regionalFile);
        String strategyUuid = TestPlans.firstStrategy(regional).getUuid();
        PlanModel provincial = PhaenFactory.eINSTANCE.createPlanModel();
        ActionPlan action = PhaenFactory.eINSTANCE.createActionPlan();
        action.setName("แผนปฏิบัติราชการ");
        Project project = TestPlans.project("โครงการ ก");
        project.getImplementsStrategies().add(TestPlans.firstStrategy(regional));
        action.getProjects().add(project);
        provincial.getPlans().add(action);
        TestPlans.attach(set, provincialFile, provincial);
        new SafeSave().save(regional.eResource(), regionalFile);
        new SafeSave().save(provincial.eResource(), provincialFile);

        String xml = Files.readString(provincialFile);
        assertTrue(xml.contains("href=\"../regional.phaen#" + strategyUuid + "\""), xml);

        ResourceSet fresh = PlanFiles.newResourceSet();
        PlanModel reloaded = PlanFiles.load(fresh, provincialFile);
        Project again = ((ActionPlan) reloaded.getPlans().get(0)).getProjects().get(0);
        Strategy resolved = again.getImplementsStrategies().get(0);
        assertFalse(resolved.eIsProxy(), "cross-file reference resolves");
        assertEquals("กลยุทธ์ที่ 1 พัฒนาครู", resolved.getName());
        assertEquals(project.getUuid(), again.getUuid());
    }

    @Test
    void savedFilesCarryTheModelVersion() throws Exception {
        Path file = dir.resolve("v.phaen");
        PlanModel model = TestPlans.regional(PlanFiles.newResourceSet(), file);
        new SafeSave().save(model.eResource(), file);
        String xml = Files.readString(file);
        assertTrue(xml.contains("xmlns:phaen=\"http://www.phaen.org/model/" + ModelVersion.CURRENT + "\""));
        assertTrue(xml.contains("modelVersion=\"" + ModelVersion.CURRENT + "\""));
    }
}
