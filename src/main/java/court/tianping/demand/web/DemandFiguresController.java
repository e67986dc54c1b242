package court.tianping.demand.web;

import court.tianping.demand.application.DemandFigures;
import court.tianping.demand.application.DemandFigures.Figures;
import court.tianping.demand.application.DemandFigures.Rates;
import court.tianping.platform.ChartData;
import court.tianping.platform.Messages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The demand statistics page: 三率, counts, coverage and hotspots as ECharts charts, and their Excel export. */
@Controller
@PreAuthorize("hasAuthority('demand:figures')")
class DemandFiguresController {

    private final DemandFigures figures;
    private final Messages messages;
    private final JsonMapper json;
    private final Clock clock;
    private final ChartData charts;

    DemandFiguresController(DemandFigures figures, Messages messages, JsonMapper json, Clock clock, ChartData charts) {
        this.charts = charts;
        this.figures = figures;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/demands/figures")
    String page(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to, Model model) {
        Figures f = figures.figures(from, to);
        model.addAttribute("f", f);
        YearMonth thisMonth = YearMonth.now(clock);
        model.addAttribute("lastMonth", thisMonth.minusMonths(1));
        model.addAttribute("thisMonth", thisMonth);
        model.addAttribute("januaryThisYear", thisMonth.withMonth(1));
        model.addAttribute("monthChart", series(f.byMonth(), Rates::name));
        Map<String, Long> byChannel = new LinkedHashMap<>();
        f.byChannel().forEach(r -> byChannel.put(r.key(), r.total()));
        model.addAttribute("channelChart", charts.series(byChannel, "Channel"));
        model.addAttribute("categoryChart", series(largest(f.byCategory()), Rates::name));
        model.addAttribute("streetChart", series(largest(f.byStreet()), Rates::name));
        model.addAttribute("tables", List.of(new Table("by-court", f.byCourt()), new Table("by-branch", f.byBranch()),
                new Table("by-street", f.byStreet())));
        return "demand/figures";
    }

    @GetMapping("/demands/figures.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                                  @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to) {
        Figures f = figures.figures(from, to);
        byte[] file = new DemandFiguresWorkbook(messages).write(f);
        String name = messages.get("demand.figures.file", f.from(), f.to()) + ".xlsx";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(file);
    }

    /**
     * A table of the page: the largest groups, most demands first. A city has hundreds of branches and streets;
     * every group is in the Excel export and the API.
     */
    record Table(String key, List<Rates> rows, int groups) {

        Table(String key, List<Rates> all) {
            this(key, largest(all), all.size());
        }

        public int shown() {
            return rows.size();
        }

        public int more() {
            return groups - rows.size();
        }
    }

    static final int SHOWN = 20;

    /** The groups come sorted by their number of demands, largest first. */
    private static List<Rates> largest(List<Rates> rates) {
        return rates.size() <= SHOWN ? rates : rates.subList(0, SHOWN);
    }

    private String series(List<Rates> rates, Function<Rates, String> name) {
        List<Map<String, Object>> data = new ArrayList<>();
        rates.forEach(r -> {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("name", name.apply(r));
            point.put("value", r.total());
            data.add(point);
        });
        return json.writeValueAsString(data);
    }
}
