package org.phaen.monitoring.imports;

import java.util.List;

/** A file read to the end whose rows had problems: all of them listed, none stored. */
public final class RowsRejected extends ImportException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public RowsRejected(String file, List<String> problems) {
        super(file + ": " + problems.size() + " problem(s), nothing imported");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
