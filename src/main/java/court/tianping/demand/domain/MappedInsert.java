package court.tianping.demand.domain;

import org.springframework.data.jdbc.core.convert.JdbcConverter;
import org.springframework.data.jdbc.core.mapping.JdbcValue;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.jdbc.core.SqlParameterValue;

import java.util.ArrayList;
import java.util.List;

/**
 * The insert statement of one mapped table, built once from the mapping that Spring Data JDBC reads and
 * writes the aggregate with, so that the columns cannot drift from it: every simple property of the
 * entity, after the columns that tie a child row to its aggregate.
 */
final class MappedInsert<T> {

    private final JdbcConverter converter;
    private final RelationalPersistentEntity<T> entity;
    private final List<RelationalPersistentProperty> properties = new ArrayList<>();
    private final String sql;

    @SuppressWarnings("unchecked")
    MappedInsert(JdbcConverter converter, Class<T> type, List<String> leadingColumns) {
        this.converter = converter;
        this.entity = (RelationalPersistentEntity<T>) converter.getMappingContext().getRequiredPersistentEntity(type);
        List<String> columns = new ArrayList<>(leadingColumns);
        for (RelationalPersistentProperty property : entity) {
            if (!property.isIdProperty() && !property.isEntity()) {
                properties.add(property);
                columns.add(property.getColumnName().getReference());
            }
        }
        this.sql = "insert into " + entity.getTableName().getReference() + " (" + String.join(", ", columns)
                + ") values (" + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
    }

    String sql() {
        return sql;
    }

    /** The values of one row: the leading ones given, then the entity's properties as the mapping writes them. */
    Object[] values(T row, Object... leading) {
        Object[] values = new Object[leading.length + properties.size()];
        System.arraycopy(leading, 0, values, 0, leading.length);
        PersistentPropertyAccessor<T> accessor = entity.getPropertyAccessor(row);
        for (int i = 0; i < properties.size(); i++) {
            RelationalPersistentProperty property = properties.get(i);
            JdbcValue value = converter.writeJdbcValue(accessor.getProperty(property), converter.getColumnType(property),
                    converter.getTargetSqlType(property));
            values[leading.length + i] = value.getJdbcType() == null || value.getJdbcType().getVendorTypeNumber() == null
                    ? value.getValue()
                    : new SqlParameterValue(value.getJdbcType().getVendorTypeNumber(), value.getValue());
        }
        return values;
    }
}
