package court.tianping.study.demo;

import java.util.List;

/** Topics of the demo court's study, as the source articles describe it. */
final class StudyDemoData {

    private StudyDemoData() {
    }

    /** 党组会前理论学习 (领学): what a court leader leads before the Party-group meeting. */
    static final List<String> LED_TOPICS = List.of(
            "学习习近平法治思想，深化党建与审判业务深度融合",
            "传达学习中央政法工作会议精神",
            "学习《中国共产党政法工作条例》",
            "学习防止干预司法“三个规定”，落实一岗双责",
            "学习党章，坚定理想信念",
            "学习全面从严治党新要求，推进模范机关建设",
            "传达学习市委重要会议和文件精神，服务首都发展大局",
            "学习“枫桥经验”，推进党建引领诉源治理",
            "学习新时代政法队伍建设要求，锻造过硬队伍",
            "学习“两个确立”“两个维护”的深刻内涵");

    /** 政治理论学习日 (共学). */
    static final List<String> JOINT_TOPICS = List.of(
            "政治理论学习日：学习习近平新时代中国特色社会主义思想",
            "政治理论学习日：学习党的二十大报告",
            "政治理论学习日：学习“两学一做”常态化制度化要求",
            "政治理论学习日：对照先进找差距",
            "政治理论学习日：学习《中国共产党纪律处分条例》",
            "政治理论学习日：学习司法为民典型案例",
            "政治理论学习日：交流学习心得",
            "政治理论学习日：学习廉政警示教育案例");

    /** 政治理论及业务学习大讲堂, monthly. */
    static final List<String> LECTURES = List.of(
            "婚姻家事纠纷的诉前化解", "劳动争议纠纷审理要点", "金融审判新情况新问题", "物业服务纠纷类型化审理",
            "防范养老诈骗与老年人权益保护", "知识产权保护与营商环境", "行政争议实质性化解", "执行攻坚与善意文明执行",
            "法官职业伦理与廉洁司法", "诉源治理的“枫桥经验”", "民法典人格权编适用", "涉众型经济犯罪审理");

    static final List<String> YOUTH_TOPICS = List.of(
            "马克思主义读书会：《共产党宣言》", "水滴学堂：青年法官谈司法为民", "读原著学原文：《习近平谈治国理政》",
            "青年干警交流：审判团队中的党小组", "学习英模事迹，争做“雷锋式”法官", "青年理论学习小组专题研讨");

    static final List<String> FINDINGS = List.of(
            "学习记录不完整，个别党员未登记学习心得",
            "政治理论学习日存在以业务会议代替学习的情况",
            "学习内容与审判工作结合不够紧密",
            "青年干警参加学习的出勤率偏低",
            "学习笔记内容简单，缺少个人思考");

    static final List<String> FOLLOW_UPS = List.of(
            "已补登学习心得，明确由组织委员每周检查",
            "已调整学习日安排，学习与业务会议分开进行",
            "已结合典型案例开展专题学习",
            "已约谈相关干警并补学");
}
