package court.tianping.platform.web;

import court.tianping.core.DomainException;
import court.tianping.core.NotFoundException;
import court.tianping.platform.Messages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors that reach a page: a clear message in the user's language, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class UiExceptionHandler {

    private final Messages messages;

    UiExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return page(404, messages.of(e), model, response);
    }

    @ExceptionHandler(DomainException.class)
    String rejected(DomainException e, Model model, HttpServletResponse response) {
        return page(422, messages.of(e), model, response);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String conflict(Model model, HttpServletResponse response) {
        return page(409, messages.get("error.concurrent-change"), model, response);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badParameter(Model model, HttpServletResponse response) {
        return page(400, messages.get("error.unreadable"), model, response);
    }

    private static String page(int status, String message, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        return "error";
    }
}
