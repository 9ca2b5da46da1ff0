package org.phaen.documents.flow;

/**
 * Where the table of contents stands, under its {@code title}: renderers list the headings of levels 1 to
 * {@code depth} with their page numbers (a TOC field in Word).
 */
public record Contents(String title, int depth) implements Block {

    @Override
    public Contents mapText(java.util.function.UnaryOperator<String> f) {
        return new Contents(f.apply(title), depth);
    }

    @Override
    public String anchor() {
        return null;
    }
}
