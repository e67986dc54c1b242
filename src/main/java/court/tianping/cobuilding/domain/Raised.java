package court.tianping.cobuilding.domain;

import court.tianping.cobuilding.CobuildingEvent;
import court.tianping.core.EventRaisingAggregate;

/** An aggregate of the co-building module: it raises one {@link CobuildingEvent} per state change. */
abstract class Raised<A extends Raised<A>> extends EventRaisingAggregate<A, CobuildingEvent> {
}
