package court.tianping.organization.domain;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

public interface MemberRepository extends ListCrudRepository<Member, Long> {

    Optional<Member> findByIdCardNo(String idCardNo);

    @Query("select count(*) from member_post where organization_id = :organizationId and post = :post and member <> :memberId")
    long countOtherHolders(long organizationId, String post, long memberId);
}
