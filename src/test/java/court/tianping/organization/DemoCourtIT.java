package court.tianping.organization;

import court.tianping.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoCourtIT {

    @Autowired
    JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void mainBasicCourtIsOrganisedAsTheSourcesDescribe() {
        long court = jdbc.sql("select id from court where name = '北京市西城区人民法院'").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from party_organization where court_id = :c and type = 'BRANCH' and nature = 'FUNCTIONAL'")
                .param("c", court).query(Long.class).single()).isEqualTo(22);
        assertThat(jdbc.sql("select count(*) from party_organization where court_id = :c and type = 'CELL'")
                .param("c", court).query(Long.class).single()).isEqualTo(107);
        assertThat(jdbc.sql("select count(distinct nature) from party_organization where court_id = :c and type = 'BRANCH'")
                .param("c", court).query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from member where court_id = :c").param("c", court).query(Long.class).single())
                .isBetween(380L, 450L);
    }

    @Test
    void everyCellBelongsToABranchAndEveryBranchHasOneSecretary() {
        assertThat(count("""
                select count(*) from party_organization c join party_organization p on p.id = c.parent_id
                where c.type = 'CELL' and p.type <> 'BRANCH'""")).isZero();
        assertThat(count("""
                select count(*) from party_organization o where o.type = 'BRANCH' and o.nature <> 'TEMPORARY'
                and (select count(*) from member_post p where p.organization_id = o.id and p.post = 'SECRETARY') <> 1""")).isZero();
    }

    @Test
    void nonStaffMembersAreOnlyInMobileOrganisations() {
        assertThat(count("select count(*) from member m where m.staff = false")).isPositive();
        assertThat(count("""
                select count(*) from member m join party_organization o on o.id = m.organization_id
                where m.staff = false and o.nature <> 'MOBILE'""")).isZero();
    }

    @Test
    void everyRoleHasADemoAccountAndTheAdminHasTheDemoToken() {
        assertThat(count("select count(distinct role) from user_account")).isEqualTo(8);
        assertThat(count("""
                select count(*) from api_token t join user_account u on u.id = t.user_id
                where u.username = 'admin' and t.revoked_at is null""")).isEqualTo(1);
    }
}
