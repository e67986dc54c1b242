package court.tianping.honour.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A member who received an individual honour, a volunteer of a team, or a holder of a pioneer post. */
@Table("honour_recipient")
public record Recipient(Long memberId, String memberPath, Long courtId) {

    static Recipient of(Person person) {
        return new Recipient(person.memberId(), person.path(), person.courtId());
    }
}
