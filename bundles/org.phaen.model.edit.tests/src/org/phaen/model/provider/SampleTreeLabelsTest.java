/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.phaen.model.Alignment;
import org.phaen.model.PlanModel;
import org.phaen.model.provider.LabelFiles.LabelFile;
import org.phaen.model.resource.PlanFiles;
import org.phaen.testing.SamplePlans;

/**
 * The sample plans' trees as the workbench builds them (item providers' children), each label through ItemLabels,
 * in the language this run reads (English on a build machine; the Thai workbench is checked by the UI tests'
 * TreeLabelsTest): no enumeration literal anywhere, and every alignment labelled with its kind's own text.
 */
class SampleTreeLabelsTest {

    private final PhaenItemProviderAdapterFactory factory = new PhaenItemProviderAdapterFactory();

    @AfterEach
    void dispose() {
        factory.dispose();
    }

    @Test
    void labelsOfBothSamplesNameEnumerationValuesInTheInterfaceLanguage() throws Exception {
        Path models = SamplePlans.models();
        ResourceSet set = PlanFiles.newResourceSet();
        List<String> wrong = new ArrayList<>();
        int alignments = 0;
        int labels = 0;
        for (String name : new String[] {"region17-2562.phaen", "phitsanulok-2562.phaen"}) {
            PlanModel model = PlanFiles.load(set, models.resolve(name));
            for (EObject element : tree(model, new ArrayList<>())) {
                labels++;
                String label = ItemLabels.text(factory, element);
                for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                    if (attribute.getEAttributeType() instanceof EEnum
                            && element.eGet(attribute) instanceof Enumerator literal
                            && label.matches(".*\\b" + literal.getLiteral() + "\\b.*")) {
                        wrong.add(literal.getLiteral() + " in: " + label);
                    }
                }
                if (element instanceof Alignment alignment) {
                    alignments++;
                    String kind = "_UI_AlignmentKind_" + alignment.getKind().getName() + "_literal";
                    LabelFile texts = label.startsWith(LabelFiles.english().get("_UI_Alignment_type"))
                            ? LabelFiles.english()
                            : LabelFiles.thai();
                    assertEquals(texts.get("_UI_Alignment_type") + " " + texts.get(kind), label);
                }
            }
        }
        assertTrue(alignments > 20, "the samples hold dozens of alignments, found " + alignments);
        assertTrue(labels > 300, "walked " + labels + " labels");
        assertEquals(List.of(), wrong);
    }

    private List<EObject> tree(Object parent, List<EObject> into) {
        ITreeItemContentProvider content =
                (ITreeItemContentProvider) factory.adapt(parent, ITreeItemContentProvider.class);
        if (content != null) {
            for (Object child : content.getChildren(parent)) {
                if (child instanceof EObject element) {
                    into.add(element);
                    tree(element, into);
                }
            }
        }
        return into;
    }
}
