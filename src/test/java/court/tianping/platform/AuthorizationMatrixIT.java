package court.tianping.platform;

import court.tianping.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static court.tianping.Logins.as;
import static court.tianping.platform.Permission.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Walks every endpoint of the application with every role and with no login at all. Each endpoint
 * must be listed below with the permission it needs; a new endpoint without an entry fails the test.
 * A role with the permission is let through (it may still get 404 where the record is outside its
 * data scope); a role without it gets 403; anonymous callers are sent to the login page (UI) or get
 * 401 (API). A second test checks the data scope: a branch secretary reaches no record of another branch.
 */
@IntegrationTest
class AuthorizationMatrixIT {

    /** Marker for "any signed-in user". */
    private static final Permission SIGNED_IN = null;
    private static final String PUBLIC = "public";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<String, Object> expected = new LinkedHashMap<>();
    private final Map<String, String> ownIds = new LinkedHashMap<>();
    private final Map<String, String> foreignIds = new LinkedHashMap<>();

    @BeforeEach
    void expectations() {
        expected.put("GET /login", PUBLIC);
        expected.put("GET /error", PUBLIC);
        expected.put("GET /", SIGNED_IN);
        expected.put("GET /account/password", SIGNED_IN);
        expected.put("POST /account/password", SIGNED_IN);
        expected.put("GET /organizations", ORGANIZATION_READ);
        expected.put("GET /organizations/{id}", ORGANIZATION_READ);
        expected.put("GET /organizations/new", ORGANIZATION_EDIT);
        expected.put("POST /organizations/{id}/members", MEMBER_EDIT);
        expected.put("POST /organizations/{id}/members/{memberId}/remove", MEMBER_EDIT);
        expected.put("POST /organizations", ORGANIZATION_EDIT);
        expected.put("GET /organizations/{id}/edit", ORGANIZATION_EDIT);
        expected.put("POST /organizations/{id}", ORGANIZATION_EDIT);
        expected.put("GET /members", MEMBER_READ);
        expected.put("GET /members/{id}", MEMBER_READ);
        expected.put("GET /members/new", MEMBER_EDIT);
        expected.put("POST /members", MEMBER_EDIT);
        expected.put("GET /members/{id}/edit", MEMBER_EDIT);
        expected.put("POST /members/{id}", MEMBER_EDIT);
        expected.put("GET /members/{id}/transfer", MEMBER_TRANSFER);
        expected.put("POST /members/{id}/transfer", MEMBER_TRANSFER);
        expected.put("GET /audit", AUDIT_READ);
        expected.put("GET /admin/users", USER_MANAGE);
        expected.put("POST /admin/users", USER_MANAGE);
        expected.put("POST /admin/users/{id}/enabled", USER_MANAGE);
        expected.put("POST /admin/users/{id}/unlock", USER_MANAGE);
        expected.put("POST /admin/users/{id}/password", USER_MANAGE);
        expected.put("GET /admin/calendar", CALENDAR_MANAGE);
        expected.put("POST /admin/calendar", CALENDAR_MANAGE);
        expected.put("POST /admin/calendar/remove", CALENDAR_MANAGE);
        expected.put("GET /admin/tokens", TOKEN_MANAGE);
        expected.put("POST /admin/tokens", TOKEN_MANAGE);
        expected.put("POST /admin/tokens/{id}/revoke", TOKEN_MANAGE);
        expected.put("GET /departments", ORGANIZATION_EDIT);
        expected.put("POST /departments", ORGANIZATION_EDIT);
        expected.put("POST /departments/teams", ORGANIZATION_EDIT);
        expected.put("GET /roster", ROSTER_EXPORT);
        expected.put("GET /roster/template", ROSTER_IMPORT);
        expected.put("POST /roster/import", ROSTER_IMPORT);
        expected.put("POST /roster/import/confirm", ROSTER_IMPORT);
        expected.put("GET /roster/export", ROSTER_EXPORT);
        expected.put("GET /api/v1/courts", ORGANIZATION_READ);
        expected.put("GET /api/v1/organizations", ORGANIZATION_READ);
        expected.put("GET /api/v1/organizations/{id}", ORGANIZATION_READ);
        expected.put("POST /api/v1/organizations", ORGANIZATION_EDIT);
        expected.put("PUT /api/v1/organizations/{id}", ORGANIZATION_EDIT);
        expected.put("GET /api/v1/members", MEMBER_READ);
        expected.put("GET /api/v1/members/{id}", MEMBER_READ);
        expected.put("POST /api/v1/members", MEMBER_EDIT);
        expected.put("PUT /api/v1/members/{id}", MEMBER_EDIT);
        expected.put("POST /api/v1/members/{id}/transfer", MEMBER_TRANSFER);
        expected.put("GET /api/v1/members/{id}/transfers", MEMBER_READ);
        expected.put("GET /notifications", SIGNED_IN);
        expected.put("POST /notifications/read", SIGNED_IN);
        Set<Permission> readOrOrder = Set.of(DEMAND_READ, DEMAND_ORDER);
        Set<Permission> intakeOrOrder = Set.of(DEMAND_INTAKE, DEMAND_ORDER);
        Set<Permission> handleOrDispatch = Set.of(DEMAND_HANDLE, DEMAND_DISPATCH);
        expected.put("GET /demands", readOrOrder);
        expected.put("GET /demands/{id}", readOrOrder);
        expected.put("GET /demands/new", intakeOrOrder);
        expected.put("POST /demands", intakeOrOrder);
        expected.put("POST /demands/{id}/dispatch", DEMAND_DISPATCH);
        for (String step : List.of("return", "accept", "assign", "actions", "resolve")) {
            expected.put("POST /demands/{id}/" + step, DEMAND_HANDLE);
        }
        for (String step : List.of("visit", "reopen", "close")) {
            expected.put("POST /demands/{id}/" + step, DEMAND_VISIT);
        }
        expected.put("POST /demands/{id}/attachments", Set.of(DEMAND_INTAKE, DEMAND_HANDLE, DEMAND_DISPATCH, DEMAND_ORDER));
        expected.put("GET /demands/{id}/attachments/{attachmentId}", readOrOrder);
        expected.put("POST /demands/{id}/pause", handleOrDispatch);
        expected.put("POST /demands/{id}/resume", handleOrDispatch);
        expected.put("GET /demands/figures", DEMAND_FIGURES);
        expected.put("GET /demands/figures.xlsx", DEMAND_FIGURES);
        expected.put("GET /demands/settings", DEMAND_ADMIN);
        expected.put("POST /demands/settings/limits", DEMAND_ADMIN);
        expected.put("POST /demands/settings/categories", DEMAND_ADMIN);
        expected.put("POST /demands/settings/categories/{id}", DEMAND_ADMIN);
        expected.put("POST /demands/settings/streets", DEMAND_ADMIN);
        expected.put("POST /demands/settings/streets/{id}", DEMAND_ADMIN);
        expected.put("POST /demands/settings/communities", DEMAND_ADMIN);
        expected.put("POST /demands/settings/points", DEMAND_ADMIN);
        expected.put("GET /demands/settings/points/{id}/qr.png", DEMAND_ADMIN);
        expected.put("GET /triage", TRIAGE_MANAGE);
        expected.put("POST /triage/retrain", TRIAGE_MANAGE);
        expected.put("POST /triage/rollback", TRIAGE_MANAGE);
        expected.put("GET /public/q/{code}", PUBLIC);
        expected.put("POST /public/q/{code}", PUBLIC);
        expected.put("GET /public/track", PUBLIC);
        expected.put("GET /public/track/{code}", PUBLIC);
        expected.put("POST /public/track/{code}/rate", PUBLIC);
        expected.put("POST /api/v1/demands", DEMAND_INTAKE);
        expected.put("POST /api/v1/demands/batch", DEMAND_INTAKE);
        expected.put("GET /api/v1/demands", readOrOrder);
        expected.put("GET /api/v1/demands/{id}", readOrOrder);
        expected.put("GET /api/v1/demands/figures", DEMAND_FIGURES);
        expected.put("POST /api/v1/demands/{id}/dispatch", DEMAND_DISPATCH);
        for (String step : List.of("return", "accept", "assign", "actions", "resolve")) {
            expected.put("POST /api/v1/demands/{id}/" + step, DEMAND_HANDLE);
        }
        for (String step : List.of("visit", "reopen", "close")) {
            expected.put("POST /api/v1/demands/{id}/" + step, DEMAND_VISIT);
        }
        expected.put("POST /api/v1/demands/{id}/pause", handleOrDispatch);
        expected.put("POST /api/v1/demands/{id}/resume", handleOrDispatch);

        expected.put("GET /life/meetings", LIFE_READ);
        expected.put("GET /life/meetings/new", LIFE_MEETING);
        expected.put("POST /life/meetings", LIFE_MEETING);
        expected.put("GET /life/meetings/{id}", LIFE_READ);
        for (String step : List.of("hold", "cancel", "resolutions", "files")) {
            expected.put("POST /life/meetings/{id}/" + step, LIFE_MEETING);
        }
        expected.put("POST /life/meetings/{id}/publish", LIFE_PUBLISH);
        expected.put("GET /life/meetings/{id}/files/{fileId}", LIFE_READ);
        expected.put("GET /life/register.xlsx", LIFE_COMPLIANCE);
        expected.put("GET /life/publications", LIFE_READ);
        expected.put("GET /life/publications/{id}", LIFE_READ);
        expected.put("POST /life/publications/{id}/correct", LIFE_PUBLISH);
        expected.put("GET /life/compliance", LIFE_COMPLIANCE);
        expected.put("GET /life/compliance/{id}", LIFE_COMPLIANCE);
        expected.put("GET /life/compliance/rules", LIFE_ADMIN);
        expected.put("POST /life/compliance/rules", LIFE_ADMIN);
        expected.put("GET /life/figures", LIFE_COMPLIANCE);
        expected.put("GET /life/mine", LIFE_READ);
        expected.put("GET /api/v1/life/meetings", LIFE_READ);
        expected.put("POST /api/v1/life/meetings", LIFE_MEETING);
        expected.put("GET /api/v1/life/meetings/{id}", LIFE_READ);
        for (String step : List.of("hold", "cancel", "resolutions")) {
            expected.put("POST /api/v1/life/meetings/{id}/" + step, LIFE_MEETING);
        }
        expected.put("POST /api/v1/life/meetings/{id}/publish", LIFE_PUBLISH);
        expected.put("GET /api/v1/life/publications", LIFE_READ);
        expected.put("GET /api/v1/life/compliance", LIFE_COMPLIANCE);

        integrityExpectations();

        String ownBranch = id("select o.id from party_organization o join court c on c.id = o.court_id"
                + " where o.name = '民事审判第一庭党支部' and c.name = '北京市西城区人民法院'");
        String foreignBranch = id("select o.id from party_organization o join court c on c.id = o.court_id"
                + " where o.name = '刑事审判庭党支部' and c.name = '北京市西城区人民法院'");
        ownIds.put("/organizations/{id}", ownBranch);
        foreignIds.put("/organizations/{id}", foreignBranch);
        ownIds.put("/members/{id}", id("select max(id) from member where organization_id = " + ownBranch));
        foreignIds.put("/members/{id}", id("select max(id) from member where organization_id = " + foreignBranch));
        ownIds.put("/api/v1/organizations/{id}", ownBranch);
        foreignIds.put("/api/v1/organizations/{id}", foreignBranch);
        ownIds.put("/api/v1/members/{id}", ownIds.get("/members/{id}"));
        foreignIds.put("/api/v1/members/{id}", foreignIds.get("/members/{id}"));
        String ownDemand = id("select max(id) from demand where branch_id = " + ownBranch);
        String foreignDemand = id("select max(d.id) from demand d join party_organization o on o.id = d.branch_id"
                + " where o.court_id = (select court_id from party_organization where id = " + ownBranch + ")"
                + " and d.branch_id <> " + ownBranch);
        ownIds.put("/demands/{id}", ownDemand);
        foreignIds.put("/demands/{id}", foreignDemand);
        ownIds.put("{attachmentId}", attachmentOf(ownDemand));
        foreignIds.put("{attachmentId}", attachmentOf(foreignDemand));
        ownIds.put("/api/v1/demands/{id}", ownDemand);
        foreignIds.put("/api/v1/demands/{id}", foreignDemand);
        studyExpectations(ownBranch, foreignBranch);
        String ownMeeting = id("select max(m.id) from meeting m join meeting_host h on h.meeting = m.id where h.organization_id = " + ownBranch);
        String foreignMeeting = id("select max(m.id) from meeting m join meeting_host h on h.meeting = m.id where h.organization_id = " + foreignBranch);
        ownIds.put("/life/meetings/{id}", ownMeeting);
        foreignIds.put("/life/meetings/{id}", foreignMeeting);
        ownIds.put("/api/v1/life/meetings/{id}", ownMeeting);
        foreignIds.put("/api/v1/life/meetings/{id}", foreignMeeting);
        ownIds.put("{fileId}", meetingFileOf(ownMeeting));
        foreignIds.put("{fileId}", meetingFileOf(foreignMeeting));
        ownIds.put("/life/publications/{id}", id("select max(p.id) from publication p join meeting_host h on h.meeting = p.meeting_id"
                + " where h.organization_id = " + ownBranch));
        foreignIds.put("/life/publications/{id}", id("select max(p.id) from publication p where p.court_id <> (select court_id"
                + " from party_organization where id = " + ownBranch + ")"));
        ownIds.put("/life/compliance/{id}", ownBranch);
        foreignIds.put("/life/compliance/{id}", foreignBranch);
        cobuildingExpectations(ownBranch, foreignBranch);
        liaisonExpectations(ownBranch, foreignBranch);
        honourExpectations();
        ownIds.put("/admin/tokens/{id}", "-1");
        ownIds.put("/admin/users/{id}", "-1");
        foreignIds.put("/admin/tokens/{id}", "-1");
        supervisionExpectations(ownBranch, foreignBranch);
    }

