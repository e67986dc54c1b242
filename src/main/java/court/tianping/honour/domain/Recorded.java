package court.tianping.honour.domain;

import court.tianping.core.EventRaisingAggregate;
import court.tianping.honour.HonourEvent;

/** An aggregate of the honour module: it raises one {@link HonourEvent} per state change. */
abstract class Recorded<A extends Recorded<A>> extends EventRaisingAggregate<A, HonourEvent> {}
