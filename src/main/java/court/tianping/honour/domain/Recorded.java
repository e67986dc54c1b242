package court.tianping.honour.domain;

import court.tianping.honour.HonourEvent;
import org.springframework.data.domain.AbstractAggregateRoot;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * An aggregate of the honour module that raises one event per state change. A record raises its first event
 * before its first save, when the database has not given it an id yet: such events get the id when published.
 */
abstract class Recorded<A extends Recorded<A>> extends AbstractAggregateRoot<A> {

    protected abstract Long identity();

    protected void raise(Function<Long, HonourEvent> event) {
        registerEvent(identity() == null ? new AwaitingId(event) : event.apply(identity()));
    }

    @Override
    protected Collection<Object> domainEvents() {
        return super.domainEvents().stream()
                .map(e -> e instanceof AwaitingId awaiting ? awaiting.event().apply(identity()) : e).toList();
    }

    /** The events raised since the last save, for tests of the rules. */
    public Collection<Object> raised() {
        return domainEvents();
    }

    private record AwaitingId(Function<Long, HonourEvent> event) {
    }

    static Map<String, Object> facts(Object... keysAndValues) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value != null) {
                facts.put((String) keysAndValues[i], value instanceof Enum<?> e ? e.name() : value.toString());
            }
        }
        return facts;
    }
}