    /** The supervision and archive endpoints, and records of the secretary's branch and of another branch or court. */
    private void supervisionExpectations(String ownBranch, String foreignBranch) {
        expected.put("GET /supervision/feedback", SUPERVISION_READ);
        expected.put("GET /supervision/feedback/new", SUPERVISION_RECORD);
        expected.put("POST /supervision/feedback", SUPERVISION_RECORD);
        expected.put("GET /supervision/feedback/{id}", SUPERVISION_READ);
        expected.put("POST /supervision/feedback/{id}/verify", SUPERVISION_VERIFY);
        expected.put("GET /supervision/reports", SUPERVISION_REPORT);
        expected.put("GET /supervision/reports/{id}", SUPERVISION_REPORT);
        expected.put("GET /supervision/reports/{id}/export", SUPERVISION_REPORT);
        expected.put("POST /api/v1/supervision/feedback", SUPERVISION_RECORD);
        expected.put("POST /api/v1/supervision/feedback/batch", SUPERVISION_RECORD);
        expected.put("GET /api/v1/supervision/feedback", SUPERVISION_READ);
        expected.put("GET /api/v1/supervision/feedback/{id}", SUPERVISION_READ);
        expected.put("POST /api/v1/supervision/feedback/{id}/verify", SUPERVISION_VERIFY);
        expected.put("GET /archive", ARCHIVE_READ);
        expected.put("GET /archive/mine", ARCHIVE_READ);
        expected.put("GET /archive/members/{memberId}", ARCHIVE_READ);
        expected.put("GET /archive/entries/new", ARCHIVE_RECORD);
        expected.put("POST /archive/entries", ARCHIVE_RECORD);
        expected.put("POST /archive/entries/{id}/confirm", ARCHIVE_RECORD);
        expected.put("GET /archive/entries/{id}/evidence", ARCHIVE_READ);
        expected.put("GET /api/v1/archive/members/{memberId}", ARCHIVE_READ);
        expected.put("POST /api/v1/archive/entries", ARCHIVE_RECORD);
        expected.put("POST /api/v1/archive/entries/{id}/confirm", ARCHIVE_RECORD);
        String founded = "select max(f.id) from feedback f where f.state = 'FOUNDED' and f.organization_path like"
                + " (select path from party_organization where id = %s) || '%%'";
        ownIds.put("/supervision/feedback/{id}", id(founded.formatted(ownBranch)));
        foreignIds.put("/supervision/feedback/{id}", id(founded.formatted(foreignBranch)));
        ownIds.put("/api/v1/supervision/feedback/{id}", ownIds.get("/supervision/feedback/{id}"));
        foreignIds.put("/api/v1/supervision/feedback/{id}", foreignIds.get("/supervision/feedback/{id}"));
        ownIds.put("/supervision/reports/{id}", id("select max(id) from weekly_feedback_report where court_id ="
                + " (select court_id from party_organization where id = " + ownBranch + ")"));
        foreignIds.put("/supervision/reports/{id}", reportOfAnotherCourt(ownBranch));
        ownIds.put("/archive/entries/{id}", archiveEntryWithFile(ownBranch));
        foreignIds.put("/archive/entries/{id}", archiveEntryWithFile(foreignBranch));
    }

