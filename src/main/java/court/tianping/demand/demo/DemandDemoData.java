package court.tianping.demand.demo;

import court.tianping.demand.ServiceKind;

import java.util.List;
import java.util.Map;

/** The demo city's streets, communities, stations and the kinds of demands the source articles describe. */
final class DemandDemoData {

    private DemandDemoData() {
    }

    /** A street, the department whose branch is paired with it, and some of its communities. */
    record StreetSeed(String name, String pairedDepartment, List<String> communities) {
    }

    static final List<StreetSeed> XICHENG = List.of(
            new StreetSeed("西长安街街道", "民事审判第一庭", List.of("府右街社区", "西单北社区", "钟声社区")),
            new StreetSeed("新街口街道", "民事审判第二庭", List.of("西四北头条社区", "玉桃园社区", "前公用社区")),
            new StreetSeed("月坛街道", "民事审判第三庭", List.of("月坛社区", "三里河一区社区", "白云观社区")),
            new StreetSeed("展览路街道", "民事审判第四庭", List.of("百万庄社区", "团结社区", "车公庄社区")),
            new StreetSeed("德胜街道", "家事少年审判庭", List.of("新康社区", "六铺炕社区", "德外社区")),
            new StreetSeed("金融街街道", "金融街人民法庭", List.of("丰盛社区", "砖塔社区", "宏庙社区")),
            new StreetSeed("什刹海街道", "速裁庭", List.of("西海社区", "白米社区", "柳荫街社区")),
            new StreetSeed("大栅栏街道", "执行一庭", List.of("大栅栏西街社区", "前门西河沿社区", "延寿街社区")),
            new StreetSeed("天桥街道", "执行二庭", List.of("天桥社区", "永安路社区", "太平街社区")),
            new StreetSeed("椿树街道", "行政审判庭", List.of("椿树园社区", "琉璃厂西街社区", "红线社区")),
            new StreetSeed("陶然亭街道", "立案庭", List.of("陶然亭社区", "黑窑厂社区", "龙泉社区")),
            new StreetSeed("广安门内街道", "金融审判庭", List.of("报国寺社区", "槐柏树街北里社区", "长椿街社区")),
            new StreetSeed("牛街街道", "知识产权审判庭", List.of("牛街东里社区", "枣林前街社区", "南线阁社区")),
            new StreetSeed("白纸坊街道", "刑事审判庭", List.of("右北大街社区", "新安中里社区", "崇效寺社区")),
            new StreetSeed("广安门外街道", "审判监督庭", List.of("红居街社区", "小马厂社区", "三义里社区")));

    static final List<StreetSeed> TONGZHOU = List.of(
            new StreetSeed("张家湾镇", "张家湾人民法庭", List.of("张家湾村", "土桥村", "施园村")),
            new StreetSeed("宋庄镇", "宋庄人民法庭", List.of("小堡村", "宋庄村", "任庄村")),
            new StreetSeed("北苑街道", "民事审判第一庭", List.of("北苑社区", "新华社区")));

    static final List<StreetSeed> DAXING = List.of(
            new StreetSeed("观音寺街道", "观音寺人民法庭", List.of("观音寺北里社区", "首座御园社区", "双河北里社区")),
            new StreetSeed("兴丰街道", "民事审判庭", List.of("兴丰社区", "三合南里社区")),
            new StreetSeed("林校路街道", "民事审判庭", List.of("林校北里社区", "育新社区")));

    /** Categories routed to a specialised tribunal, per department name. */
    static final Map<String, String> CATEGORY_ROUTES = Map.of("婚姻家庭", "家事少年审判庭", "金融借贷", "金融审判庭");

    /** A kind of demand: category, the service usually asked, and how requesters describe it. */
    record Kind(String category, ServiceKind service, int weight, List<String> descriptions) {
    }

    static final List<Kind> KINDS = List.of(
            new Kind("物业服务", ServiceKind.PRE_LITIGATION_MEDIATION, 22, List.of(
                    "小区物业长期不履行维修义务，部分业主拒交物业费，双方矛盾激化，请求法官指导调解。",
                    "楼道电梯多次故障无人维修，业主与物业公司协商未果，希望法官到社区讲解物业纠纷处理。",
                    "物业公司起诉欠费业主前，社区希望先行调解，请派法官参与。")),
            new Kind("相邻关系", ServiceKind.ON_SITE_RESOLUTION, 16, List.of(
                    "楼上住户卫生间漏水，楼下天花板发霉，协商很久没有解决，请法官上门调解。",
                    "邻居在公共通道堆放杂物影响通行，多次沟通无果，请求调解。",
                    "平房院内私搭乱建影响采光，邻里矛盾升级，社区请法官指导。")),
            new Kind("婚姻家庭", ServiceKind.MEDIATION_GUIDANCE, 10, List.of(
                    "老人赡养费用分担问题子女间争执不下，社区调解员请法官指导。",
                    "离婚后子女探望权安排发生争议，当事人希望先行调解。")),
            new Kind("房屋租赁", ServiceKind.CONSULTATION, 12, List.of(
                    "房东提前收回房屋不退押金，租户咨询如何维权。",
                    "群租房退租纠纷涉及多名租户，社区请法官提供法律意见。")),
            new Kind("劳动争议", ServiceKind.PRE_LITIGATION_MEDIATION, 9, List.of(
                    "外卖骑手与配送站就工伤赔偿发生争议，咨询新就业形态劳动保障问题。",
                    "餐馆拖欠数名员工工资，员工到社区求助。")),
            new Kind("医疗纠纷", ServiceKind.MEDIATION_GUIDANCE, 5, List.of(
                    "患者家属对社区医院诊疗结果有异议，双方情绪激动，请求调解。")),
            new Kind("消费者权益", ServiceKind.LEGAL_EDUCATION, 8, List.of(
                    "预付卡商家闭店跑路，多名居民无法退费，社区希望法官讲解维权途径。",
                    "汽车维修后受损，车主与维修店协商赔偿未果。")),
            new Kind("养老诈骗", ServiceKind.LEGAL_EDUCATION, 7, List.of(
                    "社区老人反映有人以保健品和养老项目名义集资，请法官来社区开展防范养老诈骗普法宣讲。",
                    "老年人购买“以房养老”理财产品后无法取回本金，咨询法律途径。")),
            new Kind("金融借贷", ServiceKind.JUDICIAL_CONFIRMATION, 6, List.of(
                    "民间借贷双方已达成还款协议，希望申请司法确认。",
                    "小额贷款逾期催收方式不当，借款人咨询权利义务。")),
            new Kind("商务楼宇", ServiceKind.PRE_LITIGATION_MEDIATION, 5, List.of(
                    "商务楼宇内多家企业与业主方就租金减免发生纠纷，楼宇党委请法官到楼宇调解。")));

    static final String[] GIVEN = {"建国", "秀英", "桂兰", "志强", "丽华", "文博", "海燕", "德胜", "淑敏", "国庆", "晓东", "雅琴", "立新", "春梅", "永刚"};
    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁";
}
