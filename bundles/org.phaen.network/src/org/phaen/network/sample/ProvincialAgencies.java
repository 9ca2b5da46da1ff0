/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.phaen.model.ActionPlan;
import org.phaen.model.BudgetLine;
import org.phaen.model.FundingSource;
import org.phaen.model.FundingSourceKind;
import org.phaen.model.Organization;
import org.phaen.model.OrganizationKind;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanModel;

/** The province's own agencies (reporting to its office) and its FY 2562 funding sources. */
final class ProvincialAgencies {

    private static final PhaenFactory F = PhaenFactory.eINSTANCE;
    private static final List<String> AGENCIES = List.of("ESAO1", "ESAO2", "NFE", "TC", "PAO", "CC");

    private final SampleContext c;
    final List<Organization> organizations = new ArrayList<>();
    final List<FundingSource> sources = new ArrayList<>();

    ProvincialAgencies(SampleContext context, PlanModel model) {
        this.c = context;
        for (String key : AGENCIES) {
            String code = key.replaceAll("\\d", "") + "-" + c.province().code() + key.replaceAll("\\D", "");
            Organization known = c.regionalOrNull(Organization.class, code);
            if (known != null) { // the regional file already names it (Tak's second primary area)
                organizations.add(known);
                continue;
            }
            Organization organization = c.named(F.createOrganization(), code, c.text("org." + key));
            organization.setKind(
                    switch (key) {
                        case "TC" -> OrganizationKind.SCHOOL;
                        case "PAO" -> OrganizationKind.LOCAL_ADMINISTRATION;
                        case "CC" -> OrganizationKind.PRIVATE_SECTOR;
                        default -> OrganizationKind.EDUCATION_AGENCY;
                    });
            organization.setProvince(c.province().name());
            model.getOrganizations().add(organization);
            organizations.add(organization);
        }
        source(model, "01", FundingSourceKind.PARENT_AGENCY_BUDGET, c.regional(Organization.class, "OPS-MOE"));
        source(model, "02", FundingSourceKind.LOCAL_ADMINISTRATION, agency("PAO"));
        source(model, "03", FundingSourceKind.PRIVATE_DONATION, agency("CC"));
    }

    /** The agencies that report to the office: the office itself and the education agencies. */
    List<Organization> reporting() {
        List<Organization> reporting = new ArrayList<>(List.of(c.office()));
        organizations.stream()
                .filter(o -> o.getKind() != OrganizationKind.PRIVATE_SECTOR)
                .forEach(reporting::add);
        return reporting;
    }

    Organization agency(String key) {
        return organizations.get(AGENCIES.indexOf(key));
    }

    /** Each source's ceiling: what the projects ask of it, rounded up to the next 50,000 baht. */
    void setCeilings(ActionPlan plan) {
        for (FundingSource source : sources) {
            BigDecimal asked = plan.getProjects().stream()
                    .flatMap(p -> p.getBudgetLines().stream())
                    .filter(l -> l.getSource() == source)
                    .map(BudgetLine::getAmount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal step = BigDecimal.valueOf(50_000);
            source.setCeiling(asked.divide(step, 0, java.math.RoundingMode.FLOOR)
                    .add(BigDecimal.ONE)
                    .multiply(step)
                    .setScale(2));
        }
    }

    private void source(PlanModel model, String number, FundingSourceKind kind, Organization provider) {
        FundingSource source = c.named(
                F.createFundingSource(), "FS62-" + c.province().code() + "-" + number, c.text("source." + number));
        source.setKind(kind);
        source.setFiscalYear(2562);
        source.setProvider(provider);
        model.getFundingSources().add(source);
        sources.add(source);
    }
}