    /** A weekly report of a court other than the branch's, stored once for these tests. */
    private String reportOfAnotherCourt(String branch) {
        String where = " from weekly_feedback_report where generated_by = 'matrix'";
        if (jdbc.sql("select count(*)" + where).query(Long.class).single() == 0) {
            jdbc.sql("""
                    insert into weekly_feedback_report (court_id, week_start, week_end, generated_at, generated_by)
                    select min(id), date '2020-01-06', date '2020-01-12', current_timestamp, 'matrix' from court
                    where id <> (select court_id from party_organization where id = :o)""")
                    .param("o", Long.parseLong(branch)).update();
        }
        return id("select max(id)" + where);
    }

    /** A confirmed entry with an evidence file for a member directly in the branch, stored once for these tests. */
    private String archiveEntryWithFile(String branch) {
        String where = " from archive_entry where created_by = 'matrix' and member_id = (select max(id) from member"
                + " where organization_id = " + branch + ")";
        if (jdbc.sql("select count(*)" + where).query(Long.class).single() == 0) {
            jdbc.sql("""
                    insert into archive_entry (court_id, member_id, organization_path, kind, source, state, occurred_on, summary,
                        evidence_file_name, evidence_content_type, evidence_content, created_by, created_at, verified_by, verified_at)
                    select m.court_id, m.id, o.path, 'MERIT', 'COMMENDATION', 'CONFIRMED', current_date, 'matrix',
                           'matrix.png', 'image/png', :content, 'matrix', current_timestamp, 'discipline', current_timestamp
                    from member m join party_organization o on o.id = m.organization_id
                    where m.id = (select max(id) from member where organization_id = :o)""")
                    .param("content", new byte[]{(byte) 0x89, 'P', 'N', 'G'}).param("o", Long.parseLong(branch)).update();
        }
        return id("select max(id)" + where);
    }

