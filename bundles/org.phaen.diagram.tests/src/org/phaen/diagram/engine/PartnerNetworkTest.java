/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.phaen.diagram.Samples;
import org.phaen.diagram.description.Descriptions;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.graph.Node;
import org.phaen.model.Committee;
import org.phaen.model.LearningResource;
import org.phaen.model.Membership;
import org.phaen.model.Mou;
import org.phaen.model.Organization;
import org.phaen.model.Person;
import org.phaen.model.Project;
import org.phaen.testing.ModelAssertions;
import org.phaen.testing.SamplePlans;

class PartnerNetworkTest {

    @Test
    void partnersOfBothFilesBecomeNodes() throws Exception {
        ResourceSet set = SamplePlans.both();
        DiagramGraph graph = Samples.ENGINE.build(Descriptions.partnerNetwork(), set);
        assertEquals(
                ModelAssertions.all(set, Organization.class).size(),
                Samples.nodesOf(graph, "org").size());
        assertEquals(
                ModelAssertions.all(set, Person.class).size(),
                Samples.nodesOf(graph, "person").size());
        assertEquals(
                ModelAssertions.all(set, LearningResource.class).size(),
                Samples.nodesOf(graph, "resource").size());
        assertEquals(
                ModelAssertions.all(set, Mou.class).size(),
                Samples.nodesOf(graph, "mou").size());
        assertEquals(
                ModelAssertions.all(set, Committee.class).size(),
                Samples.nodesOf(graph, "committee").size());
        assertEquals(
                ModelAssertions.all(set, Project.class).size(),
                Samples.nodesOf(graph, "project").size());
        assertTrue(Samples.nodesOf(graph, "mou").size() > 0
                && Samples.nodesOf(graph, "committee").size() > 0);
    }

    @Test
    void edgesForPartiesMembershipsAndWhatProjectsUse() throws Exception {
        ResourceSet set = SamplePlans.both();
        DiagramGraph graph = Samples.ENGINE.build(Descriptions.partnerNetwork(), set);
        long parties = ModelAssertions.all(set, Mou.class).stream()
                .mapToLong(m -> m.getParties().stream().distinct().count())
                .sum();
        assertEquals(parties, count(graph, "mou-party"));
        long members = ModelAssertions.all(set, Committee.class).stream()
                .mapToLong(c -> c.getMemberships().stream()
                        .map(Membership::getPerson)
                        .filter(p -> p != null)
                        .distinct()
                        .count())
                .sum();
        assertEquals(members, count(graph, "member-person"));
        long partners = ModelAssertions.all(set, Project.class).stream()
                .mapToLong(p -> p.getPartners().stream().distinct().count())
                .sum();
        assertEquals(partners, count(graph, "partner"));
        Set<String> responsibleTargets = graph.edges().stream()
                .filter(e -> e.mappingId().equals("responsible"))
                .map(e -> e.target().kind())
                .collect(Collectors.toSet());
        assertEquals(Set.of("Organization"), responsibleTargets);
        assertTrue(Samples.nodesOf(graph, "person").stream().map(Node::label).allMatch(l -> !l.isBlank()));
    }

    private static long count(DiagramGraph graph, String mapping) {
        return graph.edges().stream().filter(e -> e.mappingId().equals(mapping)).count();
    }
}
