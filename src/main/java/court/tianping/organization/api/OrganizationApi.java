package court.tianping.organization.api;

import court.tianping.core.DomainException;
import court.tianping.organization.OrganizationNature;
import court.tianping.organization.OrganizationType;
import court.tianping.organization.application.OrganizationCommands;
import court.tianping.organization.application.OrganizationNode;
import court.tianping.organization.application.OrganizationQueries;
import court.tianping.organization.domain.PartyOrganization;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Party organisations", description = "党组, 机关党委, 党总支, 党支部, 党小组 with type and nature")
class OrganizationApi {

    private final OrganizationQueries queries;
    private final OrganizationCommands commands;

    OrganizationApi(OrganizationQueries queries, OrganizationCommands commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @GetMapping
    @Operation(summary = "Organisations within the caller's scope, in tree order, filtered by court, type and nature")
    ApiPage<OrganizationNode> list(@RequestParam(required = false) Long court,
                                   @RequestParam(required = false) OrganizationType type,
                                   @RequestParam(required = false) OrganizationNature nature) {
        return ApiPage.all(queries.filtered(court, type, nature));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation with its member counts")
    @PreAuthorize("hasAuthority('organization:read')")
    OrganizationNode get(@PathVariable long id) {
        commands.inScope(id);
        return queries.subtree(id).get(0);
    }

    @PostMapping
    @Operation(summary = "Create an organisation under a parent organisation")
    ResponseEntity<OrganizationNode> create(@Valid @RequestBody OrganizationRequest request) {
        PartyOrganization parent = commands.inScope(request.parentId());
        long id = commands.create(parent.courtId(), parent.id(), request.details()).value();
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + id)).body(get(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update an organisation; the body carries the version read before (409 if it changed)")
    OrganizationNode update(@PathVariable long id, @Valid @RequestBody OrganizationRequest request) {
        if (request.version() == null) {
            throw new DomainException("error.api.version-required");
        }
        commands.update(id, request.version(), request.parentId(), request.details());
        return get(id);
    }
}