    /** The study endpoints, and records of the secretary's branch and of another branch to reach or miss. */
    private void studyExpectations(String ownBranch, String foreignBranch) {
        Set<Permission> recordOrExport = Set.of(STUDY_RECORD, STUDY_EXPORT);
        for (String read : List.of("GET /study", "GET /study/sessions/{id}", "GET /study/inspections", "GET /study/inspections/{id}",
                "GET /study/classes", "GET /study/classes/{id}", "GET /study/groups", "GET /study/groups/{id}",
                "GET /study/members/{memberId}/training", "GET /study/mine", "GET /api/v1/study/sessions",
                "GET /api/v1/study/sessions/{id}", "GET /api/v1/study/members/{memberId}/training")) {
            expected.put(read, STUDY_READ);
        }
        for (String record : List.of("GET /study/sessions/new", "POST /study/sessions", "POST /study/sessions/{id}/hold",
                "POST /study/sessions/{id}/cancel", "POST /study/inspections/{id}/follow-up", "POST /api/v1/study/sessions",
                "POST /api/v1/study/sessions/{id}/hold")) {
            expected.put(record, STUDY_RECORD);
        }
        for (String inspect : List.of("GET /study/inspections/new", "POST /study/inspections", "POST /study/inspections/{id}/result",
                "POST /study/inspections/{id}/close")) {
            expected.put(inspect, STUDY_INSPECT);
        }
        for (String training : List.of("POST /study/classes", "POST /study/classes/{id}/enrol", "POST /study/classes/{id}/complete",
                "POST /study/groups", "POST /study/series", "POST /study/groups/{id}/members",
                "POST /study/members/{memberId}/training", "POST /api/v1/study/members/{memberId}/training")) {
            expected.put(training, STUDY_TRAINING);
        }
        expected.put("GET /study/hours", recordOrExport);
        expected.put("GET /api/v1/study/hours", recordOrExport);
        expected.put("GET /study/register.xlsx", STUDY_EXPORT);
        ownIds.put("/study/sessions/{id}", id("select max(id) from study_session where organization_id = " + ownBranch));
        foreignIds.put("/study/sessions/{id}", id("select max(id) from study_session where organization_id = " + foreignBranch));
        ownIds.put("/study/inspections/{id}", inspectionOf(ownBranch));
        foreignIds.put("/study/inspections/{id}", inspectionOf(foreignBranch));
        ownIds.put("/api/v1/study/sessions/{id}", ownIds.get("/study/sessions/{id}"));
        foreignIds.put("/api/v1/study/sessions/{id}", foreignIds.get("/study/sessions/{id}"));
        ownIds.put("/study/classes/{id}", studyRecord("training_class", ownBranch,
                "insert into training_class (court_id, organization_id, organization_path, name, starts_on, ends_on, hours, created_at)"
                + " select court_id, id, path, :name, current_date, current_date, 8, current_timestamp from party_organization where id = :o"));
        foreignIds.put("/study/classes/{id}", studyRecord("training_class", foreignBranch,
                "insert into training_class (court_id, organization_id, organization_path, name, starts_on, ends_on, hours, created_at)"
                + " select court_id, id, path, :name, current_date, current_date, 8, current_timestamp from party_organization where id = :o"));
        ownIds.put("/study/groups/{id}", studyRecord("youth_study_group", ownBranch,
                "insert into youth_study_group (court_id, organization_id, organization_path, name, formed_on)"
                + " select court_id, id, path, :name, current_date from party_organization where id = :o"));
        foreignIds.put("/study/groups/{id}", studyRecord("youth_study_group", foreignBranch,
                "insert into youth_study_group (court_id, organization_id, organization_path, name, formed_on)"
                + " select court_id, id, path, :name, current_date from party_organization where id = :o"));
    }

