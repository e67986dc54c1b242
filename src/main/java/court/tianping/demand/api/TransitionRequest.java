package court.tianping.demand.api;

import court.tianping.demand.ActionKind;
import court.tianping.demand.Outcome;
import court.tianping.demand.Satisfaction;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of a transition: the version the caller saw, and what the step needs. */
record TransitionRequest(
        @Schema(description = "The demand's version as read; a stale version is refused with 409") Integer version,
        Long branchId, Long cellId, Long memberId, ActionKind kind, Integer minutes, String note, Outcome outcome,
        Satisfaction satisfaction, String comment, String reason) {
}
