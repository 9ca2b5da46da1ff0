package org.phaen.validation.rules.partners;

import java.time.LocalDate;
import java.util.List;

import org.phaen.model.Committee;
import org.phaen.model.Membership;
import org.phaen.model.MembershipRole;
import org.phaen.model.Project;
import org.phaen.model.ProjectStatus;
import org.phaen.model.calendar.ThaiDates;

/**
 * What the partner rules share. Dates go into messages twice: first in English (ISO, C.E.), then in Thai
 * (B.E., e.g. "1 ตุลาคม 2561"), so an English message uses the first run of arguments and a Thai one the second.
 */
final class Partners {

    private Partners() {
    }

    /** The dates in English, then the same dates in Thai, then the extra arguments. */
    static Object[] dates(List<LocalDate> dates, Object... extra) {
        int n = dates.size();
        Object[] args = new Object[2 * n + extra.length];
        for (int i = 0; i < n; i++) {
            args[i] = dates.get(i).toString();
            args[n + i] = ThaiDates.formatLong(dates.get(i));
        }
        System.arraycopy(extra, 0, args, 2 * n, extra.length);
        return args;
    }

    /** A project still under way: approved, in progress, or without a status yet. */
    static boolean active(Project project) {
        return !project.isSetStatus() || project.getStatus() == ProjectStatus.APPROVED
                || project.getStatus() == ProjectStatus.IN_PROGRESS;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** How many seats of a committee have the role. */
    static int seats(Committee committee, MembershipRole role) {
        int count = 0;
        for (Membership membership : committee.getMemberships()) {
            if (membership.isSetRole() && membership.getRole() == role) {
                count++;
            }
        }
        return count;
    }
}
