package court.tianping.integrity.domain;

import court.tianping.core.EventRaisingAggregate;
import court.tianping.integrity.IntegrityEvent;

/** An aggregate of the integrity module: it raises one {@link IntegrityEvent} per state change. */
abstract class Recorded<A extends Recorded<A>> extends EventRaisingAggregate<A, IntegrityEvent> {}
