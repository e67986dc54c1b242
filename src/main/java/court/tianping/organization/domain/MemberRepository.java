package court.tianping.organization.domain;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

public interface MemberRepository extends ListCrudRepository<Member, Long> {

    /** A plain query: a derived one builds the whole aggregate's select anew at every call, which roster imports feel. */
    @Query("select id from member where id_card_no = :idCardNo")
    Optional<Long> findIdByIdCardNo(String idCardNo);

    @Query("select count(*) from member_post where organization_id = :organizationId and post = :post and member <> :memberId")
    long countOtherHolders(long organizationId, String post, long memberId);
}
