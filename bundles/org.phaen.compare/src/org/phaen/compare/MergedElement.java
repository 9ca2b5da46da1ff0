/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One element in a three-way merge: its three versions (null where a version lacks it) and what the merge decided:
 * whether it stays, where it lives and the value of each attribute and reference.
 */
final class MergedElement {

    final String uuid;
    final EObject base, mine, theirs;
    boolean exists;
    boolean decided;
    String containerUuid;
    EReference containment;
    final Map<EStructuralFeature, Object> values = new LinkedHashMap<>();

    MergedElement(String uuid, EObject base, EObject mine, EObject theirs) {
        this.uuid = uuid;
        this.base = base;
        this.mine = mine;
        this.theirs = theirs;
    }

    EObject in(Side side) {
        return side == Side.MINE ? mine : theirs;
    }

    /** Any version, for its class. */
    EObject any() {
        return mine != null ? mine : theirs != null ? theirs : base;
    }

    /** True when the side has the element and changed where it lives or any of its values since the base. */
    boolean changedOn(Side side) {
        EObject version = in(side);
        if (base == null || version == null) {
            return version != null;
        }
        if (!PlanDiff.sameLocation(base, version)) {
            return true;
        }
        for (EStructuralFeature feature : FeatureValues.compared(base.eClass())) {
            if (!FeatureValues.same(base, version, feature)) {
                return true;
            }
        }
        return false;
    }

    /** The side whose version is missing while the other has it (the side that deleted it), or null. */
    Side deletedOn() {
        if (base == null) {
            return null;
        }
        return mine == null && theirs != null ? Side.MINE : theirs == null && mine != null ? Side.THEIRS : null;
    }

    void placeAs(EObject version) {
        containerUuid = PlanIndex.containerUuid(version);
        containment = version.eContainmentFeature();
    }
}
