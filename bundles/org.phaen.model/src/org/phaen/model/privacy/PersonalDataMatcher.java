/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.phaen.model.Person;
import org.phaen.model.PlanModel;
import org.phaen.model.internal.ModelWords;
import org.phaen.model.privacy.TextSkeleton.Profile;

/**
 * Finds and redacts the personal data that people have not consented to publish, however it is written (see the
 * package documentation). Built once for the plans of an output and then asked about every text it writes.
 */
public final class PersonalDataMatcher {

    /** What a redacted name or contact becomes. */
    public static final String REDACTED = ModelWords.THAI.text("redacted");

    private final List<PersonalTerm> terms;
    private final TermIndex withheld;
    private final TermIndex allowed;

    private PersonalDataMatcher(List<PersonalTerm> terms, List<PersonalTerm> allowed) {
        this.terms = List.copyOf(terms);
        this.withheld = new TermIndex(this.terms);
        this.allowed = new TermIndex(allowed);
    }

    /** For these people, as their consents stand on {@code day}. */
    public static PersonalDataMatcher of(Iterable<Person> people, LocalDate day) {
        List<PersonalTerm> terms = new ArrayList<>();
        List<PersonalTerm> allowed = new ArrayList<>();
        people.forEach(p -> PersonalTerms.add(p, day, terms::add, allowed::add));
        return new PersonalDataMatcher(terms, allowed);
    }

    /** For the people of every plan file loaded with {@code element} (its resource set), as of {@code day}. */
    public static PersonalDataMatcher loadedWith(EObject element, LocalDate day) {
        Resource own = element.eResource();
        if (own == null) {
            return inRoots(List.of(EcoreUtil.getRootContainer(element)), day);
        }
        return inResources(
                own.getResourceSet() == null
                        ? List.of(own)
                        : own.getResourceSet().getResources(),
                day);
    }

    /** For the people of the plan files, as of {@code day}. */
    public static PersonalDataMatcher inResources(Collection<Resource> resources, LocalDate day) {
        List<EObject> roots = new ArrayList<>();
        resources.forEach(r -> roots.addAll(r.getContents()));
        return inRoots(roots, day);
    }

    private static PersonalDataMatcher inRoots(List<EObject> roots, LocalDate day) {
        Set<Person> people = new LinkedHashSet<>();
        roots.stream()
                .filter(PlanModel.class::isInstance)
                .map(PlanModel.class::cast)
                .forEach(m -> people.addAll(m.getPeople()));
        return of(people, day);
    }

    /** What is looked for: the names and contact details not consented to. */
    public List<PersonalTerm> terms() {
        return terms;
    }

    /**
     * Every place in {@code text} where a term occurs, in text order; overlapping places are all listed. A place
     * inside a detail the person consented to publish (their first name in their own published e-mail) is not one.
     */
    public List<PersonalDataMatch> find(String text) {
        if (text == null || text.isEmpty() || terms.isEmpty()) {
            return new ArrayList<>();
        }
        TextSkeleton[] skeletons = new TextSkeleton[Profile.values().length]; // made only for the profiles looked for
        List<PersonalDataMatch> found = new ArrayList<>();
        for (Profile profile : Profile.values()) {
            if (withheld.uses(profile) && withheld.mayOccurIn(text, profile)) {
                withheld.find(text, skeleton(skeletons, text, profile), profile, found);
            }
        }
        if (found.isEmpty()) {
            return found;
        }
        List<PersonalDataMatch> consented = new ArrayList<>();
        for (Profile profile : Profile.values()) {
            if (allowed.uses(profile) && allowed.mayOccurIn(text, profile)) {
                allowed.find(text, skeleton(skeletons, text, profile), profile, consented);
            }
        }
        found.removeIf(m -> consented.stream().anyMatch(c -> c.start() <= m.start() && m.end() <= c.end()));
        found.sort(withheld.textOrder());
        return found;
    }

    private static TextSkeleton skeleton(TextSkeleton[] made, String text, Profile profile) {
        if (made[profile.ordinal()] == null) {
            made[profile.ordinal()] = TextSkeleton.of(text, profile);
        }
        return made[profile.ordinal()];
    }

    public boolean matches(String text) {
        return !find(text).isEmpty();
    }

    /** The text with every match replaced by {@link #REDACTED}; overlapping matches become one. */
    public String redact(String text) {
        List<PersonalDataMatch> found = find(text);
        if (found.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int i = 0;
        while (i < found.size()) {
            int start = found.get(i).start();
            int end = found.get(i).end();
            while (++i < found.size() && found.get(i).start() <= end) {
                end = Math.max(end, found.get(i).end());
            }
            out.append(text, copied, start).append(REDACTED);
            copied = end;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** {@link #redact} as a function (null stays null), for outputs that map all their texts. */
    public UnaryOperator<String> redactor() {
        return text -> text == null ? null : redact(text);
    }
}
