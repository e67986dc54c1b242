package court.tianping.platform.web;

import court.tianping.platform.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A request over the upload limits ({@code spring.servlet.multipart}) is refused before any controller sees
 * it, and its form fields are lost with it. Instead of an error page the user goes back to the page the form
 * was on, told the limits; without a page to go back to, the message stands on a page of its own.
 */
@ControllerAdvice
class UploadLimitHandler {

    private static final double MEGABYTE = 1024.0 * 1024.0;

    private final Messages messages;
    private final DataSize maxFileSize;
    private final DataSize maxRequestSize;

    UploadLimitHandler(Messages messages, @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize,
                       @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
        this.messages = messages;
        this.maxFileSize = maxFileSize;
        this.maxRequestSize = maxRequestSize;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
        String message = messages.get("error.upload-too-large", maxFileSize.toBytes() / MEGABYTE,
                maxRequestSize.toBytes() / MEGABYTE);
        String back = localPath(request.getHeader("Referer"), request.getContextPath());
        if (back == null) {
            response.setStatus(413);
            model.addAttribute("status", 413);
            model.addAttribute("message", message);
            return "error";
        }
        RequestContextUtils.getOutputFlashMap(request).put("failure", message);
        return "redirect:" + back;
    }

    /** The page the form was on, within this application; never a link elsewhere, whatever the header says. */
    static String localPath(String referer, String contextPath) {
        if (referer == null) {
            return null;
        }
        try {
            String path = new URI(referer).getRawPath();
            if (path == null || !path.startsWith(contextPath + "/")) {
                return null;
            }
            path = path.substring(contextPath.length());
            return path.startsWith("//") || path.contains("\\") ? null : path;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
