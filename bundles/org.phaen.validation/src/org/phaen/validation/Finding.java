/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import org.eclipse.emf.ecore.EObject;

/**
 * One problem found: which rule, how serious, on which element (by UUID, so it can be found
 * again in another process), and what to do about it, in English and Thai.
 *
 * @param ruleId the rule's stable ID, e.g. {@code PH-ALN-005}
 * @param severity how serious the problem is
 * @param element the element the problem is on, in the validated resource set
 * @param elementUuid the element's UUID, or null for an element without one
 * @param elementLabel the element's code and name, e.g. {@code S1 “กลยุทธ์ที่ 1”}
 * @param file the last segment of the element's file, or null for an element in no file
 * @param messageEn what is wrong, in English
 * @param messageTh what is wrong, in Thai
 * @param hintEn what to do about it, in English
 * @param hintTh what to do about it, in Thai
 */
public record Finding(
        String ruleId,
        Severity severity,
        EObject element,
        String elementUuid,
        String elementLabel,
        String file,
        String messageEn,
        String messageTh,
        String hintEn,
        String hintTh) {

    /** What is wrong, in the given language. */
    public String message(Language language) {
        return language == Language.TH ? messageTh : messageEn;
    }

    /** What to do about it, in the given language. */
    public String hint(Language language) {
        return language == Language.TH ? hintTh : hintEn;
    }
}
