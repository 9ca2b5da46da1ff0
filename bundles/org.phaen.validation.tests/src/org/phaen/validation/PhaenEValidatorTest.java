/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.phaen.model.ActionPlan;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PhaenPackage;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.resource.PlanFiles;
import org.phaen.validation.rules.alignment.ProjectImplementsStrategy;

class PhaenEValidatorTest {

    @Test
    void emfsDiagnosticianReportsPhaenRulesWithTheFinding() {
        PlanModel model = PhaenFactory.eINSTANCE.createPlanModel();
        ActionPlan action = PhaenFactory.eINSTANCE.createActionPlan();
        action.setName("แผนปฏิบัติ");
        Project project = PhaenFactory.eINSTANCE.createProject();
        project.setName("โครงการ");
        action.getProjects().add(project);
        model.getPlans().add(action);
        PlanFiles.newResourceSet()
                .createResource(URI.createURI("memory:/d.phaen"))
                .getContents()
                .add(model);

        Diagnostician diagnostician = new Diagnostician(new org.eclipse.emf.ecore.impl.EValidatorRegistryImpl() {
            {
                put(
                        PhaenPackage.eINSTANCE,
                        new PhaenEValidator(new PlanValidator(List.of(new ProjectImplementsStrategy()))));
            }
        });
        Diagnostic result = diagnostician.validate(model);
        assertEquals(Diagnostic.ERROR, result.getSeverity());
        Diagnostic phaen = result.getChildren().stream()
                .filter(d -> PhaenEValidator.SOURCE.equals(d.getSource()))
                .findFirst()
                .orElseThrow();
        assertSame(project, phaen.getData().get(0));
        assertEquals("PH-ALN-001", ((Finding) phaen.getData().get(1)).ruleId());
        assertTrue(phaen.getMessage().startsWith("PH-ALN-001 Project"), phaen.getMessage());
    }
}
