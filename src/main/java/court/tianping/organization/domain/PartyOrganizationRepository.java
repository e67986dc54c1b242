package court.tianping.organization.domain;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

public interface PartyOrganizationRepository extends ListCrudRepository<PartyOrganization, Long> {

    Optional<PartyOrganization> findByCourtIdAndName(long courtId, String name);

    List<PartyOrganization> findByCourtId(long courtId);
}
