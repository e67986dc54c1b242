package court.tianping.organization.api;

import court.tianping.core.DomainException;
import court.tianping.organization.MembershipStatus;
import court.tianping.organization.Position;
import court.tianping.organization.application.MemberCommands;
import court.tianping.organization.application.MemberFilter;
import court.tianping.organization.application.MemberQueries;
import court.tianping.organization.application.MemberRow;
import court.tianping.organization.application.OrganizationCatalog;
import court.tianping.organization.domain.Member;
import court.tianping.organization.domain.Transfer;
import court.tianping.platform.CurrentUser;
import court.tianping.platform.Permission;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Members", description = "党员干警: records, posts and transfers")
class MemberApi {

    private final MemberQueries queries;
    private final MemberCommands commands;
    private final OrganizationCatalog catalog;
    private final CurrentUser currentUser;

    MemberApi(MemberQueries queries, MemberCommands commands, OrganizationCatalog catalog, CurrentUser currentUser) {
        this.queries = queries;
        this.commands = commands;
        this.catalog = catalog;
        this.currentUser = currentUser;
    }

    record TransferResponse(long id, long fromOrganizationId, long toOrganizationId, LocalDate transferredOn,
                            String reason) {
        static TransferResponse of(Transfer t) {
            return new TransferResponse(t.id(), t.fromOrganizationId(), t.toOrganizationId(), t.transferredOn(), t.reason());
        }
    }

    @GetMapping
    @Operation(summary = "Members within the caller's scope, paged and filtered; phone and ID-card number masked")
    ApiPage<MemberRow> list(@RequestParam(required = false) Long organization, @RequestParam(required = false) Long court,
                            @RequestParam(required = false) Position position,
                            @RequestParam(required = false) MembershipStatus status,
                            @RequestParam(required = false) String name,
                            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return ApiPage.of(queries.list(new MemberFilter(organization, court, position, status, name), page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One member; full phone and ID-card number only with the personal-data permission or for oneself")
    @PreAuthorize("hasAuthority('organization:member:read')")
    MemberResponse get(@PathVariable long id) {
        Member member = commands.memberInScope(id);
        boolean full = currentUser.require().has(Permission.MEMBER_PERSONAL_DATA)
                || Objects.equals(currentUser.require().memberId(), id);
        return MemberResponse.of(member, full);
    }

    @PostMapping
    @Operation(summary = "Add a member to a branch or Party group")
    ResponseEntity<MemberResponse> create(@Valid @RequestBody MemberRequest request) {
        if (request.organizationId() == null) {
            throw new DomainException("error.member.primary-organization-required");
        }
        long id = commands.create(request.organizationId(), request.details(), request.postsOrEmpty()).value();
        return ResponseEntity.created(URI.create("/api/v1/members/" + id)).body(get(id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a member; the body carries the version read before (409 if it changed)")
    MemberResponse update(@PathVariable long id, @Valid @RequestBody MemberRequest request) {
        if (request.version() == null) {
            throw new DomainException("error.api.version-required");
        }
        commands.update(id, request.version(), request.details(), request.postsOrEmpty());
        return get(id);
    }

    @PostMapping("/{id}/transfer")
    @Operation(summary = "Transfer a member to another organisation (组织关系转接)")
    MemberResponse transfer(@PathVariable long id, @Valid @RequestBody TransferRequest request) {
        commands.transfer(id, request.toOrganizationId(), request.transferredOn(), request.reason());
        return get(id);
    }

    @GetMapping("/{id}/transfers")
    @Operation(summary = "A member's transfer history, newest first")
    @PreAuthorize("hasAuthority('organization:member:read')")
    List<TransferResponse> transfers(@PathVariable long id) {
        commands.memberInScope(id);
        return catalog.transfers(id).stream().map(TransferResponse::of).toList();
    }
}
