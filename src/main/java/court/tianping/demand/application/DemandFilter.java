package court.tianping.demand.application;

import court.tianping.demand.Channel;
import court.tianping.demand.DemandQueue;
import court.tianping.demand.DemandState;

import java.time.LocalDate;

/** The filters of a demand list; every one is applied in SQL. */
public record DemandFilter(DemandQueue queue, DemandState state, Channel channel, Long categoryId, Long streetId,
                           Long courtId, LocalDate from, LocalDate to, String q) {

    public static DemandFilter of(DemandQueue queue) {
        return new DemandFilter(queue, null, null, null, null, null, null, null, null);
    }

    public DemandQueue queueOrAll() {
        return queue == null ? DemandQueue.ALL : queue;
    }
}
