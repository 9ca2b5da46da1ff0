/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.internal;

import java.util.Map;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An XMI load that puts each element into the resource's ID map as its {@code uuid} attribute is
 * read. Without it, the first ID lookup after loading walks the whole tree to build the map. A UUID
 * read twice is reported as a {@link DuplicateUuidException} naming both elements (at the end of the
 * document, when their names have been read too). Single-valued attributes are set through {@link PlainAttributes}
 * (one table lookup instead of EMF's several), which also keeps equal texts once.
 */
public final class IndexingXmiLoad extends XMILoadImpl {

    private static final String UUID = "uuid";

    public IndexingXmiLoad(XMLHelper helper) {
        super(helper);
    }

    @Override
    protected DefaultHandler makeDefaultHandler() {
        return new IndexingHandler(resource, helper, options);
    }

    /**
     * The parser pool keeps a handler, and its parser keeps the handler, after the load: a static class, so that
     * neither keeps this load and through it the last plan read (the pool resets what the handler itself read).
     * The pool reuses handlers across resources: always ask the handler's current resource.
     */
    private static final class IndexingHandler extends SAXXMIHandler {
        private DuplicateUuidException duplicate;
        private final PlainAttributes plain = new PlainAttributes();

        IndexingHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
            super(resource, helper, options);
        }

        @Override
        protected void setAttribValue(EObject object, String name, String value) {
            PlainAttributes.Slot slot = value == null ? null : plain.of(object, name);
            if (slot == null || !setPlain(object, slot, value)) {
                super.setAttribValue(object, name, value);
            }
            if (UUID.equals(name) && xmlResource instanceof ResourceImpl current) {
                Map<String, EObject> index = current.getIntrinsicIDToEObjectMap();
                EObject first = index == null ? null : index.put(value, object);
                if (first != null && first != object && duplicate == null) {
                    index.put(value, first); // links to the UUID keep meaning the first element
                    duplicate = new DuplicateUuidException(
                            value, first, object, getLocation(), getLineNumber(), getColumnNumber());
                }
            }
        }

        /** Sets a single-valued attribute directly; false when its text is no value, so that EMF reports it as it does. */
        private boolean setPlain(EObject object, PlainAttributes.Slot slot, String value) {
            try {
                object.eSet(slot.attribute, plain.value(slot, value));
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }

        @Override
        public void endDocument() {
            if (duplicate != null) {
                error(duplicate); // first, so that it is the error the load reports
                duplicate = null;
            }
            plain.endDocument(); // the pool keeps the handler: it must not keep this document's values
            super.endDocument();
        }

        @Override
        public void reset() {
            super.reset();
            duplicate = null;
            plain.endDocument();
        }
    }
}
