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

    /**
     * A suggestion with names: a category (absent when the demand is most likely not a legal matter at all),
     * how likely it is a legal matter, and the branch (absent when neither rule names one).
     */
    public record DispatchSuggestion(Long categoryId, String categoryName, double confidence, double legalConfidence,
                                     int modelVersion, Long branchId, String branchName) {

        public int percent() {
            return (int) Math.round(confidence * 100);
        }

        public int legalPercent() {
            return (int) Math.round(legalConfidence * 100);
        }

        public boolean notALegalMatter() {
            return categoryId == null;
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
        return triage.suggestionFor(demand.id()).flatMap(s -> s.notALegalMatter()
                ? Optional.of(new DispatchSuggestion(null, null, s.confidence(), s.legalConfidence(), s.modelVersion(), null, null))
                : catalog.category(Long.parseLong(s.label())).map(category -> of(demand, s, category)));
    }

    private DispatchSuggestion of(Demand demand, Suggested suggested, DemandCatalog.Category category) {
        Long branch = category.routedTo();
        if (branch == null && demand.streetId() != null) {
            branch = catalog.street(demand.streetId()).map(DemandCatalog.Street::pairedOrganizationId).orElse(null);
        }
        String branchName = branch == null ? null : directory.unit(branch).map(OrganizationDirectory.Unit::name).orElse(null);
        return new DispatchSuggestion(category.id(), category.name(), suggested.confidence(), suggested.legalConfidence(),
                suggested.modelVersion(), branchName == null ? null : branch, branchName);
    }
}
