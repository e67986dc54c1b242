package court.tianping.organization.roster;

import court.tianping.organization.MembershipStatus;
import court.tianping.organization.Position;
import court.tianping.organization.application.MemberFilter;
import court.tianping.organization.application.MemberQueries;
import court.tianping.organization.application.OrganizationChoice;
import court.tianping.organization.application.OrganizationQueries;
import court.tianping.platform.CurrentUser;
import court.tianping.platform.Messages;
import court.tianping.platform.Permission;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Controller
class RosterController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final String PREVIEW = RosterController.class.getName() + ".preview";

    /** Rows checked at preview, kept on the server until confirmed; the page only carries the token. */
    record Preview(String token, String fileName, List<RosterRow> rows) implements Serializable {
    }

    private final RosterImport imports;
    private final RosterWriter writer;
    private final MemberQueries members;
    private final OrganizationQueries organizations;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;

    RosterController(RosterImport imports, RosterWriter writer, MemberQueries members, OrganizationQueries organizations,
                     CurrentUser currentUser, Messages messages, Clock clock) {
        this.imports = imports;
        this.writer = writer;
        this.members = members;
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/roster")
    @PreAuthorize("hasAuthority('organization:roster:import') or hasAuthority('organization:roster:export')")
    String page(Model model) {
        model.addAttribute("organizations", organizations.memberOrganizations());
        model.addAttribute("positions", Position.values());
        model.addAttribute("statuses", MembershipStatus.values());
        model.addAttribute("maxRows", RosterReader.MAX_ROWS);
        return "organization/roster";
    }

    @GetMapping("/roster/template")
    @PreAuthorize("hasAuthority('organization:roster:import')")
    ResponseEntity<byte[]> template() {
        List<String> names = organizations.memberOrganizations().stream().map(OrganizationChoice::name).toList();
        List<String> instructions = List.of(messages.get("roster.help.1"), messages.get("roster.help.2"),
                messages.get("roster.help.3"), messages.get("roster.help.4"), messages.get("roster.help.5"),
                messages.get("roster.help.6"));
        return download(writer.template(names, instructions), messages.get("roster.template.file"));
    }

    @PostMapping("/roster/import")
    @PreAuthorize("hasAuthority('organization:roster:import')")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Model model)
            throws IOException {
        session.removeAttribute(PREVIEW);
        if (file == null || file.isEmpty()) {
            model.addAttribute("errors", List.of(new RosterError(0, "—", messages.get("roster.error.no-file"))));
            return "organization/roster-preview";
        }
        try {
            List<RosterRow> rows = imports.preview(file.getBytes());
            Preview preview = new Preview(UUID.randomUUID().toString(), file.getOriginalFilename(), rows);
            session.setAttribute(PREVIEW, preview);
            model.addAttribute("preview", preview);
        } catch (RosterRejected e) {
            model.addAttribute("errors", e.errors());
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        return "organization/roster-preview";
    }

    @PostMapping("/roster/import/confirm")
    @PreAuthorize("hasAuthority('organization:roster:import')")
    String confirm(@RequestParam(defaultValue = "") String token, HttpSession session, Model model,
                   RedirectAttributes redirect) {
        if (!(session.getAttribute(PREVIEW) instanceof Preview preview) || !preview.token().equals(token)) {
            model.addAttribute("errors", List.of(new RosterError(0, "—", messages.get("roster.error.preview-expired"))));
            return "organization/roster-preview";
        }
        session.removeAttribute(PREVIEW);
        try {
            int imported = imports.confirm(preview.rows());
            redirect.addFlashAttribute("notice", messages.get("roster.imported", imported));
            return "redirect:/members";
        } catch (RosterRejected e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("fileName", preview.fileName());
            return "organization/roster-preview";
        }
    }

    @GetMapping("/roster/export")
    @PreAuthorize("hasAuthority('organization:roster:export')")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long organization,
                                  @RequestParam(required = false) Position position,
                                  @RequestParam(required = false) MembershipStatus status,
                                  @RequestParam(required = false) String q) {
        MemberFilter filter = new MemberFilter(organization, null, position, status, q);
        boolean full = currentUser.require().has(Permission.MEMBER_PERSONAL_DATA);
        byte[] file = writer.export(members.rosterLines(filter), full);
        return download(file, messages.get("roster.export.file", LocalDate.now(clock).toString()));
    }

    private static ResponseEntity<byte[]> download(byte[] file, String fileName) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .contentType(XLSX)
                .body(file);
    }
}
