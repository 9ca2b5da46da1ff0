/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book.strategic;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.phaen.book.Outline;
import org.phaen.documents.flow.Table.Column;
import org.phaen.documents.flow.Table.Row;
import org.phaen.model.ModelTable;
import org.phaen.model.PlanModel;
import org.phaen.model.StrategicPlan;

/**
 * The model-driven tables of part 4, by the names the plan's text uses to place them (the literals of the model's
 * {@code ModelTable}), each written once under a heading of its own: a table the text placed is not repeated at the
 * chapter's end. A table with no rows is left out, heading and all.
 */
final class PartTables {

    static final String DRIVE_ACTIVITIES = "DRIVE_ACTIVITIES",
            FUNDING_SOURCES = "FUNDING_SOURCES",
            PARTNER_ORGANIZATIONS = "PARTNER_ORGANIZATIONS",
            LEARNING_RESOURCES = "LEARNING_RESOURCES",
            RESOURCE_PERSONS = "RESOURCE_PERSONS",
            MOUS = "MOUS",
            COMMITTEES = "COMMITTEES",
            RECOGNITIONS = "RECOGNITIONS",
            MONITORING_COMMITTEE = "MONITORING_COMMITTEE",
            MONITORING_INSTRUMENTS = "MONITORING_INSTRUMENTS",
            REPORTING_AGENCIES = "REPORTING_AGENCIES",
            PARTICIPATION_CHANNELS = "PARTICIPATION_CHANNELS",
            REPORTING_SCHEDULES = "REPORTING_SCHEDULES",
            SWOT = "SWOT",
            CORE_VALUES = "CORE_VALUES";

    /** A table's parts before it is placed. */
    record Content(String title, String caption, List<Column> columns, List<Row> header, List<Row> body) {}

    private final Outline outline;
    private final StrategicPlan plan;
    private final PlanModel model;
    private final Set<String> written = new HashSet<>();

    PartTables(Outline outline, StrategicPlan plan) {
        this.outline = outline;
        this.plan = plan;
        this.model = plan.eContainer() instanceof PlanModel m ? m : null;
    }

    /** The table a section of the plan's text names after it. */
    void write(ModelTable table) {
        write(table.getName());
    }

    /** Writes table {@code name} under its heading, unless written already or empty; unknown names are skipped. */
    void write(String name) {
        if (model == null || !written.add(name)) {
            return;
        }
        var text = outline.text();
        List<Content> contents = switch (name) {
            case SWOT -> List.of(PlanTables.swot(text, plan));
            case CORE_VALUES -> List.of(PlanTables.coreValues(text, plan));
            case DRIVE_ACTIVITIES -> List.of(PracticeTables.driveActivities(text, model));
            case FUNDING_SOURCES -> List.of(PracticeTables.fundingSources(text, model, plan));
            case PARTNER_ORGANIZATIONS -> List.of(DirectoryTables.organizations(text, model));
            case LEARNING_RESOURCES -> List.of(DirectoryTables.learningResources(text, model));
            case RESOURCE_PERSONS -> List.of(DirectoryTables.resourcePersons(text, model));
            case MOUS -> List.of(AgreementTables.mous(text, model));
            case COMMITTEES -> AgreementTables.committees(text, model);
            case RECOGNITIONS -> List.of(AgreementTables.recognitions(text, model));
            case MONITORING_COMMITTEE -> MonitoringTables.committees(text, model);
            case MONITORING_INSTRUMENTS -> List.of(MonitoringTables.instruments(text, model));
            case REPORTING_AGENCIES -> List.of(MonitoringTables.reportingAgencies(text, model));
            case PARTICIPATION_CHANNELS -> List.of(MonitoringTables.channels(text, model));
            case REPORTING_SCHEDULES -> List.of(MonitoringTables.schedules(text, model));
            default -> List.of();
        };
        for (Content content : contents) {
            if (!content.body().isEmpty()) {
                outline.topic(content.title(), null);
                outline.table(content.caption(), content.columns(), content.header(), content.body(), null);
            }
        }
    }
}
