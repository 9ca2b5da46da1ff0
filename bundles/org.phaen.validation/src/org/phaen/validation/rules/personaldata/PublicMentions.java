/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.personaldata;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.phaen.model.ActionPlan;
import org.phaen.model.Committee;
import org.phaen.model.LearningResource;
import org.phaen.model.Membership;
import org.phaen.model.Mou;
import org.phaen.model.Named;
import org.phaen.model.Party;
import org.phaen.model.Person;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.Recognition;
import org.phaen.validation.RuleContext;

/**
 * Where the public transparency pack names each person: projects they are responsible for or serve as
 * resource persons, committees they sit on, recognitions they received, learning resources they keep,
 * and MOUs they are party to. Built once per run.
 */
final class PublicMentions {

    private final Map<Person, Set<Named>> mentions = new HashMap<>();

    PublicMentions(RuleContext context) {
        for (Resource resource : context.resources()) {
            for (EObject root : resource.getContents()) {
                if (root instanceof PlanModel model) {
                    add(model);
                }
            }
        }
    }

    private void add(PlanModel model) {
        for (PlanDocument document : model.getPlans()) {
            if (document instanceof ActionPlan action) {
                for (Project project : action.getProjects()) {
                    add(project.getResponsiblePerson(), project);
                    project.getResourcePersons().forEach(p -> add(p, project));
                }
            }
        }
        for (Committee committee : model.getCommittees()) {
            for (Membership membership : committee.getMemberships()) {
                add(membership.getPerson(), committee);
            }
        }
        for (Recognition recognition : model.getRecognitions()) {
            add(recognition.getRecipient(), recognition);
        }
        for (LearningResource resource : model.getLearningResources()) {
            add(resource.getCustodian(), resource);
        }
        for (Mou mou : model.getMous()) {
            mou.getParties().forEach(p -> add(p, mou));
        }
    }

    private void add(Party party, Named where) {
        if (party instanceof Person person && !person.eIsProxy()) {
            mentions.computeIfAbsent(person, k -> new LinkedHashSet<>()).add(where);
        }
    }

    /** The published elements naming the person, in model order. */
    Set<Named> of(Person person) {
        return mentions.getOrDefault(person, Set.of());
    }
}
