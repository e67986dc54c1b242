package court.tianping.life.demo;

import java.util.List;

/** Topics, places and reasons of the demo year, after the practices the source articles describe. */
final class LifeDemoData {

    private LifeDemoData() {
    }

    static final List<String> COMMITTEE = List.of("研究本月党建工作安排", "讨论党员发展对象推荐人选", "研究支部月评估自评情况",
            "研究“开放式党建”共建项目推进", "部署诉源治理派单承接工作", "研究党员“瑕疵档案”“优善档案”记录事项",
            "讨论审判质效分析与党建结合措施", "研究结对共建活动方案");
    static final List<String> THEMED_DAY = List.of("“司改大家谈”主题党日", "“多方联手 让爱回家”主题党日", "重温入党誓词主题党日",
            "走进社区法律服务主题党日", "“一法官一社区”对接主题党日", "廉政警示教育主题党日", "红色教育基地参观主题党日",
            "“我为群众办实事”主题党日");
    static final List<String> GENERAL_ASSEMBLY = List.of("支部党员大会：通报季度党建工作", "支部党员大会：讨论预备党员转正",
            "支部党员大会：民主评议党员", "支部党员大会：审议支部工作报告");
    static final List<String> PARTY_LECTURE = List.of("党课：新时代党的建设总要求", "党课：坚持党对司法工作的绝对领导",
            "党课：以党建引领诉源治理", "党课：法官职业伦理与廉洁司法");
    static final List<String> CELL_MEETING = List.of("党小组会：学习近期重要讲话精神", "党小组会：团队办案中的党员作用",
            "党小组会：交流接单办单体会", "党小组会：开展批评与自我批评");
    static final List<String> LEADERSHIP = List.of("研究法院长远发展规划", "研究干警切身利益相关事项", "部署重大任务",
            "研究审判执行重点工作", "研究队伍建设和教育培训", "研究机关党建和党风廉政建设", "研究诉源治理“每月一题”",
            "研究服务保障非首都功能疏解");
    static final List<String> PLACES = List.of("本庭会议室", "三层党员活动室", "二层多功能厅", "家事纠纷调解室");
    static final List<String> ABSENCE = List.of("外出开庭", "参加培训", "病假", "外出执行", "出差", "年休假");
    static final List<String> MINUTES = List.of(
            "会议由支部书记主持，传达上级有关精神，与会党员围绕议题逐一发言，形成一致意见。",
            "会议听取了有关情况汇报，结合审判执行工作进行了讨论，明确了责任人和完成时限。",
            "与会人员结合岗位实际交流体会，查找不足，提出改进措施，会后将整改事项列入支部台账。");
}
