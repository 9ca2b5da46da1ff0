/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.sample;

import java.util.Random;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.phaen.model.Named;
import org.phaen.model.Organization;
import org.phaen.model.PlanModel;

/** What every part of one province's generation shares: the province, the regional model, the wording and the seeded random. */
record SampleContext(ProvinceProfile province, PlanModel region, SampleTexts texts, Random random) {

    static SampleContext of(ProvinceProfile province, PlanModel region) {
        return new SampleContext(
                province, region, new SampleTexts(), new Random(("phaen-sample-" + province.code()).hashCode()));
    }

    String text(String key) {
        return texts.get(key, province.name(), null, null);
    }

    String text(String key, String district, String other) {
        return texts.get(key, province.name(), district, other);
    }

    String district(int index) {
        return province.districts().get(index % province.districts().size());
    }

    Organization office() {
        return regional(Organization.class, province.officeCode());
    }

    /** The element of the regional file with the code. */
    <T extends Named> T regional(Class<T> type, String code) {
        T found = regionalOrNull(type, code);
        if (found == null) {
            throw new IllegalStateException("the regional plan has no " + type.getSimpleName() + " " + code);
        }
        return found;
    }

    <T extends Named> T regionalOrNull(Class<T> type, String code) {
        for (TreeIterator<EObject> it = region.eAllContents(); it.hasNext(); ) {
            EObject next = it.next();
            if (type.isInstance(next) && code.equals(((Named) next).getCode())) {
                return type.cast(next);
            }
        }
        return null;
    }

    <T extends Named> T named(T element, String code, String name) {
        element.setCode(code);
        element.setName(name);
        return element;
    }

    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }
}
