package court.tianping.supervision.demo;

import java.util.List;

/** What litigants and callers say, as the demo court's feedback records it. */
final class SupervisionDemoData {

    private SupervisionDemoData() {
    }

    static final List<String> RATING_PRAISE = List.of(
            "立案法官耐心解答诉讼流程，材料一次性告知清楚，非常满意。",
            "法官态度和蔼，帮我核对起诉状，指出了遗漏的证据。",
            "窗口服务规范高效，当天完成立案，点赞。",
            "法官主动建议先行调解，讲解了诉前调解的好处，很贴心。",
            "网上立案遇到问题，法官电话指导，很快就解决了。",
            "工作人员热情周到，帮助老人填写材料。",
            "立案审查细致，告知了诉讼费缓交的办理方法。");
    static final List<String> RATING_SUGGESTION = List.of(
            "排队时间稍长，建议增加高峰时段的窗口。",
            "自助立案机操作说明不够清楚，建议张贴图示。",
            "希望诉讼服务中心增加停车位指引。");
    static final List<String> HOTLINE_PRAISE = List.of(
            "来电表扬承办法官及时回复案件进展，沟通顺畅。",
            "来电感谢法官组织调解，双方握手言和。",
            "来电表扬执行法官多次上门，执行款已全部到位。",
            "来电表扬书记员耐心解释送达程序。");
    static final List<String> COMPLAINTS = List.of(
            "来电反映承办法官多次未接听电话，案件进展无人答复。",
            "反映书记员接待时态度生硬，未一次性告知所需材料。",
            "反映开庭时间临时变更未提前通知，白跑一趟。",
            "反映执行案件长期未见进展，申请人多次询问无果。",
            "网上留言反映法官助理回复不及时。");
    static final List<String> ONLINE_SUGGESTIONS = List.of(
            "微信公众号建议增加案件查询的操作指引。",
            "微博留言建议诉讼服务中心延长周末接待时间。",
            "建议在社区多开展婚姻家事方面的普法讲座。");
    static final List<String> VERIFIED_FOUNDED = List.of(
            "经调取录音、询问当事人和承办人，反映情况属实，已责令整改并向当事人致歉。",
            "经核实，反映情况属实，已对相关人员进行批评教育。",
            "经核查通话记录和接待登记，情况属实，已约谈提醒。");
    static final List<String> VERIFIED_PRAISE = List.of(
            "经回访当事人核实，表扬情况属实。",
            "经核实，表扬属实，记入优善档案。");
    static final List<String> VERIFIED_UNFOUNDED = List.of(
            "经调取庭审录像和送达记录，已按规定提前通知，反映情况不属实，已向当事人解释。",
            "经核查，承办人已按期答复，反映情况不属实。");
    static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孙", "马");
}
