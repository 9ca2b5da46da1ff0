/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.phaen.model.Named;
import org.phaen.model.resource.PlanFiles;
import org.phaen.validation.Finding;
import org.phaen.validation.PlanValidator;
import org.phaen.validation.Severity;
import org.phaen.validation.ValidationReport;

/** The five provinces loaded with the regional plan: no errors, and the region's border strategy is carried out by Tak. */
class AllProvincesValidationTest {

    @Test
    void withAllFiveProvincesTheRegionsStrategiesAreAllCarriedOut() throws Exception {
        ResourceSet set = PlanFiles.newResourceSet();
        PlanFiles.load(set, ShippedProvincesTest.MODELS.resolve("region17-2562.phaen"));
        PlanFiles.load(set, ShippedProvincesTest.MODELS.resolve("phitsanulok-2562.phaen"));
        for (ProvinceProfile province : ProvinceProfile.region17()) {
            PlanFiles.load(set, ShippedProvincesTest.MODELS.resolve(province.file() + ".phaen"));
        }
        EcoreUtil.resolveAll(set);
        assertEquals(6, set.getResources().size(), "the region and five provinces, every link resolved inside them");
        ValidationReport report = PlanValidator.withAllRules().validate(set);
        assertEquals(List.of(), describe(report, f -> f.severity() == Severity.ERROR));
        assertEquals(List.of(), describe(report, f -> f.ruleId().equals("PH-ALN-006")));
        // PH-EMN-003 aside: the generator names no responsible person, which only eMENSCR's rules ask for (README).
        // The eMENSCR fields of model 1.1 (type, budget programme, SDGs, spending plan) it fills in.
        List<String> warnings = describe(report, f -> !f.ruleId().equals("PH-EMN-003"));
        assertTrue(
                warnings.stream()
                        .noneMatch(
                                w -> w.contains("TAK") || w.contains("PCB") || w.contains("STI") || w.contains("UTT")),
                "the generated provinces raise no finding: " + warnings);
    }

    private static List<String> describe(ValidationReport report, java.util.function.Predicate<Finding> which) {
        return report.findings().stream()
                .filter(which)
                .map(f -> f.ruleId() + " " + (f.element() instanceof Named n ? n.getCode() : f.elementLabel()))
                .toList();
    }
}
