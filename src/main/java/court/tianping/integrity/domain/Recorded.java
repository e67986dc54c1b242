package court.tianping.integrity.domain;

import court.tianping.integrity.IntegrityEvent;
import org.springframework.data.domain.AbstractAggregateRoot;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * An aggregate of the integrity module that raises one event per state change. Its first event is raised before
 * the first save, when the database has not given it an id yet: such an event gets the id when published.
 */
abstract class Recorded<A extends Recorded<A>> extends AbstractAggregateRoot<A> {

    protected abstract Long identity();

    protected void raise(Function<Long, IntegrityEvent> event) {
        registerEvent(identity() == null ? new AwaitingId(event) : event.apply(identity()));
    }

    @Override
    protected Collection<Object> domainEvents() {
        return super.domainEvents().stream()
                .map(e -> e instanceof AwaitingId awaiting ? awaiting.event().apply(identity()) : e).toList();
    }

    /** The events raised since the last save, as they will be published once the record has this id. */
    List<IntegrityEvent> raisedAs(long id) {
        return super.domainEvents().stream()
                .map(e -> e instanceof AwaitingId awaiting ? awaiting.event().apply(id) : (IntegrityEvent) e).toList();
    }

    private record AwaitingId(Function<Long, IntegrityEvent> event) {
    }
}
