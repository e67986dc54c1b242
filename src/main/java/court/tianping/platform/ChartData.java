package court.tianping.platform;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns counts keyed by enum names into ECharts series data with translated names, for templates. */
@Component
public class ChartData {

    private final Messages messages;
    private final JsonMapper json;

    ChartData(Messages messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public String series(Map<String, Long> counts, String enumName) {
        List<Map<String, Object>> data = new ArrayList<>();
        counts.forEach((key, value) -> {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("name", messages.get("enum." + enumName + "." + key));
            point.put("value", value);
            data.add(point);
        });
        return json.writeValueAsString(data);
    }
}
