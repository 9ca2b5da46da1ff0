/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * What rules may know beyond the element they check: every loaded plan file (including ones
 * pulled in by cross-file references) and indexes over them, each computed once per run and
 * dropped by {@link #invalidate()} when the model changes.
 */
public final class RuleContext {

    private static final Predicate<Notification> ANY_CHANGE = n -> true;
    private static final Object BY_TYPE = new Object();

    private final ResourceSet resourceSet;
    private final Map<Object, Object> memos = new HashMap<>();
    private final Map<Object, Predicate<Notification>> invalidatedBy = new HashMap<>();

    /** A context over every file of the set; one per validation run, on the thread that owns the set. */
    public RuleContext(ResourceSet resourceSet) {
        this.resourceSet = resourceSet;
    }

    /** The resource set the rules see. */
    public ResourceSet resourceSet() {
        return resourceSet;
    }

    /** Every loaded element of a kind, across all files of the resource set. */
    @SuppressWarnings("unchecked")
    public <T extends EObject> List<T> all(Class<T> type) {
        Map<Class<?>, List<EObject>> byType = memo(BY_TYPE, RuleContext::isStructural, key -> indexByType());
        return (List<T>) byType.getOrDefault(type, List.of());
    }

    /**
     * One walk over every file, filing each element under its class and all its supertypes. The lists an element goes
     * into are looked up once for its class, not once for each of its types.
     */
    private Map<Class<?>, List<EObject>> indexByType() {
        Map<Class<?>, List<EObject>> byType = new HashMap<>();
        Map<EClass, List<List<EObject>>> listsOf = new HashMap<>();
        EClass last = null;
        List<List<EObject>> lists = null;
        for (Resource resource : List.copyOf(resourceSet.getResources())) {
            for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext(); ) {
                EObject next = it.next();
                if (next.eClass() != last) {
                    last = next.eClass();
                    lists = listsOf.computeIfAbsent(last, c -> listsFor(c, byType));
                }
                for (List<EObject> list : lists) {
                    list.add(next);
                }
            }
        }
        return byType;
    }

    private static List<List<EObject>> listsFor(EClass eClass, Map<Class<?>, List<EObject>> byType) {
        List<List<EObject>> lists = new ArrayList<>();
        for (Class<?> type : javaTypes(eClass)) {
            lists.add(byType.computeIfAbsent(type, k -> new ArrayList<>()));
        }
        return lists;
    }

    private static List<Class<?>> javaTypes(EClass eClass) {
        List<Class<?>> types = new ArrayList<>();
        types.add(eClass.getInstanceClass());
        for (EClass superType : eClass.getEAllSuperTypes()) {
            types.add(superType.getInstanceClass());
        }
        return types;
    }

    /**
     * A value computed once per run from the whole model, e.g. an index a rule needs. The key
     * identifies the computation (a constant of the rule, or the function itself).
     */
    public <T> T memo(Object key, Function<Object, T> compute) {
        return memo(key, ANY_CHANGE, compute);
    }

    /**
     * Like {@link #memo(Object, Function)}, for an index that only some changes make stale (say,
     * only adding or removing elements): live validation then keeps it across other edits.
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, Predicate<Notification> staleAfter, Function<Object, T> compute) {
        Object value = memos.get(key);
        if (value == null) {
            value = compute.apply(key);
            memos.put(key, value);
            invalidatedBy.put(key, staleAfter);
        }
        return (T) value;
    }

    /** Forgets every index. */
    public void invalidate() {
        memos.clear();
        invalidatedBy.clear();
    }

    /** Forgets the indexes this change makes stale. */
    public void changed(Notification notification) {
        invalidatedBy.entrySet().removeIf(entry -> {
            boolean stale = entry.getValue().test(notification);
            if (stale) {
                memos.remove(entry.getKey());
            }
            return stale;
        });
    }

    /** True for changes that add, remove or move elements (or whole files), as opposed to edits of values. */
    public static boolean isStructural(Notification notification) {
        Object feature = notification.getFeature();
        return !(feature instanceof EStructuralFeature f) || (f instanceof EReference r && r.isContainment());
    }

    /** The resources of the set, as a snapshot (validation may resolve proxies and add more). */
    public Collection<Resource> resources() {
        return List.copyOf(resourceSet.getResources());
    }
}
