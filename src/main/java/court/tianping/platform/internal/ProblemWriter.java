package court.tianping.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/** Writes RFC 9457 problem details with the message in the caller's language. */
@Component
class ProblemWriter {

    private final MessageSource messages;
    private final JsonMapper json;

    ProblemWriter(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    ProblemDetail problem(int status, String messageKey, Locale locale, Object... arguments) {
        return problem(status, messageKey, messages.getMessage(messageKey, arguments, messageKey, locale), locale);
    }

    /** A problem for an already translated domain error. */
    ProblemDetail problem(int status, court.tianping.core.DomainException e, String detail) {
        return problem(status, e.messageKey(), detail, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    private ProblemDetail problem(int status, String messageKey, String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setTitle(messages.getMessage("problem.title." + status, null,
                HttpStatus.valueOf(status).getReasonPhrase(), locale));
        problem.setType(URI.create("urn:tianping:" + messageKey));
        problem.setProperty("code", messageKey);
        return problem;
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status, String messageKey) throws IOException {
        Locale locale = TianpingLocaleResolver.fromHeader(request.getHeader("Accept-Language"));
        ProblemDetail problem = problem(status, messageKey, locale);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
