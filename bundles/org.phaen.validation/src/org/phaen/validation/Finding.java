package org.phaen.validation;

import org.eclipse.emf.ecore.EObject;

/**
 * One problem found: which rule, how serious, on which element (by UUID, so it can be found
 * again in another process), and what to do about it, in English and Thai.
 */
public record Finding(String ruleId, Severity severity, EObject element, String elementUuid, String elementLabel,
        String file, String messageEn, String messageTh, String hintEn, String hintTh) {

    public String message(Language language) {
        return language == Language.TH ? messageTh : messageEn;
    }

    public String hint(Language language) {
        return language == Language.TH ? hintTh : hintEn;
    }
}
