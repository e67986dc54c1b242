package court.tianping.cobuilding.demo;

import court.tianping.cobuilding.CobuildingActivityType;
import court.tianping.cobuilding.PartnerType;

import java.util.List;
import java.util.Map;

/** Partners, agreements and activity topics of the demo court, after the practices the source articles describe. */
final class CobuildingDemoData {

    private CobuildingDemoData() {
    }

    record PartnerSeed(String name, PartnerType type, String partyOrganisation, String street) {
    }

    /**
     * Partners other than the street working committees, with the branches each co-builds with (by department);
     * none named: every branch not yet co-building but the mobile one.
     */
    record Network(PartnerSeed partner, List<String> departments, String title, String content) {
    }

    static final List<Network> NETWORKS = List.of(
            new Network(new PartnerSeed("中国政法大学", PartnerType.UNIVERSITY, "中国政法大学教务处党支部", null),
                    List.of("政治处"), "政治处党支部与中国政法大学教务处党支部共建协议",
                    "法官进课堂讲授鲜活案例；学生到院实习，编入审判团队并确定带教老师；联合开展法学教育与法治人才培养。"),
            new Network(new PartnerSeed("中国工商银行北京分行", PartnerType.BANK, "中国工商银行北京分行机关党委", "金融街街道"),
                    List.of("金融审判庭", "金融街人民法庭"), "金融审判党支部与工商银行北京分行党建共建协议",
                    "相互通报涉诉金融领域新情况；针对常见多发金融案件形成类型化案件要素式审判标准；指导金融机构规范诉讼行为。"),
            new Network(new PartnerSeed("北京大学人民医院", PartnerType.HOSPITAL, "北京大学人民医院党委", "展览路街道"),
                    List.of("民事审判第四庭"), "民事审判第四庭党支部与北京大学人民医院党委共建协议",
                    "共同防范和化解医患矛盾：诉前调解、司法建议、联合调研，法官为医务人员开展医疗纠纷法律讲座。"),
            new Network(new PartnerSeed("西城区妇联", PartnerType.OTHER, "北京市西城区妇女联合会党支部", "德胜街道"),
                    List.of("家事少年审判庭"), "“多方联手 让爱回家”开放式党建项目共建协议",
                    "妇联、社区党员共同参与家事纠纷调解，为家暴受害者提供心理疏导，联合入户回访。"),
            new Network(new PartnerSeed("京东公司", PartnerType.COMPANY, "京东集团北京党委", null),
                    List.of(), "互联网领域诉源治理党建共建协议",
                    "针对电子商务、网络消费纠纷高发领域，联合开展普法宣传与诉前调解，共同提升对应案件的审判质效。"));

    /** An agreement that ended early, and one still being drafted. */
    static final PartnerSeed ENDED = new PartnerSeed("高德集团", PartnerType.COMPANY, "高德集团党委", null);
    static final PartnerSeed DRAFTING = new PartnerSeed("北京市老龄委", PartnerType.OTHER, "北京市老龄工作委员会办公室党支部", null);
    static final List<PartnerSeed> COMMUNITIES = List.of(
            new PartnerSeed("义达里社区党委", PartnerType.COMMUNITY_COMMITTEE, "中共新街口街道义达里社区委员会", "新街口街道"),
            new PartnerSeed("新街口西里三区社区党委", PartnerType.COMMUNITY_COMMITTEE, "中共新街口街道西里三区社区委员会", "新街口街道"));

    static final Map<CobuildingActivityType, List<String>> TOPICS = Map.of(
            CobuildingActivityType.JOINT_THEMED_DAY, List.of("“我为群众办实事”联合主题党日", "重温入党誓词联合主题党日",
                    "“一镇街一支部”共建主题党日", "红色教育基地联合参观"),
            CobuildingActivityType.LEGAL_LECTURE, List.of("防范养老诈骗法治讲座", "维护消费者权益法治讲座", "物业纠纷法律知识讲座",
                    "婚姻家事纠纷普法讲座", "劳动争议纠纷普法讲座", "“诉源治理直通车”普法讲堂"),
            CobuildingActivityType.MEDIATION, List.of("相邻关系纠纷联合调解", "房屋漏水纠纷社区“微法庭”调解", "物业服务纠纷诉前调解",
                    "家事纠纷联合调解"),
            CobuildingActivityType.VISIT, List.of("走访社区了解司法需求", "参加镇街法律论证会", "走访企业了解涉诉风险"),
            CobuildingActivityType.CONSULTATION, List.of("社区法律咨询日", "街巷长法律顾问坐班咨询", "“群众需要法官来到”法律咨询"));

    static final List<String> CONTACTS = List.of("王建国", "李秀英", "张志强", "刘海燕", "陈卫东", "杨丽华", "赵国庆", "黄晓梅",
            "周振华", "吴桂兰", "徐明", "孙丽");
}
