package org.phaen.exchange.alignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanElement;
import org.phaen.model.trace.Traceability;

/**
 * The elements a sheet row may align to: every plan element of every plan loaded in the resource set, each under a
 * short key a planner can type. The key is the element's code; when two elements share a code it is prefixed with
 * the plan's code ({@code R17-SP/S1.2}), and an element without a code is keyed by its name.
 */
public final class AlignmentCandidates {

    private final Map<String, PlanElement> byKey = new LinkedHashMap<>();
    private final Map<PlanElement, String> keys = new HashMap<>();

    public AlignmentCandidates(ResourceSet set) {
        List<PlanElement> elements = new ArrayList<>();
        for (Resource resource : List.copyOf(set.getResources())) {
            for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
                if (it.next() instanceof PlanElement element && Traceability.documentOf(element) != null) {
                    elements.add(element);
                }
            }
        }
        Map<String, Integer> codeCounts = new HashMap<>();
        elements.forEach(e -> codeCounts.merge(plainKey(e), 1, Integer::sum));
        for (PlanElement element : elements) {
            String key = plainKey(element);
            if (codeCounts.get(key) > 1 && !(element instanceof PlanDocument)) {
                key = plainKey(Traceability.documentOf(element)) + "/" + key;
            }
            if (byKey.putIfAbsent(key, element) == null) {
                keys.put(element, key);
            }
        }
    }

    /** Every candidate in model order. */
    public List<PlanElement> all() {
        return List.copyOf(byKey.values());
    }

    /** The key written for the element, or null when it is not a candidate. */
    public String keyOf(PlanElement element) {
        return keys.get(element);
    }

    /** The candidate typed in a sheet, or null; surrounding blanks are ignored. */
    public PlanElement find(String key) {
        return key == null ? null : byKey.get(key.strip());
    }

    private static String plainKey(PlanElement element) {
        String code = element.getCode();
        return code != null && !code.isBlank() ? code.strip() : String.valueOf(element.getName()).strip();
    }
}
