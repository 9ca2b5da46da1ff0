package org.phaen.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * What rules may know beyond the element they check: every loaded plan file (including ones
 * pulled in by cross-file references) and indexes over them, each computed once per run and
 * dropped by {@link #invalidate()} when the model changes.
 */
public final class RuleContext {

    private final ResourceSet resourceSet;
    private final Map<Object, Object> memos = new HashMap<>();

    public RuleContext(ResourceSet resourceSet) {
        this.resourceSet = resourceSet;
    }

    public ResourceSet resourceSet() {
        return resourceSet;
    }

    /** Every loaded element of a kind, across all files of the resource set. */
    @SuppressWarnings("unchecked")
    public <T extends EObject> List<T> all(Class<T> type) {
        return (List<T>) memo(type, key -> {
            List<T> found = new ArrayList<>();
            for (Resource resource : List.copyOf(resourceSet.getResources())) {
                for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
                    EObject next = it.next();
                    if (type.isInstance(next)) {
                        found.add(type.cast(next));
                    }
                }
            }
            return found;
        });
    }

    /**
     * A value computed once per run from the whole model, e.g. an index a rule needs. The key
     * identifies the computation (a constant of the rule, or the function itself).
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, Function<Object, T> compute) {
        Object value = memos.get(key);
        if (value == null) {
            value = compute.apply(key);
            memos.put(key, value);
        }
        return (T) value;
    }

    /** Forgets every index: call after the model changed. */
    public void invalidate() {
        memos.clear();
    }

    /** The resources of the set, as a snapshot (validation may resolve proxies and add more). */
    public Collection<Resource> resources() {
        return List.copyOf(resourceSet.getResources());
    }
}
