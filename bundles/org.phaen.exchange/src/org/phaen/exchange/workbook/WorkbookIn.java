/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

import java.time.LocalDate;
import org.eclipse.emf.ecore.EObject;
import org.phaen.model.resource.Labels;

/** What the columns share while a workbook is read: keys (with the rows created in it), the day consent is judged on. */
final class WorkbookIn {

    final ElementKeys keys;
    final LocalDate today;

    WorkbookIn(ElementKeys keys, LocalDate today) {
        this.keys = keys;
        this.today = today;
    }

    /** How an edit names its element: kind, code and name, as the plan had them (a new row: as typed). */
    static String name(EObject element) {
        return Labels.describe(element);
    }
}
