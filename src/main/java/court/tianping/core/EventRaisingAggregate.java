package court.tianping.core;

import org.springframework.data.domain.AbstractAggregateRoot;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An aggregate that raises one event per state change, published by Spring Data when it is saved. Its first
 * event is raised before its first save, when the database has not given it an id yet: such an event gets the
 * id when it is published.
 *
 * @param <A> the aggregate itself
 * @param <E> the events of its module
 */
public abstract class EventRaisingAggregate<A extends EventRaisingAggregate<A, E>, E> extends AbstractAggregateRoot<A> {

    protected abstract Long identity();

    protected void raise(Function<Long, ? extends E> event) {
        registerEvent(identity() == null ? new AwaitingId<>(event) : event.apply(identity()));
    }

    @Override
    protected Collection<Object> domainEvents() {
        return super.domainEvents().stream()
                .map(e -> e instanceof AwaitingId<?> awaiting ? awaiting.event().apply(identity()) : e).toList();
    }

    /** The events raised since the last save, for tests of the rules. */
    public Collection<Object> raised() {
        return domainEvents();
    }

    /** How many events were raised since the last save, the first save's included (for tests). */
    public int raisedCount() {
        return super.domainEvents().size();
    }

    /** The events raised since the last save, as they will be published once the record has this id (for tests). */
    @SuppressWarnings("unchecked")
    public List<E> raisedAs(long id) {
        return super.domainEvents().stream()
                .map(e -> e instanceof AwaitingId<?> awaiting ? (E) awaiting.event().apply(id) : (E) e).toList();
    }

    /** What changed, for an event's audit entry: the values given as name, value pairs, nulls left out. */
    protected static Map<String, Object> facts(Object... keysAndValues) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value != null) {
                facts.put((String) keysAndValues[i], value instanceof Enum<?> e ? e.name() : value.toString());
            }
        }
        return facts;
    }

    private record AwaitingId<E>(Function<Long, ? extends E> event) {
    }
}
