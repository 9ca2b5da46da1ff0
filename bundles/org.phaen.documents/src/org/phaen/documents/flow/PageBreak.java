package org.phaen.documents.flow;

/** The next block starts on a new page (in the same section: same orientation). */
public record PageBreak() implements Block {

    @Override
    public PageBreak mapText(java.util.function.UnaryOperator<String> f) {
        return this;
    }

    @Override
    public String anchor() {
        return null;
    }
}
