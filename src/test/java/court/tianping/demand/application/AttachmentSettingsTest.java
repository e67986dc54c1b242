package court.tianping.demand.application;

import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.unit.DataSize;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The multipart limits of the servlet container agree with what a demand may hold, as the application is shipped. */
class AttachmentSettingsTest {

    @Test
    void theContainerLetsAFullFormOfFilesThroughAndAnswersOneOverIt() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setConversionService(new ApplicationConversionService());
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        DataSize file = environment.getProperty("tianping.demand.attachments.max-file-size", DataSize.class);
        int files = environment.getProperty("tianping.demand.attachments.max-files", Integer.class);
        DataSize multipartFile = environment.getProperty("spring.servlet.multipart.max-file-size", DataSize.class);
        DataSize multipartRequest = environment.getProperty("spring.servlet.multipart.max-request-size", DataSize.class);
        DataSize swallowed = environment.getProperty("server.tomcat.max-swallow-size", DataSize.class);

        assertThat(multipartFile).isEqualTo(file);
        assertThat(multipartRequest.toBytes()).isGreaterThan(files * file.toBytes());
        assertThat(swallowed.toBytes()).isGreaterThanOrEqualTo(multipartRequest.toBytes());
    }
}
