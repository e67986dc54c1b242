package court.tianping.organization.web;

import court.tianping.organization.application.OrganizationFigures;
import court.tianping.platform.ChartData;
import court.tianping.platform.CurrentUser;
import court.tianping.platform.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the organisation figures of the user's scope. */
@Controller
class HomeController {

    private final OrganizationFigures figures;
    private final CurrentUser currentUser;
    private final ChartData charts;

    HomeController(OrganizationFigures figures, CurrentUser currentUser, ChartData charts) {
        this.charts = charts;
        this.figures = figures;
        this.currentUser = currentUser;
    }

    @GetMapping("/")
    String home(Model model) {
        if (currentUser.require().has(Permission.ORGANIZATION_READ)) {
            OrganizationFigures.Figures figures = this.figures.figures();
            model.addAttribute("figures", figures);
            model.addAttribute("positionChart", charts.series(figures.membersByPosition(), "Position"));
            model.addAttribute("statusChart", charts.series(figures.membersByStatus(), "MembershipStatus"));
            model.addAttribute("natureChart", charts.series(figures.organizationsByNature(), "OrganizationNature"));
        }
        model.addAttribute("scopeLevel", currentUser.scope().level());
        return "home";
    }
}
