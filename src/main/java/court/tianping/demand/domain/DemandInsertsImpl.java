package court.tianping.demand.domain;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.convert.JdbcConverter;
import org.springframework.data.mapping.callback.EntityCallbacks;
import org.springframework.data.relational.core.conversion.MutableAggregateChange;
import org.springframework.data.relational.core.mapping.event.BeforeConvertCallback;
import org.springframework.data.relational.core.mapping.event.BeforeSaveCallback;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

/** The statements of a new demand, its steps and its deadlines, built once from the aggregate's mapping. */
class DemandInsertsImpl implements DemandInserts {

    private final JdbcTemplate jdbc;
    private final EntityCallbacks callbacks;
    private final ApplicationEventPublisher events;
    private final MappedInsert<Demand> demands;
    private final MappedInsert<DemandStep> steps;
    private final MappedInsert<DemandDeadline> deadlines;

    DemandInsertsImpl(JdbcTemplate jdbc, JdbcConverter converter, BeanFactory beans, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.callbacks = EntityCallbacks.create(beans);
        this.events = events;
        this.demands = new MappedInsert<>(converter, Demand.class, List.of());
        this.steps = new MappedInsert<>(converter, DemandStep.class, List.of("demand", "seq"));
        this.deadlines = new MappedInsert<>(converter, DemandDeadline.class, List.of("demand"));
    }

    @Override
    public Demand insert(Demand demand) {
        if (demand.id() != null) {
            throw new IllegalArgumentException("demand " + demand.id() + " is already stored");
        }
        Demand toInsert = callbacks.callback(BeforeConvertCallback.class, demand);
        toInsert = callbacks.callback(BeforeSaveCallback.class, toInsert, MutableAggregateChange.forSave(toInsert));
        toInsert.firstVersion();
        toInsert.storedAs(insertRow(demands.sql(), demands.values(toInsert)));
        long id = toInsert.id();
        List<Object[]> stepRows = new ArrayList<>();
        for (int seq = 0; seq < toInsert.steps().size(); seq++) {
            stepRows.add(steps.values(toInsert.steps().get(seq), id, seq));
        }
        jdbc.batchUpdate(steps.sql(), stepRows);
        jdbc.batchUpdate(deadlines.sql(), toInsert.deadlines().stream().map(d -> deadlines.values(d, id)).toList());
        toInsert.raisedEvents().forEach(events::publishEvent);
        toInsert.forgetEvents();
        return toInsert;
    }

    private long insertRow(String sql, Object[] values) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, new String[]{"id"});
            new ArgumentPreparedStatementSetter(values).setValues(statement);
            return statement;
        }, key);
        return key.getKey().longValue();
    }
}