    /** The co-building endpoints, and agreements and activities of the secretary's branch and of another branch. */
    private void cobuildingExpectations(String ownBranch, String foreignBranch) {
        for (String read : List.of("GET /cobuilding/partners", "GET /cobuilding/agreements", "GET /cobuilding/agreements/{id}",
                "GET /cobuilding/agreements/{id}/document", "GET /cobuilding/activities", "GET /cobuilding/activities/{id}",
                "GET /cobuilding/activities/{id}/photos/{photoId}", "GET /cobuilding/activities.xlsx",
                "GET /api/v1/cobuilding/partners", "GET /api/v1/cobuilding/agreements", "GET /api/v1/cobuilding/agreements/{id}",
                "GET /api/v1/cobuilding/activities")) {
            expected.put(read, COBUILDING_READ);
        }
        for (String record : List.of("POST /cobuilding/partners", "GET /cobuilding/agreements/new", "POST /cobuilding/agreements",
                "POST /cobuilding/agreements/{id}/sign", "POST /cobuilding/agreements/{id}/terminate", "GET /cobuilding/activities/new",
                "POST /cobuilding/activities", "POST /api/v1/cobuilding/partners", "POST /api/v1/cobuilding/agreements",
                "POST /api/v1/cobuilding/agreements/{id}/sign", "POST /api/v1/cobuilding/agreements/{id}/terminate",
                "POST /api/v1/cobuilding/activities")) {
            expected.put(record, COBUILDING_RECORD);
        }
        for (String figures : List.of("GET /cobuilding", "GET /cobuilding/scorecard.xlsx", "GET /cobuilding/reports/{id}",
                "GET /api/v1/cobuilding/figures")) {
            expected.put(figures, COBUILDING_FIGURES);
        }
        expected.put("POST /cobuilding/reports", COBUILDING_ADMIN);
        String agreementOf = "select max(a.agreement) from cobuilding_agreement_branch a join cobuilding_agreement g on g.id = a.agreement"
                + " where g.document_name is not null and a.organization_id = ";
        String activityOf = "select max(a.activity) from cobuilding_activity_branch a where a.organization_id = ";
        for (String path : List.of("/cobuilding/agreements/{id}", "/api/v1/cobuilding/agreements/{id}")) {
            ownIds.put(path, id(agreementOf + ownBranch));
            foreignIds.put(path, id(agreementOf + foreignBranch + " and a.agreement not in (" + agreementOf + ownBranch + ")"));
        }
        ownIds.put("/cobuilding/activities/{id}", id(activityOf + ownBranch));
        foreignIds.put("/cobuilding/activities/{id}", id(activityOf + foreignBranch));
        ownIds.put("{photoId}", activityPhotoOf(ownIds.get("/cobuilding/activities/{id}")));
        foreignIds.put("{photoId}", activityPhotoOf(foreignIds.get("/cobuilding/activities/{id}")));
    }

    /** A photo of the activity, stored once for these tests. */
    private String activityPhotoOf(String activity) {
        String where = " from cobuilding_activity_photo where activity_id = " + activity + " and file_name = 'matrix.png'";
        if (jdbc.sql("select count(*)" + where).query(Long.class).single() == 0) {
            jdbc.sql("""
                            insert into cobuilding_activity_photo (activity_id, court_id, file_name, content_type, size_bytes, content,
                                                                   uploaded_by, uploaded_at)
                            select id, court_id, 'matrix.png', 'image/png', 4, :content, 'office', recorded_at from cobuilding_activity
                            where id = :activity""")
                    .param("content", new byte[]{(byte) 0x89, 'P', 'N', 'G'}).param("activity", Long.parseLong(activity)).update();
        }
        return id("select min(id)" + where);
    }

