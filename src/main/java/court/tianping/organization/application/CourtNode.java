package court.tianping.organization.application;

import court.tianping.organization.CourtLevel;

/** A court in the court tree with its organisation and member counts. */
public record CourtNode(long id, Long parentId, String name, String shortName, CourtLevel level, String district,
                        int depth, long organizations, long members) {
}
