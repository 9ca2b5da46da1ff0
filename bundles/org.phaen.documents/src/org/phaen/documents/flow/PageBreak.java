package org.phaen.documents.flow;

/** The next block starts on a new page (in the same section: same orientation). */
public record PageBreak() implements Block {

    @Override
    public String anchor() {
        return null;
    }
}
