/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.phaen.model.PhaenPackage;
import org.phaen.model.provider.LabelFiles.LabelFile;

/**
 * Every class, feature and enum literal of the metamodel has its English and Thai label: a key the
 * item providers look up but the files lack fails at run time, and a key only in English shows
 * English in a Thai workbench.
 */
class MetamodelLabelKeysTest {

    private static final LabelFile ENGLISH = LabelFiles.english();
    private static final LabelFile THAI = LabelFiles.thai();

    /** The label keys EMF's generator derives from one classifier (none for a plain data type). */
    static List<String> labelKeys(EClassifier classifier) {
        List<String> keys = new ArrayList<>();
        if (classifier instanceof EClass eClass) {
            keys.add("_UI_" + eClass.getName() + "_type");
            for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
                keys.add("_UI_" + eClass.getName() + "_" + feature.getName() + "_feature");
            }
        } else if (classifier instanceof EEnum eEnum) {
            for (EEnumLiteral literal : eEnum.getELiterals()) {
                keys.add("_UI_" + eEnum.getName() + "_" + literal.getName() + "_literal");
            }
        }
        return keys;
    }

    @Test
    void theMetamodelIsWhatWeThinkItIs() {
        List<EClassifier> classifiers = PhaenPackage.eINSTANCE.getEClassifiers();
        assertFalse(classifiers.isEmpty());
        // a sample of keys derived from the metamodel, to catch a broken derivation
        List<String> all =
                classifiers.stream().flatMap(c -> labelKeys(c).stream()).toList();
        for (String key : List.of(
                "_UI_Project_type",
                "_UI_Project_startDate_feature",
                "_UI_PlanLevel_NATIONAL_STRATEGY_literal",
                "_UI_Party_contacts_feature")) {
            assertTrue(all.contains(key), key + " not derived from the metamodel");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyClassifierHasEnglishAndThaiLabels() {
        return PhaenPackage.eINSTANCE.getEClassifiers().stream()
                .filter(c -> c instanceof EClass || c instanceof EEnum)
                .map(c -> DynamicTest.dynamicTest(c.getName(), () -> {
                    List<String> missingEnglish = new ArrayList<>();
                    List<String> missingThai = new ArrayList<>();
                    for (String key : labelKeys(c)) {
                        if (isBlank(ENGLISH.get(key))) {
                            missingEnglish.add(key);
                        }
                        if (isBlank(THAI.get(key))) {
                            missingThai.add(key);
                        }
                    }
                    assertEquals(List.of(), missingEnglish, c.getName() + ": keys missing in plugin.properties");
                    assertEquals(List.of(), missingThai, c.getName() + ": keys missing in plugin_th.properties");
                }));
    }

    @Test
    void thaiClassLabelsAreInThai() {
        List<String> notThai = new ArrayList<>();
        for (EClassifier classifier : PhaenPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass) {
                String key = "_UI_" + classifier.getName() + "_type";
                String value = THAI.get(key);
                if (!LabelFiles.containsThai(value)) {
                    notThai.add(key + " = " + value);
                }
            }
        }
        // and any other _type key of the file (e.g. _UI_Unknown_type)
        for (String key : THAI.keys()) {
            if (key.endsWith("_type")
                    && !LabelFiles.containsThai(THAI.get(key))
                    && notThai.stream().noneMatch(s -> s.startsWith(key + " "))) {
                notThai.add(key + " = " + THAI.get(key));
            }
        }
        assertEquals(
                List.of(), notThai, "_type labels of plugin_th.properties without Thai characters (U+0E00..U+0E7F)");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
