package court.tianping.study.domain;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

public interface TrainingChainRepository extends ListCrudRepository<TrainingChain, Long> {

    Optional<TrainingChain> findByMemberId(Long memberId);
}
