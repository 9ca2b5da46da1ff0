/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.xform;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A namespace-aware DOM for one XForm. DOM because instance, binds, body and translations are filled side by side
 * in one pass; the finished tree is then streamed out with the JDK's StAX writer, which does all escaping.
 */
final class Dom {

    static final String XFORMS = "http://www.w3.org/2002/xforms";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String JR = "http://openrosa.org/javarosa";
    static final String ORX = "http://openrosa.org/xforms";
    static final String ODK = "http://www.opendatakit.org/xforms";
    /** Phaen's own attributes: item uuids on binds, the instrument uuid on the instance root. */
    static final String PHAEN = "http://www.phaen.org/xforms/1.0";

    final Document document;

    Dom() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK has no DOM implementation", e);
        }
    }

    /** The {@code h:html} root with every prefix declared once, so the serializer never invents prefixes. */
    Element root() {
        Element html = document.createElementNS(XHTML, "h:html");
        document.appendChild(html);
        declare(html, "xmlns", XFORMS);
        declare(html, "xmlns:h", XHTML);
        declare(html, "xmlns:jr", JR);
        declare(html, "xmlns:orx", ORX);
        declare(html, "xmlns:odk", ODK);
        declare(html, "xmlns:phaen", PHAEN);
        return html;
    }

    /** A child in the XForms namespace (the default one). */
    Element child(Element parent, String name) {
        return child(parent, XFORMS, name);
    }

    Element child(Element parent, String namespace, String qualifiedName) {
        Element element = document.createElementNS(namespace, qualifiedName);
        parent.appendChild(element);
        return element;
    }

    /**
     * Writes the document as UTF-8 through the JDK's StAX writer, which escapes markup characters. Not through a
     * {@code Transformer}: that one writes characters beyond the BMP (emoji) as {@code &#128512;}, and kXML, the
     * parser inside ODK Collect and JavaRosa, drops such references.
     */
    void write(OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            element(xml, document.getDocumentElement(), 0);
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the XForm", e);
        }
    }

    /** One element, indented; elements here hold either child elements or text, never both. */
    private static void element(XMLStreamWriter xml, Element element, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
        String prefix = element.getPrefix() == null ? "" : element.getPrefix();
        boolean empty = !element.hasChildNodes();
        if (empty) {
            xml.writeEmptyElement(prefix, element.getLocalName(), element.getNamespaceURI());
        } else {
            xml.writeStartElement(prefix, element.getLocalName(), element.getNamespaceURI());
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String namespace = attribute.getNamespaceURI();
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(namespace)) {
                xml.writeNamespace(attribute.getPrefix() == null ? "" : attribute.getLocalName(), attribute.getValue());
            } else if (namespace == null) {
                xml.writeAttribute(attribute.getName(), attribute.getValue());
            } else {
                xml.writeAttribute(attribute.getPrefix(), namespace, attribute.getLocalName(), attribute.getValue());
            }
        }
        if (empty) {
            return;
        }
        boolean nested = false;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element inner) {
                element(xml, inner, depth + 1);
                nested = true;
            } else {
                xml.writeCharacters(child.getNodeValue());
            }
        }
        if (nested) {
            xml.writeCharacters("\n" + "  ".repeat(depth));
        }
        xml.writeEndElement();
    }

    private static void declare(Element element, String attribute, String namespace) {
        element.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, attribute, namespace);
    }
}
