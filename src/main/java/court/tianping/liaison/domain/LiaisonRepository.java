package court.tianping.liaison.domain;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

public interface LiaisonRepository extends ListCrudRepository<Liaison, Long> {

    @Query("select * from liaison where unit_id = :unitId and judge_member_id = :judgeMemberId")
    List<Liaison> findByUnitIdAndJudgeMemberId(long unitId, long judgeMemberId);
}
