package org.phaen.exchange.workbook;

/** One change an imported workbook asks of the plan, said in words, applied only when the whole workbook is sound. */
public record Edit(String what, Runnable apply) {

    @Override
    public String toString() {
        return what;
    }
}
