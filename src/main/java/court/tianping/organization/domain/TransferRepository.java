package court.tianping.organization.domain;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

public interface TransferRepository extends ListCrudRepository<Transfer, Long> {

    List<Transfer> findByMemberIdOrderByTransferredOnDescIdDesc(long memberId);
}
