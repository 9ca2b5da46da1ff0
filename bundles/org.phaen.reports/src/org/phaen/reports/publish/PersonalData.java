package org.phaen.reports.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.EObject;
import org.phaen.model.ContactDetail;
import org.phaen.model.Person;
import org.phaen.model.PlanModel;
import org.phaen.model.calendar.ThaiDates;
import org.phaen.reports.assess.PlanLinks;

/**
 * The personal data in the loaded plans: every person's name (with and without honorific, Thai and English) and
 * every contact detail's value, whoever it belongs to. The public pack passes all its text through
 * {@link #redactor()}, so a name typed into a free-text field is removed too, not only the fields it never prints.
 */
public final class PersonalData {

    public static final String REDACTED = "[ข้อมูลส่วนบุคคล]";

    private final List<String> strings;

    private PersonalData(Set<String> found) {
        List<String> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(String::length).reversed()); // longest first: "นาย ก ข" before "ก ข"
        this.strings = List.copyOf(sorted);
    }

    /** From every plan file loaded with {@code element}. */
    public static PersonalData of(EObject element) {
        Set<String> found = new LinkedHashSet<>();
        for (PlanModel model : PlanLinks.models(element)) {
            model.eAllContents().forEachRemaining(o -> {
                if (o instanceof Person p) {
                    add(found, p.getName());
                    add(found, p.getNameEn());
                    if (p.getHonorific() != null && p.getName() != null) {
                        add(found, p.getHonorific() + p.getName());
                        add(found, p.getHonorific() + " " + p.getName());
                    }
                } else if (o instanceof ContactDetail c) {
                    add(found, c.getValue());
                }
            });
        }
        return new PersonalData(found);
    }

    public List<String> strings() {
        return strings;
    }

    /** Replaces every occurrence (also written with Thai digits) by {@link #REDACTED}. */
    public UnaryOperator<String> redactor() {
        return text -> {
            if (text == null) {
                return null;
            }
            String out = text;
            for (String s : strings) {
                out = out.replace(s, REDACTED).replace(ThaiDates.toThaiDigits(s), REDACTED);
            }
            return out;
        };
    }

    private static void add(Set<String> found, String s) {
        if (s != null && s.strip().length() >= 3) { // a two-letter fragment would blank ordinary words
            found.add(s.strip());
        }
    }
}
