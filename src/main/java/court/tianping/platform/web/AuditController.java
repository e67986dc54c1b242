package court.tianping.platform.web;

import court.tianping.platform.AuditLog;
import court.tianping.platform.Links;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;

@Controller
@PreAuthorize("hasAuthority('platform:audit:read')")
class AuditController {

    private static final int PAGE_SIZE = 30;

    private final AuditLog auditLog;
    private final Links links;

    AuditController(AuditLog auditLog, Links links) {
        this.auditLog = auditLog;
        this.links = links;
    }

    @GetMapping("/audit")
    String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                  @RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        AuditLog.Filter filter = new AuditLog.Filter(actor, action, subjectType, subjectId, from, to);
        model.addAttribute("filter", filter);
        var entries = auditLog.search(filter, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("entries", entries);
        model.addAttribute("pager", links.pager(entries));
        return "platform/audit";
    }
}
