package court.tianping.demand.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** At most so many public submissions per client address and hour; a flood from one address is refused. */
@Component
class PublicRateLimiter {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final Cache<String, Deque<Instant>> recent = Caffeine.newBuilder()
            .expireAfterAccess(WINDOW).maximumSize(100_000).build();
    private final int perHour;
    private final Clock clock;

    PublicRateLimiter(@Value("${tianping.demand.public-submissions-per-hour:10}") int perHour, Clock clock) {
        this.perHour = perHour;
        this.clock = clock;
    }

    /** Records an attempt; false when the client has used up its allowance. */
    boolean tryAcquire(String client) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.get(client, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perHour) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
