package court.tianping.organization.api;

import court.tianping.organization.application.CourtNode;
import court.tianping.organization.application.OrganizationQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/courts")
@Tag(name = "Courts", description = "The court tree: 高院 > 中院 > 基层法院 > 人民法庭")
class CourtApi {

    private final OrganizationQueries queries;

    CourtApi(OrganizationQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Courts within the caller's scope, in tree order, with organisation and member counts")
    List<CourtNode> courts() {
        return queries.courts();
    }
}
