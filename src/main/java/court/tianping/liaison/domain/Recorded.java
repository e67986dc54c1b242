package court.tianping.liaison.domain;

import court.tianping.core.EventRaisingAggregate;
import court.tianping.liaison.LiaisonEvent;

/** An aggregate of the liaison module: it raises one {@link LiaisonEvent} per state change. */
abstract class Recorded<A extends Recorded<A>> extends EventRaisingAggregate<A, LiaisonEvent> {}
