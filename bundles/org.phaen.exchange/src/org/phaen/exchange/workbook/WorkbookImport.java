package org.phaen.exchange.workbook;

import java.util.List;

/**
 * What an imported workbook asks of the plan: the edits in the order they are applied (new elements first, removals
 * last), or the problems that keep any of them from being applied, each naming sheet, row and column.
 */
public record WorkbookImport(List<Edit> edits, List<String> problems, int created, int deleted) {

    public boolean accepted() {
        return problems.isEmpty();
    }

    /** Applies every edit; only when accepted. */
    public void apply() {
        if (!accepted()) {
            throw new IllegalStateException("a workbook with problems is not applied");
        }
        edits.forEach(e -> e.apply().run());
    }
}
