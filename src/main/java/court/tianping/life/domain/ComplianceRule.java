package court.tianping.life.domain;

import court.tianping.core.DomainException;
import court.tianping.life.ComplianceStatus;
import court.tianping.life.Frequency;
import court.tianping.life.MeetingType;
import court.tianping.organization.OrganizationType;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How often an organisation must hold a type of meeting: at least {@code minimum} per period. Group meetings
 * are required of Party groups, every other type of branches. A joint themed day of paired branches counts
 * as the themed Party day of each. A minimum of zero switches the rule off.
 */
public record ComplianceRule(MeetingType type, Frequency frequency, int minimum) {

    public static final int MAX_MINIMUM = 10;

    /** The defaults of 三会一课 and the themed Party day, for a court that has set none of its own. */
    public static final List<ComplianceRule> DEFAULTS = List.of(
            new ComplianceRule(MeetingType.GENERAL_ASSEMBLY, Frequency.QUARTERLY, 1),
            new ComplianceRule(MeetingType.COMMITTEE, Frequency.MONTHLY, 1),
            new ComplianceRule(MeetingType.CELL_MEETING, Frequency.MONTHLY, 1),
            new ComplianceRule(MeetingType.PARTY_LECTURE, Frequency.QUARTERLY, 1),
            new ComplianceRule(MeetingType.THEMED_DAY, Frequency.MONTHLY, 1));

    public ComplianceRule {
        if (type == null || frequency == null) {
            throw new DomainException("error.life.rule-incomplete");
        }
        if (minimum < 0 || minimum > MAX_MINIMUM) {
            throw new DomainException("error.life.rule-minimum", MAX_MINIMUM);
        }
    }

    public boolean active() {
        return minimum > 0;
    }

    public boolean appliesTo(OrganizationType organizationType) {
        return type == MeetingType.CELL_MEETING ? organizationType == OrganizationType.CELL
                : organizationType == OrganizationType.BRANCH;
    }

    /** The meeting types that count towards this rule. */
    public Set<MeetingType> counted() {
        return type == MeetingType.THEMED_DAY ? Set.of(MeetingType.THEMED_DAY, MeetingType.JOINT_LIFE) : Set.of(type);
    }

    public Predicate<MeetingType> counts() {
        return counted()::contains;
    }

    public List<Period> periods(int year) {
        return Period.of(frequency, year);
    }

    /**
     * The status of one period. A meeting counts in the period whose days include the day it was held, the last
     * day included even when it is a holiday; the period is overdue from the next day. A period that began
     * before the organisation was established is not required of it (a branch created mid-quarter owes its
     * first meeting in the next quarter), though a meeting it held then still shows as done.
     */
    public ComplianceStatus status(Period period, int held, LocalDate establishedOn, LocalDate today) {
        if (held >= minimum) {
            return ComplianceStatus.DONE;
        }
        if (establishedOn != null && establishedOn.isAfter(period.start())) {
            return ComplianceStatus.NOT_REQUIRED;
        }
        if (today.isBefore(period.start())) {
            return ComplianceStatus.UPCOMING;
        }
        return today.isAfter(period.end()) ? ComplianceStatus.OVERDUE : ComplianceStatus.DUE;
    }
}
