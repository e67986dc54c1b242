package court.tianping.core;

import java.util.Map;

/** A condition for a SQL WHERE clause with its named parameters. */
public record SqlFilter(String sql, Map<String, Object> params) {

    public SqlFilter {
        params = Map.copyOf(params);
    }
}
