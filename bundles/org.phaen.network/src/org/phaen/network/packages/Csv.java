/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.packages;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.phaen.monitoring.imports.CsvTable;
import org.phaen.monitoring.imports.ImportException;

/** RFC 4180 CSV in UTF-8 for the package's data files: written here, read with the importers' {@link CsvTable}. */
final class Csv {

    private Csv() {}

    static <T> byte[] write(List<String> header, List<T> rows, Function<T, List<String>> fields) {
        StringBuilder text = new StringBuilder();
        line(text, header);
        rows.forEach(r -> line(text, fields.apply(r)));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder text, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i) == null ? "" : fields.get(i);
            text.append(i == 0 ? "" : ",");
            if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
                text.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                text.append(field);
            }
        }
        text.append("\r\n");
    }

    /** The rows of a data file whose header must be exactly the expected one. */
    static List<List<String>> read(byte[] bytes, String path, List<String> header) throws PackageRefusedException {
        try {
            CsvTable table = CsvTable.parse(bytes, path);
            if (!table.header().equals(header)) {
                throw new PackageRefusedException(path + " has the columns " + table.header() + ", not " + header);
            }
            for (List<String> row : table.rows()) {
                if (row.size() != header.size()) {
                    throw new PackageRefusedException(
                            path + " has a row of " + row.size() + " fields, not " + header.size());
                }
            }
            return table.rows();
        } catch (ImportException e) {
            throw new PackageRefusedException(e.getMessage());
        }
    }

    static String blankToNull(String field) {
        return field == null || field.isEmpty() ? null : field;
    }
}