    /** The integrity endpoints: members record and file their own; only the discipline office reads records. */
    private void integrityExpectations() {
        for (String commit : List.of("GET /integrity", "POST /integrity/commitment", "GET /integrity/commitment/document",
                "POST /integrity/zero-reports", "GET /integrity/records/new", "POST /integrity/records",
                "POST /api/v1/integrity/records", "POST /api/v1/integrity/zero-reports")) {
            expected.put(commit, INTEGRITY_COMMIT);
        }
        for (String records : List.of("GET /integrity/records", "GET /integrity/records/{id}", "GET /integrity/verification",
                "GET /api/v1/integrity/records", "GET /api/v1/integrity/verification")) {
            expected.put(records, INTEGRITY_RECORDS);
        }
        for (String campaign : List.of("GET /integrity/commitments", "POST /integrity/campaigns",
                "GET /integrity/commitments/{id}/document", "GET /integrity/zero-reports", "POST /integrity/zero-reports/reminders",
                "GET /api/v1/integrity/commitments", "POST /api/v1/integrity/campaigns", "GET /api/v1/integrity/zero-reports")) {
            expected.put(campaign, INTEGRITY_CAMPAIGN);
        }
        expected.put("GET /integrity/figures", INTEGRITY_FIGURES);
        expected.put("GET /api/v1/integrity/figures", INTEGRITY_FIGURES);
    }

    /** The liaison endpoints, and a visit and a suggestion of a judge of the secretary's branch and of another branch. */
    private void liaisonExpectations(String ownBranch, String foreignBranch) {
        for (String read : List.of("GET /liaison", "GET /liaison/visits/{id}", "GET /liaison/suggestions/{id}",
                "GET /api/v1/liaison/units", "GET /api/v1/liaison/liaisons", "GET /api/v1/liaison/visits",
                "GET /api/v1/liaison/suggestions", "GET /api/v1/liaison/suggestions/{id}")) {
            expected.put(read, LIAISON_READ);
        }
        for (String record : List.of("POST /liaison/visits", "POST /liaison/visits/{id}/follow-ups", "POST /liaison/suggestions",
                "POST /liaison/suggestions/{id}/reply", "POST /liaison/suggestions/{id}/decision", "POST /liaison/resolutions",
                "POST /api/v1/liaison/visits", "POST /api/v1/liaison/suggestions", "POST /api/v1/liaison/suggestions/{id}/reply",
                "POST /api/v1/liaison/suggestions/{id}/decision", "POST /api/v1/liaison/resolutions")) {
            expected.put(record, LIAISON_RECORD);
        }
        for (String manage : List.of("GET /liaison/units", "POST /liaison/units", "GET /liaison/units/{id}",
                "POST /liaison/units/{id}/liaisons", "POST /liaison/liaisons/{id}/end", "POST /api/v1/liaison/units",
                "POST /api/v1/liaison/units/{id}/liaisons")) {
            expected.put(manage, LIAISON_MANAGE);
        }
        for (String figures : List.of("GET /liaison/overview", "GET /liaison/suggestions.xlsx", "GET /api/v1/liaison/figures")) {
            expected.put(figures, LIAISON_FIGURES);
        }
        ownIds.put("/liaison/visits/{id}", liaisonRecordOf(ownBranch, "liaison_visit"));
        foreignIds.put("/liaison/visits/{id}", liaisonRecordOf(foreignBranch, "liaison_visit"));
        ownIds.put("/liaison/suggestions/{id}", liaisonRecordOf(ownBranch, "judicial_suggestion"));
        foreignIds.put("/liaison/suggestions/{id}", liaisonRecordOf(foreignBranch, "judicial_suggestion"));
        ownIds.put("/api/v1/liaison/suggestions/{id}", ownIds.get("/liaison/suggestions/{id}"));
        foreignIds.put("/api/v1/liaison/suggestions/{id}", foreignIds.get("/liaison/suggestions/{id}"));
    }

    /** A visit or suggestion of a judge of the branch, stored once for these tests if the demo has none. */
    private String liaisonRecordOf(String branch, String table) {
        String path = jdbc.sql("select path from party_organization where id = :o").param("o", Long.parseLong(branch))
                .query(String.class).single();
        String where = " from " + table + " where judge_path like '" + path + "%'";
        if (jdbc.sql("select count(*)" + where).query(Long.class).single() == 0) {
            long court = jdbc.sql("select court_id from party_organization where id = :o").param("o", Long.parseLong(branch))
                    .query(Long.class).single();
            long judge = jdbc.sql("select min(id) from member where organization_id = :o").param("o", Long.parseLong(branch))
                    .query(Long.class).single();
            long unit = jdbc.sql("select min(id) from liaison_unit where court_id = :c").param("c", court).query(Long.class).single();
            jdbc.sql("insert into liaison (court_id, unit_id, judge_member_id, judge_path, starts_on, assigned_by, assigned_at)"
                    + " values (:c, :u, :j, :p, current_date, 'matrix', current_timestamp)")
                    .param("c", court).param("u", unit).param("j", judge).param("p", path).update();
            long liaison = jdbc.sql("select max(id) from liaison where assigned_by = 'matrix' and judge_member_id = :j")
                    .param("j", judge).query(Long.class).single();
            String insert = table.equals("liaison_visit")
                    ? "insert into liaison_visit (court_id, liaison_id, unit_id, judge_member_id, judge_path, visited_on, topics,"
                      + " recorded_by, recorded_at) values (:c, :l, :u, :j, :p, current_date, 'matrix', 'matrix', current_timestamp)"
                    : "insert into judicial_suggestion (court_id, liaison_id, unit_id, judge_member_id, judge_path, subject, issued_on,"
                      + " reply_due, state, recorded_by, updated_at) values (:c, :l, :u, :j, :p, 'matrix', current_date, current_date,"
                      + " 'ISSUED', 'matrix', current_timestamp)";
            jdbc.sql(insert).param("c", court).param("l", liaison).param("u", unit).param("j", judge).param("p", path).update();
        }
        return id("select max(id)" + where);
    }

