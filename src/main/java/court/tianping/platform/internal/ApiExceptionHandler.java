package court.tianping.platform.internal;

import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.platform.Messages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Every API error as a problem detail in the caller's language; nothing internal leaks. */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler {

    private final ProblemWriter problems;
    private final MessageSource messages;

    private final Messages texts;

    ApiExceptionHandler(ProblemWriter problems, MessageSource messages, Messages texts) {
        this.problems = problems;
        this.messages = messages;
        this.texts = texts;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        return at(request, problems.problem(404, e, texts.of(e)));
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail rejected(DomainException e, HttpServletRequest request) {
        return at(request, problems.problem(422, e, texts.of(e)));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ProblemDetail forbidden(RuntimeException e, HttpServletRequest request) {
        return at(request, problems.problem(403, "error.forbidden", LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException e, HttpServletRequest request) {
        return at(request, problems.problem(409, "error.concurrent-change", LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e, HttpServletRequest request) {
        return at(request, problems.problem(409, "error.duplicate", LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(400, "error.validation", LocaleContextHolder.getLocale());
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(this::describe).toList();
        problem.setProperty("errors", errors);
        return at(request, problem);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ProblemDetail unreadable(Exception e, HttpServletRequest request) {
        return at(request, problems.problem(400, "error.unreadable", LocaleContextHolder.getLocale()));
    }

    private Map<String, String> describe(FieldError error) {
        return Map.of("field", error.getField(),
                "message", messages.getMessage(error, LocaleContextHolder.getLocale()));
    }

    private static ProblemDetail at(HttpServletRequest request, ProblemDetail problem) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }
}
