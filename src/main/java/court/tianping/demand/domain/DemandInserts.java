package court.tianping.demand.domain;

/** Writing a demand that has just been taken in, the hottest write of the application. */
public interface DemandInserts {

    /**
     * Inserts a new demand with its timeline and deadlines, as {@code save} would, with statements prepared
     * once for the application's life instead of generated for every row: the same callbacks run before it
     * and the same events are published after it.
     */
    Demand insert(Demand demand);
}