    /** The honour and volunteering endpoints. */
    private void honourExpectations() {
        Set<Permission> figuresOrRecord = Set.of(HONOUR_FIGURES, HONOUR_RECORD);
        for (String read : List.of("GET /honours", "GET /honours.xlsx", "GET /honours/volunteers", "GET /honours/volunteers/{id}",
                "GET /honours/posts", "GET /api/v1/honours/figures")) {
            expected.put(read, figuresOrRecord);
        }
        for (String record : List.of("POST /honours", "POST /honours/volunteers", "POST /honours/volunteers/{id}/members",
                "POST /honours/volunteers/{id}/services", "POST /honours/posts", "POST /api/v1/honours",
                "POST /api/v1/honours/volunteer-teams/{id}/services")) {
            expected.put(record, HONOUR_RECORD);
        }
        for (String own : List.of("GET /honours/mine", "GET /api/v1/honours", "GET /api/v1/honours/volunteer-hours",
                "GET /api/v1/honours/posts")) {
            expected.put(own, HONOUR_READ);
        }
    }

    /** An inspection of the branch, stored once for these tests. */
    private String inspectionOf(String branch) {
        String where = " from study_inspection where recorded_by = 'matrix' and organization_id = " + branch;
        if (jdbc.sql("select count(*)" + where).query(Long.class).single() == 0) {
            jdbc.sql("""
                    insert into study_inspection (court_id, organization_id, organization_path, method, state, inspector_member_id,
                                                  planned_on, recorded_by, updated_at)
                    select o.court_id, o.id, o.path, 'SPOT_CHECK', 'PLANNED', (select min(m.id) from member m where m.court_id = o.court_id),
                           current_date, 'matrix', current_timestamp from party_organization o where o.id = :o""")
                    .param("o", Long.parseLong(branch)).update();
        }
        return id("select max(id)" + where);
    }

    /** A class or group of the branch, stored once for these tests. */
    private String studyRecord(String table, String branch, String insert) {
        String name = "matrix-" + branch;
        String where = " from " + table + " where name = '" + name + "'";
        if (jdbc.sql("select count(*)" + where).query(Long.class).single() == 0) {
            jdbc.sql(insert).param("name", name).param("o", Long.parseLong(branch)).update();
        }
        return id("select max(id)" + where);
    }

    /** A file of the demand, stored once for these tests: a download of it must reach or miss exactly as the demand does. */
    private String attachmentOf(String demand) {
        String where = " from demand_attachment where demand_id = " + demand + " and file_name = 'matrix.png'";
        if (jdbc.sql("select count(*)" + where).query(Long.class).single() == 0) {
            jdbc.sql("""
                            insert into demand_attachment (demand_id, court_id, file_name, content_type, size_bytes, content,
                                                           uploaded_by, uploaded_at)
                            select id, court_id, 'matrix.png', 'image/png', 4, :content, 'office', submitted_at from demand
                            where id = :demand""")
                    .param("content", new byte[]{(byte) 0x89, 'P', 'N', 'G'}).param("demand", Long.parseLong(demand)).update();
        }
        return id("select min(id)" + where);
    }

    /** A photo of the meeting, stored once for these tests. */
    private String meetingFileOf(String meeting) {
        String where = " from meeting_file where meeting_id = " + meeting + " and file_name = 'matrix.png'";
        if (jdbc.sql("select count(*)" + where).query(Long.class).single() == 0) {
            jdbc.sql("""
                            insert into meeting_file (meeting_id, court_id, file_name, content_type, size_bytes, content,
                                                      uploaded_by, uploaded_at)
                            select id, court_id, 'matrix.png', 'image/png', 4, :content, 'office', starts_at from meeting
                            where id = :meeting""")
                    .param("content", new byte[]{(byte) 0x89, 'P', 'N', 'G'}).param("meeting", Long.parseLong(meeting)).update();
        }
        return id("select min(id)" + where);
    }

    private String id(String sql) {
        return Long.toString(jdbc.sql(sql).query(Long.class).single());
    }

    @Test
    void everyEndpointIsListedWithThePermissionItNeeds() {
        assertThat(endpoints()).as("endpoints without an authorization expectation")
                .allSatisfy(endpoint -> assertThat(expected).containsKey(endpoint));
        assertThat(expected.keySet()).as("expectations for endpoints that no longer exist").allSatisfy(endpoint ->
                assertThat(endpoints()).contains(endpoint));
    }

