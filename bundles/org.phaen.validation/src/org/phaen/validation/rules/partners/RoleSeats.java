/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.partners;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.phaen.model.Committee;
import org.phaen.model.Membership;
import org.phaen.model.MembershipRole;

/**
 * The seats of one role on a committee counted day by day. A seat holds from its start date (none: from the
 * committee's beginning) to its end date (none: until further notice), so a chair handed over mid-term, the outgoing
 * term ending the day before the incoming one starts, is one chair every day. A seat ending before it starts holds no
 * day (PH-PAR-008 says so).
 *
 * @param total the seats with the role, whatever their terms
 * @param most the most seats with the role on any one day
 * @param crowdedFrom the first day {@code most} seats are held, or null when that is from the beginning (undated seats)
 * @param gaps the days between terms on which no seat is held, each as its first and last day
 */
record RoleSeats(int total, int most, LocalDate crowdedFrom, List<LocalDate[]> gaps) {

    static RoleSeats of(Committee committee, MembershipRole role) {
        // The change in the number of seats held, by the day it takes effect; LocalDate.MIN stands for "from the
        // beginning".
        Map<LocalDate, Integer> changes = new TreeMap<>();
        int total = 0;
        for (Membership seat : committee.getMemberships()) {
            if (seat.isSetRole() && seat.getRole() == role) {
                total++;
                LocalDate start = seat.getStartDate() == null ? LocalDate.MIN : seat.getStartDate();
                if (seat.getEndDate() == null || !seat.getEndDate().isBefore(start)) {
                    changes.merge(start, 1, Integer::sum);
                }
                if (seat.getEndDate() != null && !seat.getEndDate().isBefore(start)) {
                    changes.merge(seat.getEndDate().plusDays(1), -1, Integer::sum);
                }
            }
        }
        int held = 0;
        int most = 0;
        LocalDate crowdedFrom = null;
        LocalDate vacantFrom = null;
        List<LocalDate[]> gaps = new ArrayList<>();
        for (Map.Entry<LocalDate, Integer> change : changes.entrySet()) {
            held += change.getValue();
            LocalDate day = change.getKey();
            if (held > most) {
                most = held;
                crowdedFrom = day.equals(LocalDate.MIN) ? null : day;
            }
            if (held > 0 && vacantFrom != null) {
                gaps.add(new LocalDate[] {vacantFrom, day.minusDays(1)});
                vacantFrom = null;
            } else if (held == 0) {
                vacantFrom = day;
            }
        }
        return new RoleSeats(total, most, crowdedFrom, gaps);
    }
}
