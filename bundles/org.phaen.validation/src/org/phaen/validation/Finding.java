/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import java.util.Objects;
import org.eclipse.emf.ecore.EObject;

/**
 * One problem found: which rule, how serious, on which element (by UUID, so it can be found again in another
 * process), and what to do about it, in English and Thai. The messages and hints are formatted when first asked
 * for ({@link FindingText}); two findings are equal when all they say is.
 */
public final class Finding {

    private final String ruleId;
    private final Severity severity;
    private final EObject element;
    private final String elementUuid;
    private final String elementLabel;
    private final String file;
    private final FindingText text;

    Finding(
            String ruleId,
            Severity severity,
            EObject element,
            String elementUuid,
            String elementLabel,
            String file,
            FindingText text) {
        this.ruleId = ruleId;
        this.severity = severity;
        this.element = element;
        this.elementUuid = elementUuid;
        this.elementLabel = elementLabel;
        this.file = file;
        this.text = text;
    }

    /** The rule's stable ID, e.g. {@code PH-ALN-005}. */
    public String ruleId() {
        return ruleId;
    }

    /** How serious the problem is. */
    public Severity severity() {
        return severity;
    }

    /** The element the problem is on, in the validated resource set. */
    public EObject element() {
        return element;
    }

    /** The element's UUID, or null for an element without one. */
    public String elementUuid() {
        return elementUuid;
    }

    /** The element's code and name, e.g. {@code S1 “กลยุทธ์ที่ 1”}. */
    public String elementLabel() {
        return elementLabel;
    }

    /** The last segment of the element's file, or null for an element in no file. */
    public String file() {
        return file;
    }

    /** What is wrong, in English. */
    public String messageEn() {
        return text.message(Language.EN);
    }

    /** What is wrong, in Thai. */
    public String messageTh() {
        return text.message(Language.TH);
    }

    /** What to do about it, in English. */
    public String hintEn() {
        return text.hint(Language.EN);
    }

    /** What to do about it, in Thai. */
    public String hintTh() {
        return text.hint(Language.TH);
    }

    /** What is wrong, in the given language. */
    public String message(Language language) {
        return text.message(language);
    }

    /** What to do about it, in the given language. */
    public String hint(Language language) {
        return text.hint(language);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Finding f
                && ruleId.equals(f.ruleId)
                && severity == f.severity
                && element == f.element
                && Objects.equals(elementUuid, f.elementUuid)
                && elementLabel.equals(f.elementLabel)
                && Objects.equals(file, f.file)
                && messageEn().equals(f.messageEn())
                && messageTh().equals(f.messageTh())
                && hintEn().equals(f.hintEn())
                && hintTh().equals(f.hintTh());
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, severity, element, elementUuid, elementLabel, file, messageEn());
    }

    @Override
    public String toString() {
        return "Finding[" + ruleId + " " + severity + " " + elementLabel + " (" + file + "): " + messageEn() + "]";
    }
}
