/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;
import org.phaen.model.Indicator;
import org.phaen.model.Target;
import org.phaen.ui.properties.ItemPropertySourceProvider;

/** The Properties view's rows come from the item providers and their edits go through the command stack. */
class PropertiesTest extends SampleEditorTest {

    @Test
    void aTargetValueIsEditedExactlyAndUndoable() throws Exception {
        openSample();
        Target target = first(editor);
        IPropertySource source =
                new ItemPropertySourceProvider(editor.openPlan().adapterFactory()).getPropertySource(target);
        IPropertyDescriptor value = Arrays.stream(source.getPropertyDescriptors())
                .filter(d ->
                        "value".equals(d.getId()) || String.valueOf(d.getId()).endsWith("value"))
                .findFirst()
                .orElseThrow();
        BigDecimal before = target.getValue();
        source.setPropertyValue(value.getId(), new BigDecimal("77.25"));
        assertEquals(new BigDecimal("77.25"), target.getValue());
        assertTrue(editor.isDirty());
        editor.getEditingDomain().getCommandStack().undo();
        assertEquals(before, target.getValue());
        assertTrue(Arrays.stream(source.getPropertyDescriptors())
                .anyMatch(d -> d.getDisplayName() != null && !d.getDisplayName().isBlank()));
    }

    private static Target first(PlanEditor editor) {
        var it = editor.openPlan().model().eAllContents();
        while (it.hasNext()) {
            if (it.next() instanceof Indicator indicator
                    && !indicator.getTargets().isEmpty()
                    && indicator.getTargets().get(0).getValue() != null) {
                return indicator.getTargets().get(0);
            }
        }
        throw new AssertionError("the sample has indicators with targets");
    }
}
