package org.phaen.model.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An XMI load that puts each element into the resource's ID map as its {@code uuid} attribute is
 * read. Without it, the first ID lookup after loading walks the whole tree to build the map. A UUID
 * read twice is reported as a {@link DuplicateUuidException} naming both elements (at the end of the
 * document, when their names have been read too). Equal attribute values are kept once (units, statuses, activity
 * names repeat across thousands of projects): a 100,000-object plan holds about a fifth less heap.
 */
public final class IndexingXmiLoad extends XMILoadImpl {

    private static final String UUID = "uuid";
    /** Longer values (narratives) rarely repeat and are not worth hashing. */
    private static final int SHARED_UP_TO = 200;

    public IndexingXmiLoad(XMLHelper helper) {
        super(helper);
    }

    @Override
    protected DefaultHandler makeDefaultHandler() {
        // The parser pool reuses handlers across resources: always ask the handler's current resource.
        return new SAXXMIHandler(resource, helper, options) {
            private DuplicateUuidException duplicate;
            private final Map<String, String> shared = new HashMap<>();

            @Override
            protected void setAttribValue(EObject object, String name, String value) {
                super.setAttribValue(object, name, UUID.equals(name) || value == null || value.length() > SHARED_UP_TO ? value
                    : shared.computeIfAbsent(value, v -> v));
                if (UUID.equals(name) && xmlResource instanceof ResourceImpl current) {
                    Map<String, EObject> index = current.getIntrinsicIDToEObjectMap();
                    EObject first = index == null ? null : index.put(value, object);
                    if (first != null && first != object && duplicate == null) {
                        index.put(value, first); // links to the UUID keep meaning the first element
                        duplicate = new DuplicateUuidException(value, first, object, getLocation(), getLineNumber(), getColumnNumber());
                    }
                }
            }

            @Override
            public void endDocument() {
                if (duplicate != null) {
                    error(duplicate); // first, so that it is the error the load reports
                    duplicate = null;
                }
                shared.clear(); // the pool keeps the handler: it must not keep this document's values
                super.endDocument();
            }

            @Override
            public void reset() {
                super.reset();
                duplicate = null;
                shared.clear();
            }
        };
    }
}
