package court.tianping.honour.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface VolunteerTeamRepository extends ListCrudRepository<VolunteerTeam, Long> {
}
