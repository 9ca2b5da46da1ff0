/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare.cli;

import static org.phaen.cli.spi.Json.string;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.phaen.compare.DiffText;
import org.phaen.compare.PlanComparison;
import org.phaen.compare.Words;

/** A comparison as JSON: the files, the counts by kind, and one object per difference. */
final class DiffJson {

    private final Words words;

    DiffJson(Words words) {
        this.words = words;
    }

    void write(PlanComparison comparison, String oldName, String newName, PrintWriter out) {
        out.println("{");
        out.println("  \"old\": " + string(oldName) + ",");
        out.println("  \"new\": " + string(newName) + ",");
        out.print("  \"counts\": {");
        out.print(String.join(
                ", ",
                comparison.counts().entrySet().stream()
                        .map(e -> string(e.getKey().name().toLowerCase(Locale.ROOT)) + ": " + e.getValue())
                        .toList()));
        out.println("},");
        out.println("  \"summary\": " + string(new DiffText(words).summary(comparison)) + ",");
        out.println("  \"differences\": [");
        List<DiffRows.Row> rows = DiffRows.of(comparison.differences(), words);
        for (int i = 0; i < rows.size(); i++) {
            DiffRows.Row row = rows.get(i);
            out.print("    {\"kind\": " + string(row.kind()) + ", \"uuid\": " + string(row.uuid())
                    + ", \"elementKind\": "
                    + string(row.elementKind()) + ", \"code\": " + string(row.code()) + ", \"element\": "
                    + string(row.element())
                    + ", \"in\": " + string(row.where()) + ", \"feature\": " + string(row.feature()) + ", \"change\": "
                    + string(row.change()) + "}");
            out.println(i < rows.size() - 1 ? "," : "");
        }
        out.println("  ]");
        out.println("}");
    }
}
