package court.tianping.demand;

/** The work lists: the office's dispatch queue, a branch's incoming queue, a group's acceptance queue… */
public enum DemandQueue {
    ALL, TO_DISPATCH, TO_ACCEPT, TO_ASSIGN, IN_HAND, MINE, TO_VISIT, OVERDUE, PAUSED
}
