/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.xform;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.javarosa.form.api.FormEntryPrompt;
import org.junit.jupiter.api.Test;
import org.phaen.instruments.generate.InstrumentGenerator;
import org.phaen.instruments.generate.InstrumentScope;
import org.phaen.model.ActionPlan;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentItem;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import org.phaen.testing.SamplePlans;

/** Every kind of instrument the generator builds from the sample Phitsanulok plan is a form JavaRosa accepts. */
class XFormGeneratedInstrumentsTest {

    @Test
    void everyGeneratedInstrumentIsAValidForm() throws Exception {
        ResourceSet set = PlanFiles.newResourceSet();
        PlanModel provincial = SamplePlans.province(set);
        MonitoringPlan monitoring = provincial.getMonitoringPlans().get(0);
        ActionPlan actionPlan = (ActionPlan) provincial.getPlans().stream()
                .filter(ActionPlan.class::isInstance)
                .findFirst()
                .orElseThrow();
        List<EvaluationInstrument> instruments = new InstrumentGenerator()
                .generate(monitoring, InstrumentScope.actionPlan(actionPlan), InstrumentGenerator.kinds())
                .instruments();
        assertEquals(6, instruments.size());
        for (EvaluationInstrument instrument : instruments) {
            JavaRosaForm form = new JavaRosaForm(XFormRendererTest.render(instrument, false));
            assertEquals(instrument.getItems().size(), form.questions.size(), instrument.getCode());
            Set<String> uuids = form.questions.values().stream()
                    .map(p -> form.bindAttribute(p, JavaRosaForm.PHAEN, "uuid"))
                    .collect(Collectors.toSet());
            assertEquals(
                    instrument.getItems().stream().map(InstrumentItem::getUuid).collect(Collectors.toSet()), uuids);
            long sections = instrument.getItems().stream()
                    .map(InstrumentItem::getSection)
                    .filter(s -> s != null && !s.isBlank())
                    .distinct()
                    .count();
            assertEquals(sections, form.groups.size(), instrument.getCode());
            for (FormEntryPrompt prompt : form.questions.values()) {
                InstrumentItem item = instrument.getItems().stream()
                        .filter(i -> i.getUuid().equals(form.bindAttribute(prompt, JavaRosaForm.PHAEN, "uuid")))
                        .findFirst()
                        .orElseThrow();
                assertEquals(item.getName().strip(), form.label(prompt, JavaRosaForm.THAI));
                assertEquals(item.isRequired() && !prompt.isReadOnly(), prompt.isRequired(), item.getCode());
            }
        }
    }
}
