/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.Test;
import org.phaen.model.provider.PhaenEditPlugin;

/**
 * Every label of the sample plans' trees, as the planner sees them in the Thai workbench: no enumeration literal
 * ("ความสอดคล้อง SUPPORTS"), and no Latin capitals except those the element's own values hold (codes such as
 * PLK-EDP, English names) or the Thai texts of its kind and values name (บันทึกข้อตกลงความร่วมมือ (MOU)). The English labels are checked in org.phaen.model.edit.tests (EnglishTreeLabelsTest).
 */
class TreeLabelsTest extends SampleEditorTest {

    private static final Pattern LATIN_CAPITALS = Pattern.compile("[A-Z]{2,}");
    private static final Pattern THAI = Pattern.compile("[\\u0E00-\\u0E7F]");

    @Test
    void thaiLabelsOfBothSamplesHoldNoEnumerationLiteralNorStrayLatinCapitals() throws Exception {
        openSample();
        PlanEditor regional = TestWorkbench.open(dir.resolve("region17-2562.phaen"));
        try {
            List<String> wrong = new ArrayList<>();
            int labels = check(editor, wrong) + check(regional, wrong);
            assertTrue(labels > 300, "the two samples' trees have hundreds of labels, walked " + labels);
            assertEquals(List.of(), wrong);
        } finally {
            TestWorkbench.page().closeEditor(regional, false);
        }
    }

    private static int check(IEditorPart part, List<String> wrong) {
        PlanEditor plan = (PlanEditor) part;
        plan.viewer().expandAll();
        TestWorkbench.settle();
        int count = 0;
        for (TreeItem item : all(plan.viewer().getTree().getItems(), new ArrayList<>())) {
            if (item.getData() instanceof EObject element) {
                count++;
                String label = item.getText();
                if (!THAI.matcher(label).find()) {
                    wrong.add("not a Thai label: " + label);
                }
                String rest = label;
                List<String> thaiTexts = new ArrayList<>();
                for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                    Object value = element.eGet(attribute);
                    if (attribute.getEAttributeType() instanceof EEnum type && value instanceof Enumerator literal) {
                        if (Pattern.compile("\\b" + literal.getLiteral() + "\\b")
                                .matcher(label)
                                .find()) {
                            wrong.add("enumeration literal " + literal.getLiteral() + " in: " + label);
                        }
                        thaiTexts.add(PhaenEditPlugin.INSTANCE.getString(
                                "_UI_" + type.getName() + "_" + literal.getName() + "_literal"));
                    } else if (value instanceof String text && !text.isBlank()) {
                        rest = rest.replace(text, ""); // the element's own code or name may hold capitals
                    }
                }
                // Then the Thai texts of its kind and values, which may name an abbreviation: บันทึกข้อตกลง (MOU).
                thaiTexts.add(PhaenEditPlugin.INSTANCE.getString(
                        "_UI_" + element.eClass().getName() + "_type"));
                for (String text : thaiTexts) {
                    rest = rest.replace(text, "");
                }
                if (LATIN_CAPITALS.matcher(rest).find()) {
                    wrong.add("Latin capitals in a Thai label: " + label);
                }
            }
        }
        return count;
    }

    private static List<TreeItem> all(TreeItem[] items, List<TreeItem> into) {
        for (TreeItem item : items) {
            into.add(item);
            all(item.getItems(), into);
        }
        return into;
    }
}
