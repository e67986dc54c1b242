package court.tianping.study.domain;

import court.tianping.core.EventRaisingAggregate;
import court.tianping.study.StudyEvent;

/** An aggregate of the study module: it raises one {@link StudyEvent} per state change. */
abstract class Recorded<A extends Recorded<A>> extends EventRaisingAggregate<A, StudyEvent> {
}
