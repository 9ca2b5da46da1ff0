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
