package org.phaen.book;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A written HTML book read back with jsoup: elements by the id named from the model element's UUID. */
final class BookHtml implements BookReading {

    private final Document doc;

    BookHtml(byte[] html) {
        doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    }

    @Override
    public boolean has(String uuid) {
        return doc.getElementById(uuid) != null;
    }

    @Override
    public String at(String uuid) {
        Element e = doc.getElementById(uuid);
        return e == null ? "" : BookPdf.squeeze(e.text());
    }

    @Override
    public String all() {
        return BookPdf.squeeze(doc.body().text());
    }

    Document document() {
        return doc;
    }
}
