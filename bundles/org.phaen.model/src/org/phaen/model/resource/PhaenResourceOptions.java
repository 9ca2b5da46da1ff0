/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import java.util.HashMap;
import java.util.Map;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.phaen.model.internal.FeatureNameCache;

/** Load and save options for plan files: hardened XML and the fast paths measured in docs/platform.md. */
public final class PhaenResourceOptions {

    // Shared across resources: parsers are expensive to create, name lookups repeat across files.
    private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);
    private static final FeatureNameCache NAME_TO_FEATURE = new FeatureNameCache();

    private PhaenResourceOptions() {}

    /** SAX parser features that refuse DOCTYPEs and never read external entities. */
    public static Map<String, Boolean> hardenedParserFeatures() {
        Map<String, Boolean> features = new HashMap<>();
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        features.put(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
        return features;
    }

    /** A new map of the load options: hardened parser features, the shared parser pool and name cache, deferred ID resolution. */
    public static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, hardenedParserFeatures());
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, NAME_TO_FEATURE);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        return options;
    }

    /**
     * A new map of the save options: UTF-8, cross-file references as {@code href} elements, a 1 MB flush threshold,
     * and one start tag per line. Lines are never wrapped: elements come in containment order and attributes in the
     * metamodel's feature order, so a one-field edit changes exactly one line and plan files diff and merge well in git.
     */
    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.FALSE);
        options.put(XMLResource.OPTION_FLUSH_THRESHOLD, 1 << 20);
        return options;
    }
}
