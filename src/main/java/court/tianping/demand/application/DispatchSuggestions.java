package court.tianping.demand.application;

import court.tianping.demand.domain.Demand;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.triage.Suggested;
import court.tianping.triage.TriageModels;
import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * What triage suggests for a demand in the dispatch queue, as the dispatcher sees it: the dispute category
 * with its confidence, and the branch that category (its specialised tribunal) or else the demand's street
 * (its paired branch) points to.
 */
@Service
public class DispatchSuggestions {

    /** A suggestion with names; the branch is absent when neither rule names one. */
    public record DispatchSuggestion(long categoryId, String categoryName, double confidence, int modelVersion,
                                     Long branchId, String branchName) {

        public int percent() {
            return (int) Math.round(confidence * 100);
        }
    }

    private final TriageModels triage;
    private final DemandCatalog catalog;
    private final OrganizationDirectory directory;

    DispatchSuggestions(TriageModels triage, DemandCatalog catalog, OrganizationDirectory directory) {
        this.triage = triage;
        this.catalog = catalog;
        this.directory = directory;
    }

    public Optional<DispatchSuggestion> forDemand(Demand demand) {
        return triage.suggestionFor(demand.id())
                .flatMap(s -> catalog.category(Long.parseLong(s.label())).map(category -> of(demand, s, category)));
    }

    private DispatchSuggestion of(Demand demand, Suggested suggested, DemandCatalog.Category category) {
        Long branch = category.routedTo();
        if (branch == null && demand.streetId() != null) {
            branch = catalog.street(demand.streetId()).map(DemandCatalog.Street::pairedOrganizationId).orElse(null);
        }
        String branchName = branch == null ? null : directory.unit(branch).map(OrganizationDirectory.Unit::name).orElse(null);
        return new DispatchSuggestion(category.id(), category.name(), suggested.confidence(), suggested.modelVersion(),
                branchName == null ? null : branch, branchName);
    }
}