    @Test
    void everyRoleReachesExactlyWhatItsPermissionsAllow() throws Exception {
        List<String> violations = new ArrayList<>();
        for (String endpoint : endpoints()) {
            Object needed = expected.get(endpoint);
            if (needed == PUBLIC || endpoint.equals("GET /error")) {
                continue;
            }
            MvcResult anonymous = mvc.perform(build(endpoint, ownIds)).andReturn();
            if (!deniedToAnonymous(endpoint, anonymous)) {
                violations.add("anonymous reached " + endpoint + " (" + anonymous.getResponse().getStatus() + ")");
            }
            for (Role role : Role.values()) {
                String username = demoAccount(role);
                int status = mvc.perform(build(endpoint, ownIds).with(as(accounts, username))).andReturn()
                        .getResponse().getStatus();
                boolean allowed = needed == SIGNED_IN || grants(role, needed);
                if (allowed && (status == 401 || status == 403 || status >= 500)) {
                    violations.add(role + " refused " + endpoint + " (" + status + ")");
                }
                if (!allowed && status != 403) {
                    violations.add(role + " reached " + endpoint + " (" + status + ")");
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void aBranchSecretaryReachesNoRecordOfAnotherBranch() throws Exception {
        List<String> violations = new ArrayList<>();
        for (String endpoint : endpoints()) {
            Object needed = expected.get(endpoint);
            boolean secretaryMay = needed == SIGNED_IN || (needed != PUBLIC && grants(Role.BRANCH_SECRETARY, needed));
            if (!secretaryMay || !endpoint.contains("{")) {
                continue;
            }
            int foreign = mvc.perform(build(endpoint, foreignIds).with(as(accounts, "secretary"))).andReturn()
                    .getResponse().getStatus();
            int own = mvc.perform(build(endpoint, ownIds).with(as(accounts, "secretary"))).andReturn()
                    .getResponse().getStatus();
            if (foreign != 404) {
                violations.add("secretary got " + foreign + " for another branch at " + endpoint);
            }
            if (own == 404 || own == 403) {
                violations.add("secretary got " + own + " for their own branch at " + endpoint);
            }
        }
        assertThat(violations).isEmpty();
    }

    /** A single permission, or a set of which any one suffices. */
    private static boolean grants(Role role, Object needed) {
        if (needed instanceof Set<?> anyOf) {
            return anyOf.stream().anyMatch(p -> role.has((Permission) p));
        }
        return role.has((Permission) needed);
    }

    private static boolean deniedToAnonymous(String endpoint, MvcResult result) {
        int status = result.getResponse().getStatus();
        if (endpoint.contains(" /api/")) {
            return status == 401;
        }
        String location = result.getResponse().getRedirectedUrl();
        return status == 302 && location != null && (location.endsWith("/login") || location.endsWith("/login?expired"));
    }

    private AbstractMockHttpServletRequestBuilder<?> build(String endpoint, Map<String, String> ids) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        for (Map.Entry<String, String> id : ids.entrySet()) {
            String prefix = id.getKey();
            if (path.startsWith(prefix)) {
                path = id.getValue() == null ? path : path.replace("{id}", id.getValue());
            }
        }
        path = path.replace("{memberId}", ids.get("/members/{id}")).replace("{attachmentId}", ids.get("{attachmentId}"))
                .replace("{fileId}", ids.get("{fileId}"))
                .replace("{id}", "-1").replace("{code}", "NOSUCHCODE");
        path = path.replace("{photoId}", ids.getOrDefault("{photoId}", "-1"));
        if (method.equals("POST") && path.matches("/api/v1/cobuilding/agreements/-?\\d+/sign")) {
            return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(path).param("version", "-1");
        }
        if (method.equals("POST") && path.equals("/roster/import")) {
            return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(path).with(csrf());
        }
        MockHttpServletRequestBuilder request = request(org.springframework.http.HttpMethod.valueOf(method), path);
        if (method.equals("GET")) {
            return request;
        }
        if (path.startsWith("/api/v1/demands")) {
            String body = path.endsWith("/batch") ? "[]" : "{\"version\": -1}";
            return request.param("court", "-1").contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(body);
        }
        if (path.startsWith("/api/")) {
            return request.contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(jsonBody(path));
        }
        if (path.startsWith("/demands/")) {
            return request.with(csrf()).param("version", "-1")
                    .contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED);
        }
        return request.with(csrf()).contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED);
    }

    /**
     * An empty object, except for a member update: there a body that passes validation, for the
     * member in the path, with a version that never matches, so nothing can change.
     */
    private String jsonBody(String path) {
        if (!path.matches("/api/v1/members/-?\\d+")) {
            return "{}";
        }
        long memberId = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        return jdbc.sql("select id_card_no, cast(joined_party_on as varchar(10)) from member where id = :id")
                .param("id", memberId)
                .query((rs, n) -> """
                        {"name": "不应保存", "gender": "MALE", "idCardNo": "%s", "position": "JUDGE",
                         "joinedPartyOn": "%s", "status": "FULL", "version": -1}""".formatted(rs.getString(1), rs.getString(2)))
                .optional().orElse("{}");
    }

    private static String demoAccount(Role role) {
        return switch (role) {
            case PLATFORM_ADMIN -> "admin";
            case PARTY_OFFICE -> "office";
            case COURT_LEADER -> "leader";
            case BRANCH_SECRETARY -> "secretary";
            case CELL_LEADER -> "cellleader";
            case MEMBER -> "member";
            case DISCIPLINE_OFFICER -> "discipline";
            case PARTNER_LIAISON -> "partner";
        };
    }

    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/v3/api-docs") || pattern.startsWith("/swagger-ui")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? EnumSet.of(RequestMethod.GET) : methods) {
                    endpoints.add(method + " " + pattern);
                }
            }
        }
        return endpoints;
    }
}
