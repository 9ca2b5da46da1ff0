package org.phaen.model.internal;

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
 * document, when their names have been read too).
 */
public final class IndexingXmiLoad extends XMILoadImpl {

    private static final String UUID = "uuid";

    public IndexingXmiLoad(XMLHelper helper) {
        super(helper);
    }

    @Override
    protected DefaultHandler makeDefaultHandler() {
        // The parser pool reuses handlers across resources: always ask the handler's current resource.
        return new SAXXMIHandler(resource, helper, options) {
            private DuplicateUuidException duplicate;

            @Override
            protected void setAttribValue(EObject object, String name, String value) {
                super.setAttribValue(object, name, value);
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
                super.endDocument();
            }

            @Override
            public void reset() {
                super.reset();
                duplicate = null;
            }
        };
    }
}
