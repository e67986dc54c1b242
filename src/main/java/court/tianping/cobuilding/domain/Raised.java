package court.tianping.cobuilding.domain;

import court.tianping.cobuilding.CobuildingEvent;
import org.springframework.data.domain.AbstractAggregateRoot;

import java.util.Collection;
import java.util.function.LongFunction;

/** An aggregate whose events name its id, which a new one only has once it is saved. */
abstract class Raised<A extends Raised<A>> extends AbstractAggregateRoot<A> {

    abstract Long identity();

    void raise(LongFunction<CobuildingEvent> event) {
        registerEvent(identity() == null ? new AwaitingId(event) : event.apply(identity()));
    }

    private record AwaitingId(LongFunction<CobuildingEvent> event) {
    }

    @Override
    protected Collection<Object> domainEvents() {
        return super.domainEvents().stream()
                .map(e -> e instanceof AwaitingId awaiting ? awaiting.event().apply(identity()) : e).toList();
    }

    /** For records taken in as history (the demo): what happened long ago raises no events. */
    public void forgetEvents() {
        clearDomainEvents();
    }
}
