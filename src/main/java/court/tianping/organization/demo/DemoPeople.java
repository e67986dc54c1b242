package court.tianping.organization.demo;

import court.tianping.core.IdCardNumber;
import court.tianping.organization.Education;
import court.tianping.organization.Gender;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/** Deterministic realistic Chinese names, ID-card numbers, phones and dates for the demo court. */
class DemoPeople {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String[] MALE_GIVEN = {"伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华", "飞", "鑫", "波", "宁",
            "建国", "志刚", "海涛", "振华", "国庆", "晓东", "文博", "子轩", "浩然", "宇航", "俊杰", "明哲", "思远", "立新", "永刚", "建军", "卫东", "德胜", "书博", "皓宇", "明祺", "海志"};
    private static final String[] FEMALE_GIVEN = {"芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "婷", "雪", "琳", "颖", "倩", "洁", "慧", "玲", "萍", "红", "燕", "梅",
            "秀英", "桂兰", "晓燕", "丽华", "雅琴", "思涵", "欣怡", "梦瑶", "诗琪", "佳怡", "雨萱", "婉清", "悦", "晨曦", "若兰", "心怡", "淑敏", "海燕"};
    private static final String[] ETHNICITIES = {"汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "回族", "满族", "蒙古族"};
    private static final String[] PHONE_PREFIXES = {"130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "155", "158", "159", "177", "180", "185", "186", "188", "189"};

    private final Random random;
    private final Set<String> idCards = new HashSet<>();

    DemoPeople(long seed) {
        this.random = new Random(seed);
    }

    record Person(String name, Gender gender, String ethnicity, LocalDate birthDate, String idCardNo, String phone,
                  Education education) {
    }

    Person next(String regionCode, int youngestBirthYear, int oldestBirthYear) {
        Gender gender = random.nextInt(100) < 52 ? Gender.MALE : Gender.FEMALE;
        String[] given = gender == Gender.MALE ? MALE_GIVEN : FEMALE_GIVEN;
        String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + given[random.nextInt(given.length)];
        LocalDate birth = LocalDate.of(oldestBirthYear + random.nextInt(youngestBirthYear - oldestBirthYear + 1),
                1 + random.nextInt(12), 1 + random.nextInt(28));
        return new Person(name, gender, ETHNICITIES[random.nextInt(ETHNICITIES.length)], birth,
                idCard(regionCode, birth, gender), phone(), education());
    }

    private String idCard(String regionCode, LocalDate birth, Gender gender) {
        while (true) {
            int sequence = random.nextInt(500) * 2 + (gender == Gender.MALE ? 1 : 0);
            String first17 = regionCode + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                    birth.getDayOfMonth(), sequence);
            String id = first17 + IdCardNumber.checkCharacter(first17);
            if (idCards.add(id)) {
                return id;
            }
        }
    }

    private String phone() {
        return PHONE_PREFIXES[random.nextInt(PHONE_PREFIXES.length)] + String.format("%08d", random.nextInt(100_000_000));
    }

    private Education education() {
        int roll = random.nextInt(100);
        return roll < 12 ? Education.DOCTORATE : roll < 55 ? Education.MASTER : roll < 92 ? Education.BACHELOR
                : Education.COLLEGE;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    LocalDate date(int fromYear, int toYear) {
        return LocalDate.of(fromYear + random.nextInt(toYear - fromYear + 1), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }
}
