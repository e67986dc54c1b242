package court.tianping;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every label comes from the message bundles, and every key exists in Chinese and in English:
 * fails on a hard-coded label in a template, a key used by a template or by Java code that a
 * bundle lacks, or a key present in one language only.
 */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SOURCES = Path.of("src/main/java");
    /** Text that may stand in a template without a bundle: punctuation, separators, symbols. */
    private static final Pattern NOT_A_LABEL = Pattern.compile("[\\s\\p{Punct}·—–☰|（）：，、]*");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9.\\-_]+)[}(]");
    private static final Pattern DYNAMIC_KEY = Pattern.compile("#\\{'([a-zA-Z0-9.\\-_]+\\.)' \\+");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "(?:DomainException|NotFoundException|messages\\.get|problem\\([^,]+,)\\(?\\s*\"((?:error|label|enum|problem|[a-z]+)\\.[a-zA-Z0-9.\\-_]+)\"");
    private static final List<String> ATTRIBUTES = List.of("placeholder", "title", "aria-label", "alt", "value");

    @Test
    void everyBundleHasTheSameKeysInChineseAndEnglish() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path english : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                Path chinese = english.resolveSibling(english.getFileName().toString().replace(".properties", "_zh_CN.properties"));
                assertThat(chinese).as("Chinese bundle for " + english.getFileName()).exists();
                Set<String> englishKeys = load(english).stringPropertyNames();
                Set<String> chineseKeys = load(chinese).stringPropertyNames();
                assertThat(diff(englishKeys, chineseKeys)).as("keys only in " + english.getFileName()).isEmpty();
                assertThat(diff(chineseKeys, englishKeys)).as("keys only in " + chinese.getFileName()).isEmpty();
            }
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (Path english : englishBundles()) {
            for (String key : load(english).stringPropertyNames()) {
                if (!seen.add(key)) {
                    twice.add(key + " (" + english.getFileName() + ")");
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void templatesHoldNoHardCodedLabels() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
            for (Element element : document.getAllElements()) {
                boolean translated = element.hasAttr("th:text") || element.hasAttr("th:utext")
                        || element.hasAttr("th:replace") || element.hasAttr("th:insert");
                String own = element.ownText();
                if (!translated && !NOT_A_LABEL.matcher(own).matches()) {
                    problems.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> \"" + own.strip() + "\"");
                }
                for (String attribute : ATTRIBUTES) {
                    String value = element.attr(attribute);
                    if (element.hasAttr(attribute) && !element.hasAttr("th:" + attribute) && !NOT_A_LABEL.matcher(value).matches()
                            && !(attribute.equals("value") && isCode(value))) {
                        problems.add(TEMPLATES.relativize(template) + ": " + attribute + "=\"" + value + "\"");
                    }
                }
            }
        }
        assertThat(problems).as("hard-coded labels").isEmpty();
    }

    @Test
    void everyKeyUsedInATemplateExists() throws IOException {
        Set<String> keys = allKeys();
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            String text = Files.readString(template);
            Matcher plain = TEMPLATE_KEY.matcher(text);
            while (plain.find()) {
                if (!keys.contains(plain.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + plain.group(1));
                }
            }
            Matcher dynamic = DYNAMIC_KEY.matcher(text);
            while (dynamic.find()) {
                String prefix = dynamic.group(1);
                if (keys.stream().noneMatch(k -> k.startsWith(prefix))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + prefix + "*");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyUsedInJavaExists() throws IOException {
        Set<String> keys = allKeys();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = JAVA_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!keys.contains(matcher.group(1))) {
                        missing.add(source.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumShownToUsersHasALabel() throws IOException {
        Set<String> keys = allKeys();
        List<Class<? extends Enum<?>>> shown = List.of(court.tianping.organization.CourtLevel.class,
                court.tianping.organization.OrganizationType.class, court.tianping.organization.OrganizationNature.class,
                court.tianping.organization.Position.class, court.tianping.organization.MembershipStatus.class,
                court.tianping.organization.Gender.class, court.tianping.organization.Post.class,
                court.tianping.organization.Education.class, court.tianping.organization.DepartmentKind.class,
                court.tianping.platform.Role.class, court.tianping.platform.WorkingDayCalendar.DayKind.class,
                court.tianping.demand.DemandState.class, court.tianping.demand.Channel.class,
                court.tianping.demand.Urgency.class, court.tianping.demand.ServiceKind.class,
                court.tianping.demand.RequesterKind.class, court.tianping.demand.ActionKind.class,
                court.tianping.demand.Outcome.class, court.tianping.demand.Satisfaction.class,
                court.tianping.demand.DeadlineStep.class, court.tianping.demand.StepKind.class,
                court.tianping.demand.DemandQueue.class, court.tianping.demand.ServicePointKind.class,
                court.tianping.demand.domain.LimitUnit.class, court.tianping.life.MeetingType.class,
                court.tianping.life.MeetingState.class, court.tianping.life.AttendanceStatus.class,
                court.tianping.life.Frequency.class, court.tianping.life.ComplianceStatus.class);
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : shown) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = "enum." + type.getSimpleName() + "." + constant.name();
                if (!keys.contains(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static boolean isCode(String value) {
        return value.matches("[A-Za-z0-9_\\-]*");
    }

    private static Set<String> diff(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Set<String> allKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        for (Path english : englishBundles()) {
            keys.addAll(load(english).stringPropertyNames());
        }
        return keys;
    }

    private static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(p -> !p.getFileName().toString().contains("_")).toList();
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    private static Properties load(Path path) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
