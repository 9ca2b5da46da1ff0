/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.eclipse.emf.common.util.URI;
import org.phaen.model.resource.ModelMigration;
import org.phaen.model.resource.ModelMigrations;
import org.phaen.model.resource.ModelVersion;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Looks at the namespace of a plan file before EMF parses it: current files pass through
 * untouched (only the first bytes are peeked), older ones run through the migration chain,
 * newer ones are refused with a message that says so.
 */
public final class ModelMigrator {

    private static final int PEEK = 16 * 1024;
    private static final Pattern NAMESPACE =
            Pattern.compile("xmlns:phaen=\"" + Pattern.quote(ModelVersion.NS_PREFIX) + "([0-9.]+)\"");

    private ModelMigrator() {}

    public static InputStream migrateIfNeeded(InputStream in, URI uri) throws IOException {
        BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, PEEK);
        buffered.mark(PEEK);
        byte[] head = buffered.readNBytes(PEEK);
        buffered.reset();
        Matcher m = NAMESPACE.matcher(new String(head, StandardCharsets.UTF_8));
        if (!m.find() || m.group(1).equals(ModelVersion.CURRENT)) {
            return buffered; // not ours to judge (EMF reports it) or already current
        }
        String version = m.group(1);
        if (ModelVersion.compare(version, ModelVersion.CURRENT) > 0) {
            throw new VersionRefusedException(
                    true,
                    "written by a newer Phaen (model version " + version + "); this version reads model version "
                            + ModelVersion.CURRENT + " and older. Update Phaen to open it.",
                    null);
        }
        try {
            return migrate(buffered, version);
        } catch (IllegalStateException | IOException e) {
            throw new VersionRefusedException(false, e.getMessage(), e);
        }
    }

    private static InputStream migrate(InputStream in, String version) throws IOException {
        try {
            Document document = hardenedFactory().newDocumentBuilder().parse(in);
            for (ModelMigration migration : ModelMigrations.chainFrom(version)) {
                migration.migrate(document);
            }
            Element root = document.getDocumentElement();
            root.setAttribute("xmlns:phaen", ModelVersion.NS_PREFIX + ModelVersion.CURRENT);
            if (root.hasAttribute("modelVersion")) {
                root.setAttribute(
                        "modelVersion", ModelVersion.CURRENT); // the plan now holds what the current version says
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return new ByteArrayInputStream(out.toByteArray());
        } catch (IOException | IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot migrate from model version " + version + ": " + e.getMessage(), e);
        }
    }

    static DocumentBuilderFactory hardenedFactory() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
