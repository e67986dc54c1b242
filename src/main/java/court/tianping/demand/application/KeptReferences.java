package court.tianping.demand.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import court.tianping.organization.DemoCityGenerated;
import court.tianping.organization.OrganizationChanged;
import court.tianping.organization.OrganizationDirectory;
import court.tianping.organization.OrganizationDirectory.CourtEntry;
import court.tianping.organization.OrganizationDirectory.Unit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What every demand taken in looks up and what rarely changes, kept in memory briefly: its court, the street
 * and category it names, the branch the rules route it to and that branch's Party groups. A change made on
 * this node is seen at once (the catalog and organisation changes drop everything kept); a change made on
 * another node within {@link #KEPT}, as for the time limits.
 */
@Component
class KeptReferences {

    static final Duration KEPT = Duration.ofSeconds(30);

    private record Key(String kind, long id) {
    }

    private final Cache<Key, Object> kept = Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(20_000).build();
    private final OrganizationDirectory directory;

    KeptReferences(OrganizationDirectory directory) {
        this.directory = directory;
    }

    Optional<CourtEntry> court(long id) {
        return get("court", id, () -> directory.court(id));
    }

    Optional<Unit> unit(long id) {
        return get("unit", id, () -> directory.unit(id));
    }

    List<Unit> cells(long branchId) {
        return get("cells", branchId, () -> List.copyOf(directory.cells(branchId)));
    }

    @SuppressWarnings("unchecked")
    <T> T get(String kind, long id, Supplier<T> load) {
        return (T) kept.get(new Key(kind, id), key -> load.get());
    }

    /** Drops everything kept, now and again when the caller's transaction commits, after which the change is visible. */
    void forget() {
        kept.invalidateAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    kept.invalidateAll();
                }
            });
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrganizationChanged changed) {
        forget();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DemoCityGenerated generated) {
        forget();
    }
}
