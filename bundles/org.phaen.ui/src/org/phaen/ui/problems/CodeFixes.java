/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.problems;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.phaen.model.Named;
import org.phaen.model.PhaenPackage;

/** The commands behind the quick fixes. */
final class CodeFixes {

    private CodeFixes() {}

    /**
     * A code no other element of the file has: the element's own code with "-2", "-3"... when it clashes, or,
     * when it has none, its container's code with its position among its siblings (as plans number them: R17-S1.2).
     */
    static Command uniqueCode(EditingDomain domain, EObject element) {
        if (!(element instanceof Named named)) {
            return null;
        }
        Set<String> taken = new HashSet<>();
        element.eResource().getAllContents().forEachRemaining(o -> {
            if (o != element && o instanceof Named other && other.getCode() != null) {
                taken.add(other.getCode());
            }
        });
        String base = named.getCode() != null && !named.getCode().isBlank() ? named.getCode() : derived(element);
        String code = base;
        for (int n = 2; taken.contains(code); n++) {
            code = base + "-" + n;
        }
        return SetCommand.create(domain, element, PhaenPackage.Literals.NAMED__CODE, code);
    }

    private static String derived(EObject element) {
        EObject container = element.eContainer();
        int position = container == null
                ? 1
                : ((java.util.List<?>) container.eGet(element.eContainmentFeature())).indexOf(element) + 1;
        String parent = container instanceof Named n && n.getCode() != null
                ? n.getCode()
                : element.eClass().getName().substring(0, 1);
        return parent + "." + position;
    }

    /** Every amount of the element with more than two decimals, rounded half up to the satang. */
    static Command roundToSatang(EditingDomain domain, EObject element) {
        CompoundCommand rounding = new CompoundCommand();
        for (EAttribute attribute : element.eClass().getEAllAttributes()) {
            if (!attribute.isMany()
                    && element.eGet(attribute) instanceof BigDecimal amount
                    && amount.stripTrailingZeros().scale() > 2) {
                rounding.append(
                        SetCommand.create(domain, element, attribute, amount.setScale(2, RoundingMode.HALF_UP)));
            }
        }
        return rounding.isEmpty() ? null : rounding.unwrap();
    }
}
