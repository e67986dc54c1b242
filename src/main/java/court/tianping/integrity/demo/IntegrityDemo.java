package court.tianping.integrity.demo;

import court.tianping.integrity.InterferenceType;
import court.tianping.integrity.application.IntegrityPeople;
import court.tianping.integrity.application.IntegrityPeople.BranchMembers;
import court.tianping.integrity.domain.ChainHead;
import court.tianping.integrity.domain.InterferenceRecord;
import court.tianping.integrity.domain.InterferenceRecord.Entry;
import court.tianping.integrity.domain.RecordContent;
import court.tianping.integrity.domain.Signer;
import court.tianping.organization.DemoCityGenerated;
import court.tianping.organization.OrganizationDirectory.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The demo court's integrity year, as article 003 describes it: every member signs the 党风廉政承诺书 at the start
 * of the year (a few have not yet), a handful of 三个规定 records over the year in one hash chain, and the zero
 * reports of the months gone by, the last month still missing for some. Written in batches as history: no events.
 */
@Component
class IntegrityDemo {

    private static final Logger log = LoggerFactory.getLogger(IntegrityDemo.class);
    private static final String ACTOR = "demo";
    private static final byte[] SIGNED_PDF = ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            + "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private record Sample(InterferenceType type, String intervenerName, String intervenerPost, String details, String handling) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample(InterferenceType.INSIDER_INQUIRY, "王某", "本院执行局干警",
                    "电话询问其亲属作为被告的借款合同纠纷案件的开庭时间和可能的判决结果。",
                    "告知其不得过问案件，未透露任何案件信息，已如实登记并报告庭长。"),
            new Sample(InterferenceType.IMPROPER_CONTACT, "李某", "某律师事务所律师",
                    "在法院门口等候承办法官，提出邀请吃饭“沟通案情”。",
                    "当场拒绝，告知其通过书面代理意见依法提出主张，已向纪检监察室报告。"),
            new Sample(InterferenceType.LEADING_CADRE_INTERFERENCE, "赵某", "某街道办事处副主任",
                    "来电要求对辖区企业作为被执行人的案件“暂缓执行、关照一下”。",
                    "告知执行依法进行，不因打招呼改变，已全程记录并报院党组。"),
            new Sample(InterferenceType.INSIDER_INQUIRY, "陈某", "本院退休干部",
                    "到办公室打听其邻居离婚案件的财产分割意见。",
                    "婉拒并说明三个规定要求，未透露合议情况。"),
            new Sample(InterferenceType.IMPROPER_CONTACT, "刘某", "案件当事人亲属",
                    "通过微信添加承办法官助理，发送红包表示“感谢”。",
                    "未领取红包并删除好友，截图留存，已报告纪检监察室。"),
            new Sample(InterferenceType.INSIDER_INQUIRY, "孙某", "外院法官",
                    "询问本院审理的一起物业服务合同纠纷案件的审理进度。",
                    "告知其通过公开渠道查询，未提供案件信息。"));

    private final IntegrityPeople people;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    private final Clock clock;

    IntegrityDemo(IntegrityPeople people, JdbcTemplate template, TransactionTemplate transactions, Clock clock) {
        this.people = people;
        this.template = template;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    void on(DemoCityGenerated event) {
        long started = System.nanoTime();
        transactions.executeWithoutResult(status -> generate(event.mainCourtId()));
        log.info("Demo integrity generated in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    void generate(long court) {
        Random random = new Random(20160801L);
        LocalDate today = LocalDate.now(clock);
        List<Signer> members = new ArrayList<>();
        for (BranchMembers branch : people.roster(court)) {
            for (Person person : branch.members()) {
                members.add(new Signer(person.id(), court, branch.branch().id(), branch.branch().path()));
            }
        }
        if (members.isEmpty()) {
            return;
        }
        commitments(court, members, today, random);
        List<long[]> recorded = records(court, members, today, random);
        zeroReports(court, members, recorded, today, random);
    }

    private void commitments(long court, List<Signer> members, LocalDate today, Random random) {
        LocalDate opened = LocalDate.of(today.getYear(), 1, 5);
        if (opened.isAfter(today)) {
            opened = today;
        }
        template.update("insert into integrity_campaign (court_id, campaign_year, opened_on, opened_by) values (?, ?, ?, ?)",
                court, today.getYear(), opened, ACTOR);
        List<Object[]> rows = new ArrayList<>();
        long days = Math.max(1, Math.min(55, today.toEpochDay() - opened.toEpochDay() + 1));
        for (Signer member : members) {
            if (random.nextInt(100) < 6) {
                continue;
            }
            LocalDate signedOn = opened.plusDays(random.nextLong(days));
            rows.add(new Object[]{court, today.getYear(), member.memberId(), member.branchId(), member.branchPath(), signedOn,
                    "廉洁承诺书-" + member.memberId() + ".pdf", "application/pdf", (long) SIGNED_PDF.length, SIGNED_PDF,
                    ACTOR, Timestamp.valueOf(signedOn.atTime(9, 30))});
        }
        template.batchUpdate("""
                insert into integrity_commitment (court_id, campaign_year, member_id, branch_id, branch_path, signed_on, file_name,
                                                  content_type, size_bytes, content, signed_by, signed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** The year's records in one chain; answers the recorder and month (as epoch month) of each. */
    private List<long[]> records(long court, List<Signer> members, LocalDate today, Random random) {
        ChainHead head = ChainHead.EMPTY;
        List<Object[]> rows = new ArrayList<>();
        List<long[]> recorded = new ArrayList<>();
        int months = today.getMonthValue();
        List<LocalDateTime> times = new ArrayList<>();
        for (int i = 0; i < SAMPLES.size(); i++) {
            LocalDate day = LocalDate.of(today.getYear(), 1 + (i * months) / SAMPLES.size(), 3 + random.nextInt(20));
            times.add(day.isBefore(today) ? day.atTime(10 + random.nextInt(6), random.nextInt(60)) : today.atStartOfDay());
        }
        times.sort(null);
        for (int i = 0; i < SAMPLES.size(); i++) {
            Sample sample = SAMPLES.get(i);
            Signer recorder = members.get(random.nextInt(members.size()));
            LocalDateTime occurred = times.get(i);
            Entry entry = new Entry(sample.type(), "(" + today.getYear() + ")京0102民初" + (1000 + random.nextInt(9000)) + "号",
                    sample.intervenerName(), sample.intervenerPost(), occurred, sample.details(), sample.handling(), null);
            InterferenceRecord record = InterferenceRecord.append(head, recorder, entry, ACTOR, occurred.plusHours(2));
            RecordContent c = record.content();
            rows.add(new Object[]{court, c.seq(), c.kind(), c.caseReference(), c.intervenerName(), c.intervenerPost(),
                    Timestamp.valueOf(c.occurredAt()), c.details(), c.handling(), c.recorderMemberId(), c.branchId(),
                    c.recordedBy(), Timestamp.valueOf(c.recordedAt()), record.previousHash(), record.hash()});
            recorded.add(new long[]{recorder.memberId(), YearMonth.from(c.recordedAt()).getMonthValue()});
            head = record.asHead();
        }
        template.batchUpdate("""
                insert into interference_record (court_id, seq, kind, case_reference, intervener_name, intervener_post, occurred_at,
                                                 details, handling, recorder_member_id, branch_id, recorded_by, recorded_at,
                                                 previous_hash, record_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        template.update("insert into integrity_chain (court_id, last_seq, last_hash) values (?, ?, ?)",
                court, head.lastSeq(), head.lastHash());
        return recorded;
    }

    private void zeroReports(long court, List<Signer> members, List<long[]> recorded, LocalDate today, Random random) {
        Set<String> recordedInMonth = new HashSet<>();
        recorded.forEach(r -> recordedInMonth.add(r[0] + "/" + r[1]));
        YearMonth current = YearMonth.from(today);
        List<Object[]> rows = new ArrayList<>();
        for (int m = 1; m < today.getMonthValue(); m++) {
            YearMonth month = YearMonth.of(today.getYear(), m);
            boolean last = month.plusMonths(1).equals(current);
            for (Signer member : members) {
                if (recordedInMonth.contains(member.memberId() + "/" + m) || random.nextInt(100) < (last ? 12 : 3)) {
                    continue;
                }
                LocalDate filed = month.atEndOfMonth().minusDays(random.nextInt(5));
                rows.add(new Object[]{court, member.memberId(), member.branchId(), month.toString(), ACTOR,
                        Timestamp.valueOf(filed.atTime(8 + random.nextInt(9), random.nextInt(60)))});
            }
        }
        template.batchUpdate("""
                insert into zero_report (court_id, member_id, branch_id, report_month, filed_by, filed_at)
                values (?, ?, ?, ?, ?, ?)""", rows);
    }
}
