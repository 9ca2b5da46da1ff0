package org.phaen.documents.xlsx;

/** A cell whose value cannot be read exactly; the message says why and how to type it, the caller says where. */
public final class CellProblem extends Exception {

    private static final long serialVersionUID = 1L;

    public CellProblem(String message) {
        super(message);
    }
}
