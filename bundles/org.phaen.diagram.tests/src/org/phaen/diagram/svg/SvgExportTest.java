/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.phaen.diagram.Samples;
import org.phaen.diagram.description.Descriptions;
import org.phaen.diagram.engine.FontTextMeasure;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.layout.ElkLayout;
import org.phaen.testing.SamplePlans;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgExportTest {

    @Test
    void theSvgIsWellFormedXmlWithAGroupPerNodeAndThaiLabels() throws Exception {
        DiagramGraph graph = Samples.ENGINE.build(Descriptions.alignment(), SamplePlans.both());
        new ElkLayout().layout(graph, Map.of());
        String svg = new SvgExport(FontTextMeasure.sarabun()).toSvg(graph);

        Document doc = parse(svg);
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2000/svg", doc.getDocumentElement().getNamespaceURI());
        NodeList groups = doc.getElementsByTagNameNS("*", "g");
        int nodeGroups = 0, unaligned = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.hasAttribute("data-type")) {
                nodeGroups++;
                unaligned += g.getAttribute("data-flags").contains("unaligned") ? 1 : 0;
            }
        }
        assertEquals(graph.nodes().size(), nodeGroups);
        assertEquals(
                graph.nodes().stream()
                        .filter(n -> n.flags().contains("unaligned"))
                        .count(),
                unaligned);
        assertTrue(doc.getDocumentElement().getTextContent().contains("ยุทธศาสตร์"));
        assertEquals(
                graph.edges().size(),
                doc.getElementsByTagNameNS("*", "polyline").getLength());
    }

    @Test
    void markupInLabelsIsEscaped() throws Exception {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot;", Xml.escape("a <b> & \"c\"\u0001"));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
