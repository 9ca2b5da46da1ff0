/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.phaen.model.Identified;
import org.phaen.model.Named;
import org.phaen.model.PlanModel;
import org.phaen.model.Target;

/**
 * Elements named for people: kind, code and name ({@code Project PLK62-03 "..."}, the kind in Thai or English); an
 * element without a name by what holds it ({@code target for FY 2562 of Indicator PLK-KPI1.1.1 "..."}); a link into another file by the
 * element it leads to when that file can be read, else by its UUID.
 */
public final class ElementNames {

    private final Words words;

    public ElementNames(Words words) {
        this.words = words;
    }

    public Words words() {
        return words;
    }

    /** The name of a link's target, read from the file it leads to (through the referring element's resource set). */
    public String of(Link link, EObject from) {
        return of(link.target().eIsProxy() ? resolve(link.target(), from) : link.target());
    }

    public String of(EObject named) {
        if (named.eIsProxy()) {
            return words.kind(named.eClass().getName()) + " " + PlanIndex.uuidOf(named);
        }
        String kind = words.kind(named.eClass().getName());
        if (named instanceof Named n && (n.getCode() != null || n.getName() != null)) {
            StringBuilder text = new StringBuilder(kind);
            if (n.getCode() != null) {
                text.append(' ').append(n.getCode());
            }
            if (n.getName() != null) {
                text.append(" \"").append(n.getName()).append('"');
            }
            return text.toString();
        }
        if (named instanceof PlanModel model) {
            return model.getTitle() != null ? kind + " \"" + model.getTitle() + '"' : kind;
        }
        String own =
                named instanceof Target target ? words.text("target", String.valueOf(target.getFiscalYear())) : kind;
        EObject container = named.eContainer();
        if (container == null || container instanceof PlanModel) {
            return named instanceof Identified identified ? own + " " + identified.getUuid() : own;
        }
        return words.text("of", own, of(container));
    }

    private static EObject resolve(EObject proxy, EObject from) {
        try {
            return EcoreUtil.resolve(proxy, from);
        } catch (RuntimeException unreadable) {
            return proxy; // the other file is missing or broken: named by UUID
        }
    }
}
