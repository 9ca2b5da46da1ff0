/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.internal;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * The single-valued attributes of each class by their XML name, with what turns their text into a value: the short
 * way for the attributes that make up most of a plan file. EMF's own way looks each attribute up by namespace, class
 * and name in a shared map, asks its kind in another, then goes through the generic setter; here one lookup in a table
 * per class finds the feature and its data type's factory. Anything else (references, lists, unknown names) is not in
 * the table and goes EMF's way.
 * <p>
 * Equal texts are kept once (units, statuses, activity names repeat across thousands of projects: a 100,000-object plan
 * holds about a fifth less heap), but only for attributes whose values do repeat: an attribute whose first
 * {@value #TRIAL} values of a document were nearly all new (names, UUIDs) is no longer looked up, which hashing every
 * value cost. One instance per XML handler, for one document at a time: not thread-safe.
 */
final class PlainAttributes {

    /** Longer values (narratives) rarely repeat and are not worth hashing. */
    private static final int SHARED_UP_TO = 200;

    private static final int TRIAL = 512;

    /** A single-valued attribute, how its text becomes a value, and whether its texts repeat in this document. */
    static final class Slot {
        final EAttribute attribute;
        private final EDataType type;
        private final EFactory factory;
        private final boolean text, id;
        private int seen, repeated;

        private Slot(EAttribute attribute) {
            this.attribute = attribute;
            this.type = attribute.getEAttributeType();
            this.factory = type.getEPackage().getEFactoryInstance();
            this.text = type == EcorePackage.Literals.ESTRING;
            this.id = attribute.isID(); // unique by definition
        }

        private boolean worthSharing(String value) {
            return text && !id && value.length() <= SHARED_UP_TO && (seen < TRIAL || repeated * 4 >= seen);
        }
    }

    private final Map<EClass, Map<String, Slot>> byClass = new IdentityHashMap<>();
    private final Map<String, String> shared = new HashMap<>();

    /** The slot of the attribute {@code name} of the object's class, or null when EMF must handle it. */
    Slot of(EObject object, String name) {
        return byClass.computeIfAbsent(object.eClass(), PlainAttributes::table).get(name);
    }

    /** The value of the text: the same string as an equal one before, or the data type's value. */
    Object value(Slot slot, String value) {
        if (slot.worthSharing(value)) {
            String kept = shared.putIfAbsent(value, value);
            if (slot.seen < TRIAL) {
                slot.seen++;
                slot.repeated += kept == null ? 0 : 1;
            }
            return kept == null ? value : kept;
        }
        return slot.text ? value : slot.factory.createFromString(slot.type, value);
    }

    /** Forgets the document's values (the parser pool keeps the handler) and starts the trials afresh. */
    void endDocument() {
        shared.clear();
        byClass.values().forEach(slots -> slots.values().forEach(slot -> slot.seen = slot.repeated = 0));
    }

    private static Map<String, Slot> table(EClass eClass) {
        Map<String, Slot> slots = new HashMap<>();
        for (EAttribute attribute : eClass.getEAllAttributes()) {
            // EMF finds a feature by its name (eClass.getEStructuralFeature): the first of that name wins there too.
            if (!attribute.isMany() && eClass.getEStructuralFeature(attribute.getName()) == attribute) {
                slots.put(attribute.getName(), new Slot(attribute));
            }
        }
        return slots;
    }
}
