package court.tianping.core;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ScopeTest {

    @Test
    void courtScopeBindsTheCourtIds() {
        SqlFilter filter = Scope.courts(ScopeLevel.COURT, Set.of(4L, 5L)).filter("m.court_id", "o.path", "m.id");
        assertThat(filter.sql()).isEqualTo("m.court_id in (:scopeCourtIds)");
        assertThat(filter.params()).containsEntry("scopeCourtIds", Set.of(4L, 5L));
    }

    @Test
    void branchScopeMatchesThePathPrefixAsABoundParameter() {
        SqlFilter filter = Scope.organization(ScopeLevel.BRANCH, "/1/2/9/").filter("m.court_id", "o.path", "m.id");
        assertThat(filter.sql()).isEqualTo("o.path like :scopeOrganizationPath");
        assertThat(filter.params()).containsEntry("scopeOrganizationPath", "/1/2/9/%");
    }

    @Test
    void selfScopeSeesOnlyTheMember() {
        SqlFilter filter = Scope.self(42).filter("m.court_id", "o.path", "m.id");
        assertThat(filter.sql()).isEqualTo("m.id = :scopeMemberId");
        assertThat(filter.params()).containsEntry("scopeMemberId", 42L);
    }

    @Test
    void selfScopeSeesNothingWhereThereIsNoMemberColumn() {
        assertThat(Scope.self(42).filter("o.court_id", "o.path", null).sql()).isEqualTo("1 = 0");
    }

    @Test
    void noScopeSeesNothing() {
        assertThat(Scope.none().filter("m.court_id", "o.path", "m.id").sql()).isEqualTo("1 = 0");
        assertThat(Scope.courts(ScopeLevel.CITY, Set.of()).filter("c", "p", "m").params())
                .containsEntry("scopeCourtIds", Set.of(-1L));
    }

    @Test
    void coversOrganisationsInsideTheBranchOnly() {
        Scope branch = Scope.organization(ScopeLevel.BRANCH, "/1/2/9/");
        assertThat(branch.covers(4, "/1/2/9/")).isTrue();
        assertThat(branch.covers(4, "/1/2/9/31/")).isTrue();
        assertThat(branch.covers(4, "/1/2/10/")).isFalse();
        assertThat(branch.covers(4, "/1/2/99/")).isFalse();
        assertThat(Scope.courts(ScopeLevel.COURT, Set.of(4L)).covers(5, "/1/")).isFalse();
    }
}
